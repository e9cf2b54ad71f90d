// The committed lexicons are what their generator makes of its npm packages and word lists: a word added to a
// JSON file by hand would be lost at the generator's next run.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';

test('scripts/lexicons.mjs --check: every lexicon of the name layer is what the generator makes', () => {
  const run = spawnSync(process.execPath, [join(__dirname, '../../scripts/lexicons.mjs'), '--check'], { encoding: 'utf8' });
  assert.equal(run.stderr, '');
  assert.equal(run.status, 0);
});
