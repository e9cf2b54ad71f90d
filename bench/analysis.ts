// What the in-process benchmarks time, bundled by `node scripts/build.mjs --bench` as the CLI and the
// server bundle it: run through tsx's transform, module by module, the same code measured about a quarter
// slower than it runs for a reader.
export { analyzeDocument, formatOf, numbersNotDates } from '../server/src/analysis/analyze';
export { BlockMemo } from '../server/src/analysis/blocks';
export { findCitations } from '../server/src/analysis/citations';
export { detectDates } from '../server/src/analysis/dates';
export { detectNames } from '../server/src/analysis/names';
export { findNotes } from '../server/src/analysis/notes';
export { analyzeStructure } from '../server/src/analysis/structure';
