// The people index (view `closeReading.people`): the people, organizations and places of the essay or
// of the corpus, with mention counts, by count or by first appearance; an entity opens onto its
// mentions in their sentences, and a mention goes to its place.
import * as vscode from 'vscode';
import type { EntityKind } from '../../../server/src/analysis/types';
import type { EntitySummary, MentionRow, MentionRows } from '../../../server/src/features/views';
import type { ViewsHost } from './host';
import type { Scope } from './webview/messages';

export type Order = 'count' | 'appearance';

export type PeopleNode =
  | { type: 'group'; kind: EntityKind; entities: EntitySummary[] }
  | { type: 'entity'; entity: EntitySummary }
  | { type: 'mention'; entity: EntitySummary; row: MentionRow }
  /** The mentions a long list leaves out, shown in context on demand. */
  | { type: 'more'; entity: EntitySummary; hidden: number };

const GROUPS: { kind: EntityKind; label: string; icon: string }[] = [
  { kind: 'person', label: 'People', icon: 'person' },
  { kind: 'organization', label: 'Organizations', icon: 'organization' },
  { kind: 'place', label: 'Places', icon: 'location' },
];

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export class PeopleIndex implements vscode.TreeDataProvider<PeopleNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  readonly view: vscode.TreeView<PeopleNode>;
  private entities: EntitySummary[] = [];
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly host: ViewsHost) {
    this.view = vscode.window.createTreeView('closeReading.people', { treeDataProvider: this, showCollapseAll: true });
    this.subscriptions = [this.view, this.changed, host.onDidChange(() => this.refresh())];
    void this.setContext();
  }

  get scope(): Scope {
    return this.host.context.workspaceState.get<Scope>('closeReading.people.scope', 'essay');
  }

  get order(): Order {
    return this.host.context.workspaceState.get<Order>('closeReading.people.order', 'count');
  }

  /** The entities shown now (for the corrections' pickers). */
  shown(): EntitySummary[] {
    return this.entities;
  }

  async setScope(scope: Scope): Promise<void> {
    await this.host.context.workspaceState.update('closeReading.people.scope', scope);
    await this.setContext();
    this.refresh();
  }

  async setOrder(order: Order): Promise<void> {
    await this.host.context.workspaceState.update('closeReading.people.order', order);
    await this.setContext();
    this.changed.fire();
  }

  refresh(): void {
    this.changed.fire();
  }

  private async setContext(): Promise<void> {
    await vscode.commands.executeCommand('setContext', 'closeReading.people.scope', this.scope);
    await vscode.commands.executeCommand('setContext', 'closeReading.people.order', this.order);
  }

  private scopeUri(): string | null | undefined {
    if (this.scope === 'corpus') return null;
    return this.host.activeEssay()?.uri.toString();
  }

  async getChildren(node?: PeopleNode): Promise<PeopleNode[]> {
    if (!node) {
      const uri = this.scopeUri();
      const essay = this.host.activeEssay();
      this.view.description = this.scope === 'corpus' ? 'Corpus' : essay?.uri.path.split('/').pop() ?? '';
      if (uri === undefined) {
        this.entities = [];
        this.view.message = 'Open an essay to see its people, organizations and places, or show the whole corpus.';
        return [];
      }
      this.entities = (await this.host.request<EntitySummary[]>('closeReading/entities', { uri })) ?? [];
      this.view.message = this.entities.length ? undefined : 'No names found here.';
      const sorted = this.order === 'count' ? [...this.entities].sort((a, b) => b.count - a.count) : this.entities;
      return GROUPS.map(({ kind }) => ({ type: 'group' as const, kind, entities: sorted.filter((e) => e.kind === kind) }))
        .filter((group) => group.entities.length);
    }
    if (node.type === 'group') return node.entities.map((entity) => ({ type: 'entity', entity }));
    if (node.type === 'entity') {
      const uri = this.scopeUri();
      const found = uri === undefined ? null : await this.host.request<MentionRows>('closeReading/entityMentions', { id: node.entity.id, uri });
      const rows: PeopleNode[] = (found?.rows ?? []).map((row) => ({ type: 'mention', entity: node.entity, row }));
      const hidden = (found?.total ?? 0) - rows.length;
      return hidden > 0 ? [...rows, { type: 'more', entity: node.entity, hidden }] : rows;
    }
    return [];
  }

  getTreeItem(node: PeopleNode): vscode.TreeItem {
    if (node.type === 'group') {
      const group = GROUPS.find((g) => g.kind === node.kind)!;
      const item = new vscode.TreeItem(group.label, vscode.TreeItemCollapsibleState.Expanded);
      item.id = `group:${node.kind}`;
      item.description = String(node.entities.length);
      item.contextValue = 'group';
      return item;
    }
    if (node.type === 'entity') {
      const { entity } = node;
      const item = new vscode.TreeItem(entity.label, vscode.TreeItemCollapsibleState.Collapsed);
      item.id = `entity:${entity.id}`;
      item.iconPath = new vscode.ThemeIcon(GROUPS.find((g) => g.kind === entity.kind)!.icon);
      item.description = this.scope === 'corpus' ? `${entity.count} · ${plural(entity.essays, 'essay')}` : String(entity.count);
      const tooltip = new vscode.MarkdownString();
      tooltip.appendMarkdown('**').appendText(entity.label).appendMarkdown(`** · ${entity.kind} · ${plural(entity.count, 'mention')}`);
      const others = entity.variants.filter((v) => v !== entity.label);
      if (others.length) tooltip.appendMarkdown('\n\nAlso written: ').appendText(others.join(', '));
      if (entity.description) tooltip.appendMarkdown('\n\n> ').appendText(entity.description);
      item.tooltip = tooltip;
      item.accessibilityInformation = { label: `${entity.label}, ${entity.kind}, ${plural(entity.count, 'mention')}` };
      item.contextValue = 'entity';
      return item;
    }
    if (node.type === 'more') {
      const item = new vscode.TreeItem(`${plural(node.hidden, 'more mention')}: show them in context`);
      item.iconPath = new vscode.ThemeIcon('ellipsis');
      item.contextValue = 'more';
      item.command = { title: 'Show Mentions in Context', command: 'closeReading.people.showMentionsInContext', arguments: [{ type: 'entity', entity: node.entity }] };
      return item;
    }
    const { before, keyword, after } = node.row.excerpt;
    const item = new vscode.TreeItem({ label: `${before}${keyword}${after}`, highlights: [[before.length, before.length + keyword.length]] });
    item.description = this.scope === 'corpus' ? `${node.row.location.essay}:${node.row.location.line}` : `line ${node.row.location.line}`;
    item.tooltip = `${before}${keyword}${after}`;
    item.contextValue = 'mention';
    item.accessibilityInformation = { label: `${before}${keyword}${after}, ${node.row.location.essay} line ${node.row.location.line}` };
    item.command = { title: 'Go to Mention', command: 'closeReading.people.goToMention', arguments: [node] };
    return item;
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}
