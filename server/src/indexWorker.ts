// A worker thread (bundled as dist/indexWorker.js): reads and analyses each essay the workspace index
// sends, or analyses the text of a large open document, and posts the result back.
import { parentPort } from 'node:worker_threads';
import { analyzeDocument } from './analysis/analyze';
import type { DocumentFormat } from './analysis/types';
import { readIndexedEssay } from './indexedEssay';

export interface IndexJob {
  path: string;
  maxFileSize: number;
}

export interface AnalysisJob {
  id: number;
  text: string;
  format: DocumentFormat;
}

parentPort?.on('message', async (job: IndexJob | AnalysisJob) => {
  if ('text' in job) parentPort?.postMessage({ id: job.id, analysis: analyzeDocument(job.text, job.format) });
  else parentPort?.postMessage(await readIndexedEssay(job.path, job.maxFileSize));
});
