// The reader's corrections of names from the people index, sent to the language server as one
// request, `closeReading/correct` with `{ corrections: Correction[] }`, which appends them to the
// workspace's corrections (docs/CORRECTIONS.md). Entities are named as the reader sees them: by label
// or spelling. Corrections apply to the whole corpus, except "not a name" on one mention (its essay).
import * as vscode from 'vscode';
import type { Correction } from '../../../server/src/analysis/names/corrections';
import type { EntityKind } from '../../../server/src/analysis/types';
import type { ViewsHost } from './host';
import type { PeopleIndex, PeopleNode } from './people';

const KINDS: EntityKind[] = ['person', 'organization', 'place'];

async function send(host: ViewsHost, corrections: Correction[]): Promise<void> {
  const answer = await host.request<unknown>('closeReading/correct', { corrections });
  if (answer === null) {
    void vscode.window.showWarningMessage('Close Reading: the language server did not take the correction (see the Close Reading output).');
    return;
  }
  host.changedSoon();
}

async function merge(host: ViewsHost, people: PeopleIndex, node: PeopleNode): Promise<void> {
  if (node.type !== 'entity') return;
  const others = people.shown().filter((e) => e.id !== node.entity.id);
  const pick = await vscode.window.showQuickPick(
    others.map((e) => ({ label: e.label, description: `${e.kind} · ${e.count}` })),
    { title: `Merge “${node.entity.label}” with…`, matchOnDescription: true },
  );
  if (pick) await send(host, [{ action: 'merge', names: [node.entity.label, pick.label] }]);
}

async function split(host: ViewsHost, node: PeopleNode): Promise<void> {
  if (node.type !== 'entity') return;
  if (node.entity.variants.length < 2) {
    void vscode.window.showInformationMessage(`Close Reading: “${node.entity.label}” is written only one way; there is nothing to split.`);
    return;
  }
  const picks = await vscode.window.showQuickPick(node.entity.variants.map((label) => ({ label })), {
    title: `Split “${node.entity.label}”: the spellings that name someone else`, canPickMany: true,
  });
  if (picks?.length && picks.length < node.entity.variants.length) await send(host, [{ action: 'split', names: picks.map((p) => p.label) }]);
}

async function notAName(host: ViewsHost, node: PeopleNode): Promise<void> {
  if (node.type === 'entity') await send(host, node.entity.variants.map((text) => ({ action: 'notAName', text })));
  if (node.type === 'mention') {
    const document = vscode.workspace.asRelativePath(vscode.Uri.parse(node.row.location.uri), false);
    await send(host, [{ action: 'notAName', text: node.row.excerpt.keyword, document }]);
  }
}

async function changeKind(host: ViewsHost, node: PeopleNode): Promise<void> {
  if (node.type !== 'entity') return;
  const kind = await vscode.window.showQuickPick(KINDS.filter((k) => k !== node.entity.kind), { title: `“${node.entity.label}” is a…` });
  if (kind) await send(host, [{ action: 'kind', name: node.entity.label, kind: kind as EntityKind }]);
}

async function rename(host: ViewsHost, node: PeopleNode): Promise<void> {
  if (node.type !== 'entity') return;
  const label = await vscode.window.showInputBox({ title: `Call “${node.entity.label}”…`, value: node.entity.label });
  if (label?.trim() && label.trim() !== node.entity.label) await send(host, [{ action: 'label', name: node.entity.label, label: label.trim() }]);
}

export function registerCorrections(host: ViewsHost, people: PeopleIndex): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('closeReading.people.merge', (node: PeopleNode) => merge(host, people, node)),
    vscode.commands.registerCommand('closeReading.people.split', (node: PeopleNode) => split(host, node)),
    vscode.commands.registerCommand('closeReading.people.notAName', (node: PeopleNode) => notAName(host, node)),
    vscode.commands.registerCommand('closeReading.people.relabel', (node: PeopleNode) => changeKind(host, node)),
    vscode.commands.registerCommand('closeReading.people.rename', (node: PeopleNode) => rename(host, node)),
  ];
}
