// The analysis from its bundle (see analysis.ts), which `npm run bench` builds first.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type * as Analysis from './analysis';

export const BUNDLED_ANALYSIS = join(__dirname, '..', '.cache', 'bench', 'analysis.js');

export const bundledAnalysis = (): typeof Analysis => createRequire(__filename)(BUNDLED_ANALYSIS) as typeof Analysis;
