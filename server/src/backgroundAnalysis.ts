// Analysis off the server's thread, for open documents large enough that analysing them would keep
// the server from answering about other documents meanwhile. One worker, created on first use, which
// keeps each document's block memo (see analysis/blocks.ts) until the document is closed.
import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { analyzeDocument } from './analysis/analyze';
import type { DocumentAnalysis, DocumentFormat } from './analysis/types';
import type { AnalysisJob, AnalysisResult, ForgetJob } from './indexWorker';

type AnalysisOutcome = DocumentAnalysis | null;

export class BackgroundAnalysis {
  private worker: Worker | null = null;
  private nextId = 0;
  private readonly waiting = new Map<number, (outcome: AnalysisOutcome | 'failed') => void>();

  constructor(private readonly script: string) {}

  /** Whether the worker's script is there (it is beside the bundled server; not when run from sources). */
  get available(): boolean {
    return existsSync(this.script);
  }

  private start(): Worker {
    const worker = new Worker(this.script);
    worker.on('message', ({ id, analysis }: AnalysisResult) => {
      this.waiting.get(id)?.(analysis);
      this.waiting.delete(id);
    });
    // A worker that fails lets every waiting job fall back to the server's thread.
    const fail = () => {
      for (const settle of this.waiting.values()) settle('failed');
      this.waiting.clear();
      this.worker = null;
    };
    worker.on('error', fail).on('exit', fail);
    worker.unref();
    return worker;
  }

  /**
   * The analysis of a version of the document at `uri`, made in the worker, or here if the worker fails;
   * null when a later version of the document overtook this one before the worker began it.
   */
  async analyze(uri: string, text: string, format: DocumentFormat): Promise<AnalysisOutcome> {
    this.worker ??= this.start();
    const id = this.nextId++;
    const outcome = await new Promise<AnalysisOutcome | 'failed'>((resolve) => {
      this.waiting.set(id, resolve);
      this.worker!.postMessage({ id, uri, text, format } satisfies AnalysisJob);
    });
    return outcome === 'failed' ? analyzeDocument(text, format) : outcome;
  }

  /** Lets the worker drop what it keeps of a closed document. */
  forget(uri: string): void {
    this.worker?.postMessage({ forget: uri } satisfies ForgetJob);
  }
}
