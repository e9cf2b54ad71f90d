// The analysis as tests want it: a layer that throws fails the test, where `analyzeDocument` would go on without that
// layer's part (as a reader's editor should).
import { analyzeDocument } from '../../server/src/analysis/analyze';
import type { DocumentAnalysis, DocumentFormat } from '../../server/src/analysis/types';

export const analyzeStrictly = (text: string, format: DocumentFormat): DocumentAnalysis => analyzeDocument(text, format, undefined, (layer, error) => {
  throw new Error(`the ${layer} layer threw`, { cause: error });
});
