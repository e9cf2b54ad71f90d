// A worker thread (bundled as dist/indexWorker.js): reads and analyses each essay the workspace index or
// the CLI sends (see `EssayTask`), or analyses a version of a large open document (with that document's
// block memo, kept here until the document is closed; a version overtaken by a later one before it began
// is skipped), and posts the result back.
import { parentPort } from 'node:worker_threads';
import { analyzeDocument } from './analysis/analyze';
import { DocumentMemos } from './analysis/blocks';
import type { DocumentAnalysis, DocumentFormat } from './analysis/types';
import type { EssayRead } from './diskCache';
import { performTask, postedProduct, type EssayTask, type PostedProduct } from './essayWorkers';

export interface EssayJob {
  id: number;
  path: string;
  maxFileSize: number;
  task: EssayTask;
  /** The essay, if the calling thread read it already. */
  read?: EssayRead;
}

export interface EssayResult {
  id: number;
  essay: PostedProduct;
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

/** The analysis of a job's version; null when a later version of the document overtook it. */
export interface AnalysisResult {
  id: number;
  analysis: DocumentAnalysis | null;
}

const memos = new DocumentMemos();
/** Per document, the latest version asked for and not begun: while the reader types, only it is analysed. */
const waiting = new Map<string, AnalysisJob>();

function analyzeLatest(uri: string): void {
  const job = waiting.get(uri);
  if (!job) return;
  waiting.delete(uri);
  parentPort?.postMessage({ id: job.id, analysis: analyzeDocument(job.text, job.format, memos.of(uri)) } satisfies AnalysisResult);
}

parentPort?.on('message', async (job: EssayJob | AnalysisJob | ForgetJob) => {
  if ('forget' in job) {
    memos.forget(job.forget);
  } else if ('text' in job) {
    // Messages that came while an analysis ran are all delivered before the next one begins.
    const overtaken = waiting.get(job.uri);
    if (overtaken) parentPort?.postMessage({ id: overtaken.id, analysis: null } satisfies AnalysisResult);
    waiting.set(job.uri, job);
    setImmediate(() => analyzeLatest(job.uri));
  } else {
    parentPort?.postMessage({ id: job.id, essay: postedProduct(job.task, await performTask(job.task, job.path, job.maxFileSize, job.read)) } satisfies EssayResult);
  }
});
