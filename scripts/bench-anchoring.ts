// Times the re-anchoring of 1,000 notes on the longest essay of the corpus: `npm run bench:anchoring`.
// Three cases: the text unchanged, the text changed before every note (all positions stale, every quote
// found word for word elsewhere), and 100 of the quotes edited (the approximate matcher's share).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { anchor } from '../client/src/annotations/anchoring';
import { passageSelectors } from '../client/src/annotations/model';

const text = readFileSync(join(__dirname, '..', 'corpus', 'gouldner-stalinism-internal-colonialism.md'), 'utf8');
let seed = 42;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const notes = Array.from({ length: 1000 }, () => {
  const start = Math.floor(random() * (text.length - 300));
  return passageSelectors(text, start, start + 20 + Math.floor(random() * 200));
});

function time(label: string, edited: string, count = notes.length): void {
  const runs: number[] = [];
  let statuses: Record<string, number> = {};
  for (let run = -1; run < 11; run++) {
    statuses = {};
    const t0 = performance.now();
    for (const [quote, position] of notes.slice(0, count)) {
      const status = anchor(edited, quote, position).status;
      statuses[status] = (statuses[status] ?? 0) + 1;
    }
    if (run >= 0) runs.push(performance.now() - t0); // run -1 warms the JIT up
  }
  runs.sort((a, b) => a - b);
  console.log(`${label}: median ${runs[5].toFixed(1)} ms (min ${runs[0].toFixed(1)}, max ${runs[10].toFixed(1)}) over 11 runs; ${JSON.stringify(statuses)}`);
}

console.log(`${text.length} characters, ${notes.length} notes`);
time('1,000 notes, text unchanged', text);
time('1,000 notes, 40 characters inserted at the start', `${'An editor\'s preface added afterwards. '}\n${text}`);
const damaged = notes.slice(0, 100).reduce((t, [quote]) => t.replace(quote.exact, quote.exact.slice(0, 5) + 'X' + quote.exact.slice(6)), text);
time('100 notes whose quote was edited (approximate matching)', `!${damaged}`, 100);
const gone = notes.slice(0, 100).reduce((t, [quote]) => t.split(quote.exact).join(''), text);
time('100 notes whose passage was deleted (orphaned after the approximate search)', `!${gone}`, 100);
