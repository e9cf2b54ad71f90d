// The extension through the `vscode` API, in a real extension host with the corpus folder open: the
// providers VS Code calls (outline, hover, definition) and the contributed commands.
import assert from 'node:assert/strict';
import { before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { pending, type Feature } from '../features';

const SOUVARINE = 'souvarine-stalin-why-and-how.txt';
const HAMZA = 'hamza-tupinamba-althusser-and-communism.txt';

async function open(name: string): Promise<vscode.TextDocument> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'a folder is open');
  const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, name));
  await vscode.window.showTextDocument(document);
  return document;
}

/** The position `index` characters into the first occurrence of `text`. */
function positionOf(document: vscode.TextDocument, text: string, index = 0): vscode.Position {
  const offset = document.getText().indexOf(text);
  assert.ok(offset >= 0, `"${text}" is in ${document.fileName}`);
  return document.positionAt(offset + index);
}

/** Asks until the answer is accepted: the server may still be starting or indexing. */
async function until<T>(ask: () => Thenable<T>, accept: (answer: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const answer = await ask();
    if (accept(answer) || Date.now() > deadline) return answer;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const hoverText = (hovers: vscode.Hover[]) =>
  hovers.flatMap((hover) => hover.contents).map((content) => (typeof content === 'string' ? content : content.value)).join('\n');

/** `it` for a test of a feature on main, `it.skip` for one still pending (see test/features.ts). */
const itWhen = (feature: Feature) => (pending(feature) ? it.skip : it);

const symbols = (uri: vscode.Uri) =>
  until(() => vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri), (found) => (found?.length ?? 0) > 0);

describe('Close Reading in the extension host', () => {
  before(async () => {
    const extension = vscode.extensions.getExtension('close-reading.close-reading');
    assert.ok(extension, 'the extension is installed');
    await extension.activate();
  });

  it('contributes its commands', async () => {
    const commands = await vscode.commands.getCommands(true);
    for (const command of ['closeReading.reindexWorkspace', 'closeReading.restartServer']) assert.ok(commands.includes(command), command);
  });

  itWhen('outline-sections')('outlines the sections of the Souvarine essay', async () => {
    const document = await open(SOUVARINE);
    // VS Code orders the symbols by position; sections are namespaces, the groups (dates, people...) packages.
    const sections = (await symbols(document.uri)).filter((symbol) => symbol.kind === vscode.SymbolKind.Namespace);
    assert.deepEqual(sections.map((section) => section.name).slice(0, 3), [
      'The grinder of human flesh', "Lenin justifies Stalin's power", "Stalin's accomplices and victims",
    ]);
  });

  itWhen('outline-people')('groups the people of the essay in the outline', async () => {
    const document = await open(SOUVARINE);
    const people = (await symbols(document.uri)).find((symbol) => symbol.name === 'People');
    assert.ok(people, 'a People group');
    assert.ok(people.children.some((person) => person.name.includes('Trotsky')), JSON.stringify(people.children.map((p) => p.name)));
  });

  itWhen('hover-names')('hovering a person says who it is', async () => {
    const document = await open(SOUVARINE);
    const position = positionOf(document, 'Trotsky to describe', 2); // not the Trotsky of "Trotskyism" before it
    const hovers = await until(() => vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position), (found) => found.length > 0);
    assert.match(hoverText(hovers), /Trotsky/);
  });

  itWhen('hover-notes')('hovering a note marker shows the note', async () => {
    const document = await open(HAMZA);
    const position = positionOf(document, 'crises.”1', 'crises.”'.length);
    const hovers = await until(() => vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position), (found) => found.length > 0);
    assert.match(hoverText(hovers), /Note 1[\s\S]*Althusser 1991, p\\?\.20/); // Markdown source: the dot may be escaped
  });

  itWhen('definition-notes')('go to definition on a note marker lands on its note', async () => {
    const document = await open(HAMZA);
    const position = positionOf(document, 'crises.”1', 'crises.”'.length);
    const noteText = positionOf(document, 'Althusser 1991, p.20').line;
    const found = await until(
      () => vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', document.uri, position),
      (locations) => locations.length > 0,
    );
    const ranges = found.map((location) => ('targetRange' in location ? location.targetRange : location.range));
    assert.equal(ranges.length, 1);
    // The note's number stands a line or two above its text.
    assert.ok(ranges[0].start.line >= noteText - 2 && ranges[0].start.line <= noteText, `lands on line ${ranges[0].start.line + 1}`);
  });

  itWhen('margin-notes')('Add Margin Note keeps a note on the selected passage', async () => {
    const document = await open(SOUVARINE);
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor);
    const start = positionOf(document, 'The grinder of human flesh');
    editor.selection = new vscode.Selection(start, start.translate(0, 'The grinder of human flesh'.length));
    const id = await vscode.commands.executeCommand<string | undefined>('closeReading.addNote', 'Souvarine knew Stalin in person');
    assert.equal(typeof id, 'string', 'the new note has an id');
  });

  it('still outlines after Restart Language Server and Re-index Workspace', async () => {
    const document = await open(HAMZA);
    await vscode.commands.executeCommand('closeReading.restartServer');
    await vscode.commands.executeCommand('closeReading.reindexWorkspace');
    assert.ok((await symbols(document.uri)).length > 0);
  });
});
