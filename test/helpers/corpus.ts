import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const CORPUS_DIR = join(__dirname, '..', '..', 'corpus');

/** The corpus essays, by file name. */
export function corpusEssays(): { name: string; path: string; text: string }[] {
  return readdirSync(CORPUS_DIR).sort().map((name) => {
    const path = join(CORPUS_DIR, name);
    return { name, path, text: readFileSync(path, 'utf8') };
  });
}
