// Whole-corpus snapshots of note markers, notes and citations (`npm run snapshots` rewrites them).
import { test } from 'node:test';
import { join } from 'node:path';
import { analyzeDocument, formatOf } from '../../server/src/analysis/analyze';
import { corpusEssays } from '../helpers/corpus';
import { matchSnapshot } from '../helpers/snapshot';

const excerpt = (text: string, span: { start: number; end: number }, length = 60) => {
  const s = text.slice(span.start, span.end).replace(/\s+/g, ' ');
  return s.length > length ? `${s.slice(0, length - 15)} … ${s.slice(-10)}` : s;
};

for (const essay of corpusEssays()) {
  test(`notes and citations of ${essay.name}`, () => {
    const { markers, notes, citations } = analyzeDocument(essay.text, formatOf(essay.name));
    matchSnapshot(join(__dirname, '..', 'snapshots', `${essay.name}.notes.json`), {
      markers: markers.map((m) => `${m.label} (${m.style}) -> ${m.note === null ? null : excerpt(essay.text, notes[m.note], 40)}`),
      notes: notes.map((n) => `${n.label ?? '-'}: ${excerpt(essay.text, n)}${n.parts.length ? ` (+${n.parts.length} part)` : ''}`),
      citations: citations.map((c) => ({
        kind: c.kind,
        text: excerpt(essay.text, c, 100),
        ...(c.resolvesTo === null ? {} : { resolvesTo: excerpt(essay.text, citations[c.resolvesTo], 40) }),
        fields: c.fields,
      })),
    });
  });
}
