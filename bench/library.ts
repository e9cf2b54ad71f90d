// A synthetic library of plain-text essays made from the corpus's paragraphs, shuffled with a seeded
// generator: the same library every run, as large as a benchmark needs.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { seededRandom } from './stats';

export const CORPUS = join(__dirname, '..', 'corpus');
const ESSAY_CHARS = 60_000;

/** Every paragraph of the corpus essays (blocks of text between blank lines). */
export async function corpusParagraphs(): Promise<string[]> {
  const paragraphs: string[] = [];
  for (const name of (await readdir(CORPUS)).sort()) {
    const text = await readFile(join(CORPUS, name), 'utf8');
    paragraphs.push(...text.split(/\n[ \t]*\n/).map((p) => p.trim()).filter((p) => p.length > 0));
  }
  return paragraphs;
}

/** Essay `index` of the library: a title line, then paragraphs drawn at random until about 60 KB. */
function essay(paragraphs: string[], index: number): string {
  const random = seededRandom(0x5eed + index);
  const pick = () => paragraphs[Math.floor(random() * paragraphs.length)];
  const parts = [`Essay ${index + 1}`, pick().split('\n')[0].slice(0, 80)];
  let length = 0;
  while (length < ESSAY_CHARS) {
    const paragraph = pick();
    parts.push(paragraph);
    length += paragraph.length + 2;
  }
  return `${parts.join('\n\n')}\n`;
}

/** Writes essays 1..count into `dir` (essay i is the same in every library); returns their total size in bytes. */
export async function writeLibrary(dir: string, count: number): Promise<number> {
  const paragraphs = await corpusParagraphs();
  await mkdir(dir, { recursive: true });
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const text = essay(paragraphs, i);
    bytes += Buffer.byteLength(text);
    await writeFile(join(dir, `essay-${String(i + 1).padStart(4, '0')}.txt`), text);
  }
  return bytes;
}
