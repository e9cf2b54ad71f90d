// Reading essays from disk: the one place that turns bytes into text, for the CLI and the server.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';

export type ReadResult = { ok: true; text: string } | { ok: false; reason: string };

/** Decodes bytes as an essay's text: UTF-8 (a BOM kept, as editors keep it), or UTF-16 with a BOM; binary is refused. */
export function decodeText(bytes: Uint8Array): ReadResult {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)) };
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) return { ok: false, reason: 'not a text file (it contains NUL bytes)' };
  return { ok: true, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes) };
}

/** Reads an essay, refusing files larger than `maxBytes` with a clear reason. */
export async function readEssay(path: string, maxBytes = 10 * 1024 * 1024): Promise<ReadResult> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) return { ok: false, reason: 'is a folder' };
    if (info.size > maxBytes) return { ok: false, reason: `larger than ${Math.round(maxBytes / 1048576)} MB (closeReading.maxFileSize)` };
    return decodeText(await readFile(path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, reason: code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : String((error as Error).message) };
  }
}

export const ESSAY_EXTENSIONS = /\.(?:txt|md|markdown)$/i;

/**
 * The files under `dir` that `wanted` accepts, folders searched recursively in name order, hidden
 * entries and `node_modules` skipped; `unreadable` hears of each folder that cannot be listed.
 */
export async function listFiles(dir: string, wanted: (path: string) => boolean, unreadable: (dir: string) => void = () => {}): Promise<string[]> {
  const files: string[] = [];
  const walk = async (folder: string): Promise<void> => {
    const entries = await readdir(folder, { withFileTypes: true }).catch(() => null);
    if (!entries) { unreadable(folder); return; }
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const path = join(folder, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.isFile() && wanted(path)) files.push(path);
    }
  };
  await walk(dir);
  return files;
}
