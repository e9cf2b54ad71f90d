// A separate process that adds notes to a store one by one, for the crash-safety tests:
// `node --import tsx storeWriter.ts STORE PREFIX COUNT` (COUNT 0: forever, until killed).
import { randomUUID } from 'node:crypto';
import { createPassageAnnotation } from '../../client/src/annotations/model';
import { updateStore } from '../../client/src/annotations/store';

const [path, prefix, count] = process.argv.slice(2);
const text = 'The commission met in spring, and Tamsin Orlov kept the minutes. '.repeat(40);

async function main(): Promise<void> {
  for (let i = 0; Number(count) === 0 || i < Number(count); i++) {
    const note = createPassageAnnotation({
      motivation: 'commenting', note: `${prefix} note ${i}\n\n${'a long line of Markdown. '.repeat(20)}`, now: new Date(), uuid: randomUUID(),
      source: 'harbour.txt', text, start: i % 500, end: (i % 500) + 20,
    });
    await updateStore(path, [{ put: note }]);
    process.stdout.write('saved\n');
  }
}

void main();
