// Margin notes in a real VS Code: added through the command palette, still there after a window reload,
// and moved along when the text above them changes.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { pending } from '../features';
import { openEditorSession, type EditorSession } from './harness/session';

const SOUVARINE = 'souvarine-stalin-why-and-how.txt';
const ANCHOR = 'The grinder of human flesh';
const NOTE = 'Souvarine knew Stalin in person';

describe('margin notes', { skip: pending('margin-notes') }, () => {
  let editor: EditorSession;
  before(async () => { editor = await openEditorSession(); });
  after(async () => { await editor?.close(); });

  /** The line (1-based) at which the Comments view shows the note, once it shows it there. */
  async function noteLine(expected: number): Promise<number> {
    const { workbench } = editor;
    await workbench.command('Comments: Focus on Comments View');
    const row = workbench.page.locator('.comments-panel .monaco-list-row', { hasText: NOTE }).first();
    await row.filter({ hasText: new RegExp(`Ln ${expected}\\b`) }).waitFor();
    return Number(/Ln (\d+)/.exec(await row.innerText())?.[1]);
  }

  test('a note added from the palette survives a reload and moves with the text', async () => {
    const { workbench } = editor;
    const anchorLine = readFileSync(join(editor.folder, SOUVARINE), 'utf8').split('\n').findIndex((line) => line.includes(ANCHOR)) + 1;
    await workbench.openFile(SOUVARINE);
    await workbench.select(ANCHOR);
    await workbench.command('Close Reading: Add Margin Note');
    await workbench.answer(NOTE);
    assert.equal(await noteLine(anchorLine), anchorLine);
    await workbench.screenshot('margin-note', { forDocs: true });

    await workbench.command('Developer: Reload Window');
    await workbench.waitReady();
    await workbench.openFile(SOUVARINE);
    assert.equal(await noteLine(anchorLine), anchorLine, 'the note is still there after a reload');
    await workbench.screenshot('margin-note-after-reload');

    await workbench.editor.locator('.view-lines').click();
    await workbench.page.keyboard.press('Control+Home');
    await workbench.page.keyboard.type('A line written above the essay.');
    await workbench.page.keyboard.press('Enter');
    assert.equal(await noteLine(anchorLine + 1), anchorLine + 1, 'the note moved down with its text');
    await workbench.screenshot('margin-note-moved');
  });
});
