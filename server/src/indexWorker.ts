// A worker thread of the workspace index (bundled as dist/indexWorker.js): reads and analyses each essay
// the index sends, and posts the result back.
import { parentPort } from 'node:worker_threads';
import { readIndexedEssay } from './indexedEssay';

export interface IndexJob {
  path: string;
  maxFileSize: number;
}

parentPort?.on('message', async (job: IndexJob) => {
  parentPort?.postMessage(await readIndexedEssay(job.path, job.maxFileSize));
});
