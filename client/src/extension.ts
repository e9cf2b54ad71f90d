// Starts the Close Reading language server and wires the client's commands; nothing else lives here.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { CloseAction, ErrorAction, LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { registerNotes } from './notes';
import { RestartPolicy } from './restartPolicy';
import { registerViews } from './views';
import { previewPlugin } from './views/markdownPreview';

let client: LanguageClient | undefined;

function documentSelector(): LanguageClientOptions['documentSelector'] {
  const languages = vscode.workspace.getConfiguration('closeReading').get<string[]>('languages', ['plaintext', 'markdown']);
  return languages.flatMap((language) => [{ scheme: 'file', language }, { scheme: 'untitled', language }]);
}

function createClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel, restarts = new RestartPolicy()): LanguageClient {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: documentSelector(),
    outputChannel: output,
    errorHandler: {
      error: () => ({ action: ErrorAction.Continue }),
      closed: () => {
        const decision = restarts.onCrash(Date.now());
        if (decision.message) output.warn(decision.message);
        return { action: decision.restart ? CloseAction.Restart : CloseAction.DoNotRestart, message: decision.message, handled: !decision.message };
      },
    },
    synchronize: {
      configurationSection: 'closeReading',
      fileEvents: [
        vscode.workspace.createFileSystemWatcher('**/*.{txt,md,markdown}'),
        vscode.workspace.createFileSystemWatcher('**/.close-reading/{corrections.json,annotations.jsonld}'),
      ],
    },
  };
  return new LanguageClient('closeReading', 'Close Reading', serverOptions, clientOptions);
}

export async function activate(context: vscode.ExtensionContext): Promise<{ extendMarkdownIt: ReturnType<typeof previewPlugin> }> {
  const output = vscode.window.createOutputChannel('Close Reading', { log: true });
  client = createClient(context, output);
  registerViews(context, () => client);
  context.subscriptions.push(
    output,
    vscode.commands.registerCommand('closeReading.reindexWorkspace', async () => {
      const count = await client?.sendRequest<number>('closeReading/reindex');
      void vscode.window.setStatusBarMessage(`Close Reading: indexed ${count ?? 0} essays`, 4000);
    }),
    vscode.commands.registerCommand('closeReading.restartServer', () => client?.restart()),
    ...(['csl-json', 'bibtex'] as const).map((format) =>
      vscode.commands.registerCommand(format === 'bibtex' ? 'closeReading.copyWorksCitedBibtex' : 'closeReading.copyWorksCitedCslJson', async () => {
        const editor = vscode.window.activeTextEditor;
        if (!editor || !client) return;
        const text = await client.sendRequest<string>('closeReading/worksCited', { textDocument: { uri: editor.document.uri.toString() }, format });
        await vscode.env.clipboard.writeText(text);
        void vscode.window.setStatusBarMessage(`Close Reading: works cited copied as ${format === 'bibtex' ? 'BibTeX' : 'CSL-JSON'}`, 4000);
      })),
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      if (!event.affectsConfiguration('closeReading.languages') || !client) return;
      await client.stop();
      client = createClient(context, output);
      await client.start();
    }),
  );
  const highlightsOf = registerNotes(context, output, () => client);
  await client.start();
  return { extendMarkdownIt: previewPlugin(highlightsOf) };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
