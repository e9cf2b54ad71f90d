// Whole-corpus snapshots of the name layer: each essay's entities with their kinds and surface forms, run
// without the analysis's guard so that an exception fails the test instead of emptying the result (the citations,
// whose titles hold no names, come from the whole analysis).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { join } from 'node:path';
import { analyzeStructure } from '../../server/src/analysis/structure';
import { analyzeDocument, formatOf } from '../../server/src/analysis/analyze';
import { detectNames } from '../../server/src/analysis/names';
import { corpusEssays } from '../helpers/corpus';
import { matchSnapshot } from '../helpers/snapshot';

for (const essay of corpusEssays()) {
  test(`names of ${essay.name}`, () => {
    const format = formatOf(essay.name);
    const { entities, mentions } = detectNames(essay.text, analyzeStructure(essay.text, format), undefined, analyzeDocument(essay.text, format).citations);
    for (const m of mentions) assert.equal(essay.text.slice(m.start, m.end), m.text);
    matchSnapshot(join(__dirname, '..', 'snapshots', `${essay.name}.names.json`),
      entities.map((e) => `${e.kind} ${e.label}: ${e.variants.map((v) => v.replace(/\s+/g, ' ')).join(' | ')} (${e.mentions.length})`));
  });
}
