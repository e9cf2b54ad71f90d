// A worker thread (bundled as dist/indexWorker.js): reads and analyses each essay the workspace index
// sends, or analyses a version of a large open document (with that document's block memo, kept here
// until the document is closed), and posts the result back.
import { parentPort } from 'node:worker_threads';
import { analyzeDocument } from './analysis/analyze';
import { BlockMemo } from './analysis/blocks';
import type { DocumentFormat } from './analysis/types';
import { readIndexedEssay } from './indexedEssay';

export interface IndexJob {
  path: string;
  maxFileSize: number;
}

export interface AnalysisJob {
  id: number;
  uri: string;
  text: string;
  format: DocumentFormat;
}

/** The document at `uri` was closed. */
export interface ForgetJob {
  forget: string;
}

const memos = new Map<string, BlockMemo>();

function analyzeVersion({ uri, text, format }: AnalysisJob) {
  let memo = memos.get(uri);
  if (!memo) memos.set(uri, (memo = new BlockMemo()));
  return analyzeDocument(text, format, memo);
}

parentPort?.on('message', async (job: IndexJob | AnalysisJob | ForgetJob) => {
  if ('forget' in job) memos.delete(job.forget);
  else if ('text' in job) parentPort?.postMessage({ id: job.id, analysis: analyzeVersion(job) });
  else parentPort?.postMessage(await readIndexedEssay(job.path, job.maxFileSize));
});
