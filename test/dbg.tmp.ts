import { readFileSync } from 'node:fs';
import { analyzeDocument, formatOf } from '../server/src/analysis/analyze';
const [path, word] = process.argv.slice(2);
const text = readFileSync(path, 'utf8');
const a = analyzeDocument(text, formatOf(path));
for (const m of a.mentions) if (m.text.includes(word)) console.log(m.kind, JSON.stringify(m.text), a.entities[m.entity].label, '|', JSON.stringify(text.slice(m.start - 40, m.end + 20)));
