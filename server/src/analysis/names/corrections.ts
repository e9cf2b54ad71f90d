// The reader corrects the machine: corrections are plain data, applied after detection, and they win.
// A correction names entities by what the reader sees: a label or any surface form of the entity.
import type { DocumentAnalysis, Entity, EntityKind, EntityMention } from '../types';

interface Scoped {
  /** Path of the one document the correction is about (relative to the workspace), or every document. */
  document?: string;
}

export type Correction = Scoped & (
  /** The entities named by any of `names` are one entity (`Krushchev` and `Khrushchev`). */
  | { action: 'merge'; names: string[]; label?: string }
  /** The mentions written as one of `names` leave their entity and make one of their own (`Zhores`). */
  | { action: 'split'; names: string[]; label?: string }
  /** Mentions inside an occurrence of `text` are no names (`Stalin Prize`, `Ivanov`). */
  | { action: 'notAName'; text: string }
  /** The entity named `name` is of another kind. */
  | { action: 'kind'; name: string; kind: EntityKind }
  /** The entity named `name` is called `label`. */
  | { action: 'label'; name: string; label: string }
);

interface Group { kind: EntityKind; label: string; introduction: number | null; description?: Entity['description'] }

const same = (a: string, b: string) => a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();
const wordCount = (s: string) => s.trim().split(/\s+/).length;

/** The analysis with `corrections` applied in order; `document` is the document's workspace-relative path. */
export function applyCorrections(text: string, analysis: DocumentAnalysis, corrections: readonly Correction[], document?: string): DocumentAnalysis {
  const mentions = [...analysis.mentions];
  const owner = mentions.map((m) => m.entity);
  const groups: Group[] = analysis.entities.map((e) => ({
    kind: e.kind, label: e.label, introduction: e.introduction, description: e.description,
  }));
  const removed = new Set<number>();
  const live = (m: number) => !removed.has(m);
  const named = (name: string) => groups.map((_, g) => g).filter((g) => same(groups[g].label, name) ||
    mentions.some((m, i) => live(i) && owner[i] === g && same(m.text, name)));

  for (const c of corrections) {
    if (c.document !== undefined && document !== undefined && c.document.replace(/\\/g, '/') !== document.replace(/\\/g, '/')) continue;
    switch (c.action) {
      case 'notAName': {
        if (!c.text) break;
        for (let at = text.indexOf(c.text); at !== -1; at = text.indexOf(c.text, at + 1)) {
          const end = at + c.text.length;
          mentions.forEach((m, i) => { if (m.start < end && at < m.end) removed.add(i); });
        }
        break;
      }
      case 'merge': {
        const [target, ...others] = [...new Set(c.names.flatMap(named))].sort((a, b) => a - b);
        if (target === undefined) break;
        const labels = [target, ...others].map((g) => groups[g].label);
        owner.forEach((g, i) => { if (others.includes(g)) owner[i] = target; });
        groups[target].label = c.label ?? labels.reduce((a, b) => (wordCount(b) > wordCount(a) ? b : a));
        break;
      }
      case 'split': {
        const moved = mentions.map((_, i) => i).filter((i) => live(i) && c.names.some((n) => same(mentions[i].text, n)));
        if (!moved.length) break;
        const texts = moved.map((i) => mentions[i].text.replace(/\s+/g, ' '));
        groups.push({
          kind: mentions[moved[0]].kind,
          label: c.label ?? texts.reduce((a, b) => (wordCount(b) > wordCount(a) ? b : a)),
          introduction: null,
        });
        for (const i of moved) owner[i] = groups.length - 1;
        break;
      }
      case 'kind':
        for (const g of named(c.name)) groups[g].kind = c.kind;
        break;
      case 'label':
        for (const g of named(c.name)) groups[g].label = c.label;
        break;
    }
  }
  return rebuild(analysis, mentions, owner, groups, live);
}

/** Entities and mentions again from the corrected assignment of mentions to groups. */
function rebuild(analysis: DocumentAnalysis, mentions: EntityMention[], owner: number[], groups: Group[], live: (m: number) => boolean): DocumentAnalysis {
  const kept = mentions.map((_, i) => i).filter(live);
  const newIndex = new Map(kept.map((m, i) => [m, i]));
  // In order of first mention: `kept` is in text order.
  const used = [...new Set(kept.map((m) => owner[m]))];
  const entityIndex = new Map(used.map((g, i) => [g, i]));
  const outMentions = kept.map((m): EntityMention => ({
    ...mentions[m], kind: groups[owner[m]].kind, entity: entityIndex.get(owner[m]) as number,
  }));
  const entities = used.map((g): Entity => {
    const own = kept.filter((m) => owner[m] === g);
    const old = groups[g].introduction;
    const introducer = old !== null && own.includes(old) ? old : own.find((m) => wordCount(mentions[m].text) > 1) ?? own[0];
    const entity: Entity = {
      kind: groups[g].kind,
      label: groups[g].label,
      variants: [...new Set(own.map((m) => mentions[m].text))],
      mentions: own.map((m) => newIndex.get(m) as number),
      introduction: newIndex.get(introducer) as number,
    };
    if (introducer === old && groups[g].description) entity.description = groups[g].description;
    return entity;
  });
  return { ...analysis, entities, mentions: outMentions };
}

const KINDS: readonly EntityKind[] = ['person', 'organization', 'place'];
const isText = (x: unknown): x is string => typeof x === 'string' && x.trim() !== '';
const isTexts = (x: unknown): x is string[] => Array.isArray(x) && x.length > 0 && x.every(isText);

/** One correction read from JSON, or why it is not one. */
function parseCorrection(x: unknown): Correction | string {
  if (typeof x !== 'object' || x === null) return 'not an object';
  const c = x as Record<string, unknown>;
  if (c.document !== undefined && !isText(c.document)) return '"document" must be a path';
  const document = c.document === undefined ? {} : { document: c.document as string };
  const label = isText(c.label) ? { label: c.label } : {};
  switch (c.action) {
    case 'merge': case 'split':
      return isTexts(c.names) ? { action: c.action, names: c.names, ...label, ...document } : `"${c.action}" needs "names", a list of names`;
    case 'notAName':
      return isText(c.text) ? { action: 'notAName', text: c.text, ...document } : '"notAName" needs "text"';
    case 'kind':
      return isText(c.name) && KINDS.includes(c.kind as EntityKind)
        ? { action: 'kind', name: c.name, kind: c.kind as EntityKind, ...document } : '"kind" needs "name" and a "kind" (person, organization, place)';
    case 'label':
      return isText(c.name) && isText(c.label) ? { action: 'label', name: c.name, label: c.label, ...document } : '"label" needs "name" and "label"';
    default:
      return `unknown action ${JSON.stringify(c.action)}`;
  }
}

/** The corrections of a parsed corrections file (`{ "version": 1, "corrections": [...] }`), and what was wrong. */
export function parseCorrections(json: unknown): { corrections: Correction[]; problems: string[] } {
  const list = (json as { corrections?: unknown } | null)?.corrections;
  if (!Array.isArray(list)) return { corrections: [], problems: ['no "corrections" list'] };
  const corrections: Correction[] = [];
  const problems: string[] = [];
  list.forEach((x, i) => {
    const parsed = parseCorrection(x);
    if (typeof parsed === 'string') problems.push(`correction ${i + 1}: ${parsed}`);
    else corrections.push(parsed);
  });
  return { corrections, problems };
}
