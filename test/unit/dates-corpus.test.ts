// Whole-corpus snapshots of the date layer: every expression found, as `text → value`.
import { test } from 'node:test';
import { join } from 'node:path';
import { analyzeDocument, formatOf } from '../../server/src/analysis/analyze';
import { corpusEssays } from '../helpers/corpus';
import { matchSnapshot } from '../helpers/snapshot';

for (const essay of corpusEssays()) {
  test(`dates of ${essay.name}`, () => {
    const { dates } = analyzeDocument(essay.text, formatOf(essay.name));
    matchSnapshot(join(__dirname, '..', 'snapshots', `${essay.name}.dates.json`),
      dates.map((d) => `${d.start} ${d.text.replace(/\s+/g, ' ')} → ${d.value}`));
  });
}
