// The reader's corrections of names from the people index, sent to the language server as one
// request, `closeReading/correct`, with a `Correction` as params (ids are corpus-wide entity ids).
import * as vscode from 'vscode';
import type { EntityKind } from '../../../server/src/analysis/types';
import type { ViewLocation } from '../../../server/src/features/views';
import type { ViewsHost } from './host';
import type { PeopleIndex, PeopleNode } from './people';

export type Correction =
  /** `entity` and `into` are one entity: its mentions join `into`. */
  | { action: 'merge'; entity: string; into: string }
  /** The mentions written as one of `variants` are another entity. */
  | { action: 'split'; entity: string; variants: string[] }
  /** The entity, or only the mention at `mention`, is not a name. */
  | { action: 'notAName'; entity: string; mention?: { uri: string; range: ViewLocation['range'] } }
  /** The entity is of another kind. */
  | { action: 'relabel'; entity: string; kind: EntityKind };

const KINDS: EntityKind[] = ['person', 'organization', 'place'];

async function send(host: ViewsHost, correction: Correction): Promise<void> {
  const answer = await host.request<unknown>('closeReading/correct', correction);
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
    others.map((e) => ({ label: e.label, description: `${e.kind} · ${e.count}`, id: e.id })),
    { title: `Merge “${node.entity.label}” into…`, matchOnDescription: true },
  );
  if (pick) await send(host, { action: 'merge', entity: node.entity.id, into: pick.id });
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
  if (picks?.length && picks.length < node.entity.variants.length) await send(host, { action: 'split', entity: node.entity.id, variants: picks.map((p) => p.label) });
}

async function notAName(host: ViewsHost, node: PeopleNode): Promise<void> {
  if (node.type === 'entity') await send(host, { action: 'notAName', entity: node.entity.id });
  if (node.type === 'mention') await send(host, { action: 'notAName', entity: node.entity.id, mention: { uri: node.row.location.uri, range: node.row.location.range } });
}

async function relabel(host: ViewsHost, node: PeopleNode): Promise<void> {
  if (node.type !== 'entity') return;
  const kind = await vscode.window.showQuickPick(KINDS.filter((k) => k !== node.entity.kind), { title: `“${node.entity.label}” is a…` });
  if (kind) await send(host, { action: 'relabel', entity: node.entity.id, kind: kind as EntityKind });
}

export function registerCorrections(host: ViewsHost, people: PeopleIndex): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('closeReading.people.merge', (node: PeopleNode) => merge(host, people, node)),
    vscode.commands.registerCommand('closeReading.people.split', (node: PeopleNode) => split(host, node)),
    vscode.commands.registerCommand('closeReading.people.notAName', (node: PeopleNode) => notAName(host, node)),
    vscode.commands.registerCommand('closeReading.people.relabel', (node: PeopleNode) => relabel(host, node)),
  ];
}
