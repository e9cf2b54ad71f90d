// Drives the VS Code workbench in Debian's Chromium as a reader would: Explorer, command palette, find,
// mouse hover, keyboard. Every step waits for what it expects to see, never for a fixed time.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM, REPO } from './install';

// The page's own global, inside functions that run in the browser.
declare const document: {
  getElementById(id: string): { textContent: string | null } | null;
  getAnimations(): { playState: string; effect: { getTiming(): { iterations?: number } } | null }[];
};

export const RESULTS = join(REPO, 'test-results');
/** The screenshots the README shows; `UPDATE_SCREENSHOTS=1` (npm run screenshots) refreshes them. */
export const DOCS_IMAGES = join(REPO, 'docs', 'images');

const BROWSER_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync',
];

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

export async function launchBrowser(): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'close-reading-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM, headless: true, args: BROWSER_ARGS, viewport: { width: 1400, height: 860 },
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** How many times the Running Extensions list is scrolled, at most, to bring an extension's row into view. */
const SCROLL_STEPS = 30;

export class Workbench {
  private constructor(readonly page: Page) {}

  static async open(browser: Browser, url: string): Promise<Workbench> {
    const page = await browser.context.newPage();
    page.setDefaultTimeout(60_000); // a busy 2-core machine can be slow; every wait is for a condition
    await page.goto(url);
    const workbench = new Workbench(page);
    await workbench.waitReady();
    return workbench;
  }

  /** The workbench is up and the Explorer lists the folder. */
  async waitReady(): Promise<void> {
    await this.page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    await this.page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60_000 });
  }

  /** Opens a file from the Explorer and waits for its editor. */
  async openFile(name: string): Promise<void> {
    if (await this.foldersHeader('false').isVisible()) await this.foldersHeader('false').click();
    await this.page.locator('.explorer-folders-view .monaco-list-row', { hasText: name }).dblclick();
    await this.page.locator('.tabs-container .tab.active', { hasText: name }).waitFor();
    await this.editor.locator('.view-line').first().waitFor();
  }

  /** The header of the Explorer's folders section (its first), when it is expanded or not. */
  private foldersHeader(expanded: 'true' | 'false') {
    return this.page.locator('.explorer-viewlet .pane-header').first().and(this.page.locator(`[aria-expanded="${expanded}"]`));
  }

  get editor() {
    return this.page.locator('.editor-group-container.active .monaco-editor').first();
  }

  /** Runs a command through the palette, picking the row with exactly this label. */
  async command(label: string): Promise<void> {
    await this.page.keyboard.press('F1');
    const input = this.page.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor();
    await input.fill(`>${label}`);
    await this.page.locator('.quick-input-list .monaco-list-row', { has: this.page.getByText(label, { exact: true }) }).first().click();
  }

  /** Answers an input box (a prompt of an extension's command). */
  async answer(text: string): Promise<void> {
    const input = this.page.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor();
    await input.fill(text);
    await this.page.keyboard.press('Enter');
    await this.page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
  }

  /** Selects the first occurrence of `text` in the editor (with Find), so it is in view. */
  async select(text: string): Promise<void> {
    await this.page.mouse.move(0, 0); // no hover left over the text to click
    await this.page.keyboard.press('Escape');
    await this.editor.locator('.view-lines').click();
    await this.page.keyboard.press('Control+Home');
    await this.page.keyboard.press('Control+F');
    const find = this.editor.locator('.find-widget.visible');
    const input = find.locator('textarea, input').first();
    await input.fill(''); // a search string typed anew jumps to its first match after the cursor
    await input.fill(text);
    await find.locator('.matchesCount', { hasText: /^1 of/ }).waitFor();
    await this.page.keyboard.press('Escape');
    await find.waitFor({ state: 'hidden' });
    await this.editor.locator('.selected-text').first().waitFor();
  }

  /** Puts the cursor `offset` characters into the first occurrence of `text`. */
  async placeCursor(text: string, offset: number): Promise<void> {
    await this.select(text);
    await this.page.keyboard.press('ArrowLeft'); // collapses the selection to its start
    for (let i = 0; i < offset; i++) await this.page.keyboard.press('ArrowRight');
  }

  /**
   * Moves the mouse over the first occurrence of `text`, on its character at `index` (its middle by
   * default; the editor's font is monospace), and returns the hover's text.
   */
  async hover(text: string, index = Math.floor(text.length / 2)): Promise<string> {
    await this.select(text);
    const selection = this.editor.locator('.selected-text').first();
    await selection.waitFor({ state: 'visible' }); // laid out, not only in the DOM: a busy machine is slow to paint
    const box = await selection.boundingBox();
    if (!box) throw new Error(`"${text}" is not in view`);
    await this.page.mouse.move(box.x + (box.width * (index + 0.5)) / text.length, box.y + box.height / 2, { steps: 4 });
    const hover = this.page.locator('.monaco-hover:not(.hidden) .hover-contents').first();
    await hover.waitFor();
    return hover.innerText();
  }

  /** The cursor's line (1-based), from the status bar. */
  async cursorLine(): Promise<number> {
    const text = await this.page.locator('#status\\.editor\\.selection').innerText();
    return Number(/Ln (\d+)/.exec(text)?.[1]);
  }

  /** Waits until the cursor is on a line from `first` to `last` (1-based), and returns it. */
  async waitCursorLine(first: number, last: number): Promise<number> {
    await this.page.waitForFunction(([first, last]) => {
      const line = Number(/Ln (\d+)/.exec(document.getElementById('status.editor.selection')?.textContent ?? '')?.[1]);
      return line >= first && line <= last;
    }, [first, last], { polling: 100 });
    return this.cursorLine();
  }

  /** The Outline view's top rows, once it shows them; the folders are folded away to give it room. */
  async outline(): Promise<string[]> {
    await this.command('Explorer: Focus on Outline View');
    if (await this.foldersHeader('true').isVisible()) await this.foldersHeader('true').click();
    const rows = this.page.locator('.outline-pane .monaco-list-row');
    await rows.first().waitFor();
    // Only the rows in view are in the page: the groups (dates, notes...) are folded to show the sections.
    const header = this.page.locator('.pane:has(.outline-pane) .pane-header');
    await header.hover(); // its actions show on hover
    const collapseAll = header.locator('.action-label[aria-label="Collapse All"]');
    if (await collapseAll.count()) await collapseAll.click(); // absent when all is folded already
    await this.page.locator('.outline-pane .monaco-list-row[aria-expanded="true"]').first().waitFor({ state: 'detached' });
    return rows.allInnerTexts();
  }

  /**
   * How long VS Code took to activate the extension shown as `displayName`, in milliseconds, as its Running Extensions
   * view says: loading the extension's code and running its `activate` until that first waits (here, for the language server).
   */
  async activationTime(displayName: string): Promise<number> {
    // Once in a while the view opens without its rows under a loaded machine: it is opened again before giving up.
    for (let attempt = 1; ; attempt++) {
      await this.command('Developer: Show Running Extensions');
      const rows = this.page.locator('.runtime-extensions-editor .monaco-list-row');
      const row = rows.filter({ hasText: displayName });
      try {
        await rows.first().waitFor({ timeout: 30_000 });
        // The list holds only the rows in view: it is scrolled until the extension's shows.
        for (let step = 0; step < SCROLL_STEPS && !(await row.count()); step++) {
          await rows.first().hover();
          await this.page.mouse.wheel(0, 300);
          await this.page.waitForTimeout(100);
        }
        const text = await row.locator('.activation-time').innerText({ timeout: 20_000 });
        const time = /Activation: (\d+)ms/.exec(text);
        if (!time) throw new Error(`no activation time for ${displayName} in "${text}"`);
        return Number(time[1]);
      } catch (error) {
        if (attempt === 3) throw error;
      } finally {
        // The view opens as a modal editor over the workbench: closed, whatever happened, it leaves the workbench to the next step.
        await this.page.keyboard.press('Escape');
        await this.page.locator('.monaco-modal-editor-block').waitFor({ state: 'detached' });
      }
    }
  }

  /** Saves a screenshot under test-results/ (and docs/images/ when asked to refresh the README's). */
  async screenshot(name: string, { forDocs = false } = {}): Promise<string> {
    mkdirSync(RESULTS, { recursive: true });
    const file = join(RESULTS, `${name}.png`);
    // Hovers fade in: the picture waits for every animation that ends to have ended.
    await this.page.waitForFunction(() => document.getAnimations()
      .every((animation) => animation.playState !== 'running' || animation.effect?.getTiming().iterations === Infinity));
    await this.page.screenshot({ path: file });
    if (forDocs && process.env.UPDATE_SCREENSHOTS) {
      mkdirSync(DOCS_IMAGES, { recursive: true });
      copyFileSync(file, join(DOCS_IMAGES, `${name}.png`));
    }
    return file;
  }
}
