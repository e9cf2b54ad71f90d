// The reading views in a real VS Code (code-server in Chromium): the Names view in the Close Reading
// activity-bar container, and the Timeline webview. Each leaves a screenshot for the README.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { openEditorSession, type EditorSession } from './harness/session';

const SOUVARINE = 'souvarine-stalin-why-and-how.txt';

describe('the reading views', () => {
  let editor: EditorSession;
  before(async () => { editor = await openEditorSession(); });
  after(async () => { await editor?.close(); });

  test('the Names view lists the people of the essay with their counts, and a name its mentions', async () => {
    const { workbench } = editor;
    const { page } = workbench;
    await workbench.openFile(SOUVARINE);
    await workbench.command('View: Show Close Reading');
    // Under the fullest name the corpus gives him, then his mention count.
    const trotsky = page.locator('.monaco-list-row', { hasText: /^Leon Trotsky\s*\d+/ }).first();
    await trotsky.waitFor();
    // The Notes pane above it is folded, so the picture gives the names the whole side bar.
    const notesHeader = page.locator('.pane-header[aria-expanded="true"]', { hasText: /^Notes/ });
    if (await notesHeader.count()) await notesHeader.first().click();
    await workbench.screenshot('people', { forDocs: true });
    // A name opens onto its mentions, each in its sentence.
    await trotsky.click();
    await page.locator('.monaco-list-row[aria-level="3"]', { hasText: /Trotsky/i }).first().waitFor();
  });

  test('the Timeline shows the dated mentions as bars and marks, a date its sentence, and goes to it', async () => {
    const { workbench } = editor;
    const { page } = workbench;
    await workbench.command('View: Show Explorer');
    await workbench.openFile(SOUVARINE);
    await workbench.command('Close Reading: Show Timeline');
    await page.locator('.tabs-container .tab.active', { hasText: 'Timeline' }).waitFor();
    // A webview is a page in nested frames: the workbench's, then the one that holds the extension's HTML.
    const chart = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
    await chart.locator('svg g.item').first().waitFor();
    assert.ok(await chart.locator('svg rect.bar').count() > 0, 'intervals drawn as bars');
    assert.ok(await chart.locator('svg circle.mark').count() > 0, 'single dates drawn as marks');
    const labels = await chart.locator('svg g.item').evaluateAll((items) => items.map((item) => item.getAttribute('aria-label')));
    assert.ok(labels.some((label) => label?.includes('1924')), JSON.stringify(labels.slice(0, 10))); // "at the death of Lenin in 1924"
    await workbench.screenshot('timeline', { forDocs: true });
    assert.notEqual(await workbench.cursorLine(), 3, 'the cursor is elsewhere before');
    // Focus on a date shows its sentence, which the page asks the extension for.
    await chart.locator('svg g.item[aria-label*="1924"]').first().focus();
    await chart.locator('.tooltip .sentence mark', { hasText: '1924' }).waitFor();
    assert.match(await chart.locator('.tooltip .sentence').textContent() ?? '', /Lenin/);
    // Enter goes to it in the essay: "at the death of Lenin in 1924" is on line 3.
    await chart.locator('svg g.item[aria-label*="1924"]').first().press('Enter');
    assert.equal(await workbench.waitCursorLine(3, 3), 3);
  });
});
