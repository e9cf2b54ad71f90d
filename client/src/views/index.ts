// The views that turn the analysis into pictures: the people index, the timeline, mentions in
// context, the reading report. One call from extension.ts registers them all.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { MentionRows } from '../../../server/src/features/views';
import { ConcordancePanel } from './concordancePanel';
import { registerCorrections } from './corrections';
import { ViewsHost } from './host';
import { PeopleIndex, type PeopleNode } from './people';
import { TimelinePanel } from './timelinePanel';

async function readingReport(host: ViewsHost): Promise<void> {
  const essay = host.activeEssay();
  if (!essay) {
    void vscode.window.showInformationMessage('Close Reading: open an essay to write its reading report.');
    return;
  }
  const content = await host.request<string | null>('closeReading/report', { textDocument: { uri: essay.uri.toString() } });
  if (content === null) {
    void vscode.window.showWarningMessage('Close Reading: no report for this essay (is it larger than closeReading.maxFileSize?).');
    return;
  }
  await host.showWritten(content);
}

/**
 * A note about a name, through the margin notes' own command, which takes the name at the cursor: the
 * cursor goes to the name's first mention in the essay the reader is on (else in the corpus) first.
 */
async function addEntityNote(host: ViewsHost, id: string): Promise<void> {
  const mentionsIn = async (uri: string | null) => (await host.request<MentionRows>('closeReading/entityMentions', { id, uri }))?.rows ?? [];
  const essay = host.activeEssay()?.uri.toString();
  const first = (essay === undefined ? undefined : (await mentionsIn(essay))[0]) ?? (await mentionsIn(null))[0];
  if (!first) return;
  await host.open(first.location.uri, first.location.range);
  await vscode.commands.executeCommand('closeReading.addEntityNote').then(undefined, () =>
    vscode.window.showWarningMessage('Close Reading: notes about names are not available in this build.'));
}

export function registerViews(context: vscode.ExtensionContext, client: () => LanguageClient | undefined): void {
  const host = new ViewsHost(context, client);
  const people = new PeopleIndex(host);
  const timeline = new TimelinePanel(host);
  const concordance = new ConcordancePanel(host);
  const command = (id: string, run: (...args: never[]) => unknown) => vscode.commands.registerCommand(id, run);
  context.subscriptions.push(
    host, people, timeline, concordance,
    command('closeReading.showTimeline', () => timeline.show()),
    command('closeReading.showMentionsInContext', () => concordance.showAtCursor()),
    command('closeReading.readingReport', () => readingReport(host)),
    command('closeReading.people.showCorpus', () => people.setScope('corpus')),
    command('closeReading.people.showEssay', () => people.setScope('essay')),
    command('closeReading.people.sortByCount', () => people.setOrder('count')),
    command('closeReading.people.sortByAppearance', () => people.setOrder('appearance')),
    command('closeReading.people.refresh', () => people.refresh()),
    command('closeReading.people.goToMention', (node: PeopleNode) => node.type === 'mention' && host.open(node.row.location.uri, node.row.location.range)),
    command('closeReading.people.showMentionsInContext', (node: PeopleNode) => node.type === 'entity' && concordance.showEntity(node.entity.id)),
    command('closeReading.people.addNote', (node: PeopleNode) => node.type === 'entity' && addEntityNote(host, node.entity.id)),
    ...registerCorrections(host, people),
  );
}
