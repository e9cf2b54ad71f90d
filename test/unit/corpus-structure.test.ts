// Whole-corpus snapshots of the reading structure: sections, paragraphs, note regions and debris.
import { test } from 'node:test';
import { join } from 'node:path';
import { analyzeStructure } from '../../server/src/analysis/structure';
import { formatOf } from '../../server/src/analysis/analyze';
import { corpusEssays } from '../helpers/corpus';
import { matchSnapshot } from '../helpers/snapshot';

const excerpt = (text: string, span: { start: number; end: number }) => {
  const s = text.slice(span.start, span.end).replace(/\s+/g, ' ');
  return s.length > 60 ? `${s.slice(0, 40)} … ${s.slice(-15)}` : s;
};

for (const essay of corpusEssays()) {
  test(`structure of ${essay.name}`, () => {
    const s = analyzeStructure(essay.text, formatOf(essay.name));
    matchSnapshot(join(__dirname, '..', 'snapshots', `${essay.name}.structure.json`), {
      format: s.format,
      sections: s.sections.map((x) => ({ level: x.level, title: x.title, start: x.start, end: x.end })),
      paragraphs: s.paragraphs.map((p) => ({ parts: p.parts.length, text: excerpt(essay.text, p) })),
      noteRegions: s.noteRegions.map((r) => ({ kind: r.kind, text: excerpt(essay.text, r) })),
      debris: s.debris.map((d) => ({ kind: d.kind, text: excerpt(essay.text, d) })),
    });
  });
}
