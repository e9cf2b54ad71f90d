// Whole-corpus snapshots: compare against a committed JSON file; `npm run snapshots` rewrites them.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export function matchSnapshot(file: string, actual: unknown): void {
  const json = `${JSON.stringify(actual, null, 1)}\n`;
  if (process.env.UPDATE_SNAPSHOTS || !existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, json);
    return;
  }
  assert.deepEqual(JSON.parse(json), JSON.parse(readFileSync(file, 'utf8')), `snapshot ${file} differs (npm run snapshots to accept)`);
}
