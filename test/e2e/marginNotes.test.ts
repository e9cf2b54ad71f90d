// Margin notes in a real VS Code: added through the command palette, still there after a window reload,
// and moved along when the text above them changes.
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

  /** Waits until the Comments panel shows the note at line `line` (1-based), as "... [Ln 13]". */
  async function waitNoteAt(line: number): Promise<void> {
    const { workbench } = editor;
    const row = workbench.page.locator('.monaco-list-row', { hasText: NOTE }).filter({ hasText: new RegExp(`\\[Ln ${line}\\]`) }).first();
    // The panel opens by itself when a note is added and comes back open after a reload; else it is asked for.
    await row.waitFor({ timeout: 20_000 }).catch(async () => {
      await workbench.command('Comments: Focus on Comments View');
      await row.waitFor();
    });
  }

  test('a note added from the palette survives a reload and moves with the text', async () => {
    const { workbench } = editor;
    const anchorLine = readFileSync(join(editor.folder, SOUVARINE), 'utf8').split('\n').findIndex((line) => line.includes(ANCHOR)) + 1;
    await workbench.openFile(SOUVARINE);
    await workbench.select(ANCHOR);
    await workbench.command('Close Reading: Add Margin Note');
    await workbench.answer(NOTE);
    await waitNoteAt(anchorLine);
    await workbench.screenshot('margin-note', { forDocs: true });

    await workbench.command('Developer: Reload Window');
    await workbench.waitReady();
    await workbench.openFile(SOUVARINE);
    await waitNoteAt(anchorLine); // still there after a reload
    await workbench.screenshot('margin-note-after-reload');

    await workbench.editor.locator('.view-lines').click();
    await workbench.page.keyboard.press('Control+Home');
    await workbench.page.keyboard.type('A line written above the essay.');
    await workbench.page.keyboard.press('Enter');
    await waitNoteAt(anchorLine + 1); // moved down with its text
    await workbench.screenshot('margin-note-moved');
  });
});
