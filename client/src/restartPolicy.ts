// When the language server dies: restart it, tell the reader once, and give up (saying why) if it
// keeps dying, so that a broken server does not restart forever.

export interface RestartDecision {
  restart: boolean;
  /** What to tell the reader, if anything. */
  message?: string;
}

export class RestartPolicy {
  private readonly crashes: number[] = [];
  private told = false;

  constructor(private readonly maxCrashes = 5, private readonly windowMs = 3 * 60_000) {}

  /** Decides what to do after the server closed unexpectedly at time `now` (ms). */
  onCrash(now: number): RestartDecision {
    this.crashes.push(now);
    while (this.crashes.length && now - this.crashes[0] > this.windowMs) this.crashes.shift();
    if (this.crashes.length >= this.maxCrashes) {
      return { restart: false, message: `Close Reading: the language server stopped ${this.crashes.length} times in a few minutes and will not be restarted. Run "Close Reading: Restart Language Server" to try again; its log is in the Close Reading output.` };
    }
    if (this.told) return { restart: true };
    this.told = true;
    return { restart: true, message: 'Close Reading: the language server stopped unexpectedly and was restarted.' };
  }
}
