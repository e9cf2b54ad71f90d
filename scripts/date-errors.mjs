// Prints where the dates of `close-reading analyze --json` differ from gold annotations, with the text
// around each: a gold date found nowhere (MISS), a date the gold does not have (FP), a match whose value
// (VALUE) or span (SPAN) differs. Build first (`node scripts/build.mjs`).
// usage: node scripts/date-errors.mjs ESSAYS GOLD   (e.g. test/unseen/essays test/unseen/gold)
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const [essays, goldDir] = process.argv.slice(2);
const prediction = JSON.parse(execFileSync(process.execPath, [join(root, 'dist', 'cli.js'), 'analyze', '--json', essays], { maxBuffer: 1 << 30 }));
/** The days a value covers, as the scorer compares them (`1937` is 1937-01-01 to 1937-12-31). */
function days(value) {
  const [a, b = a] = String(value).split('/');
  const first = (s) => (s.length === 4 ? `${s}-01-01` : s.length === 7 ? `${s}-01` : s);
  const last = (s) => (s.length === 4 ? `${s}-12-31` : s.length === 7 ? `${s}-31` : s);
  return `${first(a)}/${last(b)}`;
}
const around = (text, start, end) => `${text.slice(Math.max(0, start - 30), start)}[${text.slice(start, end)}]${text.slice(end, end + 30)}`.replace(/\n/g, '⏎');

for (const file of readdirSync(goldDir).filter((f) => f.endsWith('.json'))) {
  const gold = JSON.parse(readFileSync(join(goldDir, file), 'utf8'));
  const doc = prediction.documents.find((d) => basename(d.path) === gold.file);
  if (!doc) continue;
  const text = readFileSync(join(essays, gold.file), 'utf8');
  console.log(`== ${gold.file}`);
  const matched = new Set();
  for (const date of gold.dates) {
    const start = text.indexOf(date.context) + date.context.indexOf(date.text);
    const end = start + date.text.length;
    const found = doc.dates.findIndex((p, i) => !matched.has(i) && p.start < end && start < p.end);
    if (found < 0) {
      console.log('MISS ', date.value, around(text, start, end));
      continue;
    }
    matched.add(found);
    const p = doc.dates[found];
    if (days(p.value) !== days(date.value)) console.log('VALUE', `gold ${date.value}, found ${p.value}:`, around(text, p.start, p.end));
    else if (p.start !== start || p.end !== end) console.log('SPAN ', `gold ${JSON.stringify(date.text)}:`, around(text, p.start, p.end));
  }
  doc.dates.forEach((p, i) => matched.has(i) || console.log('FP   ', p.value, around(text, p.start, p.end)));
}
