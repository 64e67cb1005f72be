// One piece of speech being made by the fake speech service, shared by every request for
// the same text and format: when the kiosk gives up on a slow answer and asks again, the
// retry gets the audio the first request was still making instead of starting over (the
// fake's speech, without native espeak-ng and lame, is slow on a busy machine).
export class SpeechProduction {
  readonly pieces: Uint8Array[] = [];
  private done = false;
  private error: Error | undefined;
  private waiters: (() => void)[] = [];

  constructor(
    readonly mime: string,
    source: Iterator<Uint8Array>,
  ) {
    void this.run(source);
  }

  /** Piece `i`, once it is made; undefined after the last. Throws what making it threw. */
  async piece(i: number): Promise<Uint8Array | undefined> {
    while (i >= this.pieces.length) {
      if (this.done) {
        if (this.error) throw this.error;
        return undefined;
      }
      await new Promise<void>((r) => this.waiters.push(r));
    }
    return this.pieces[i];
  }

  private async run(source: Iterator<Uint8Array>): Promise<void> {
    try {
      for (let next = source.next(); !next.done; next = source.next()) {
        this.pieces.push(next.value);
        this.wake();
        // Let the server answer other requests between pieces.
        await new Promise((r) => setImmediate(r));
      }
    } catch (err) {
      this.error = err instanceof Error ? err : new Error(String(err));
    }
    this.done = true;
    this.wake();
  }

  private wake(): void {
    const waiting = this.waiters;
    this.waiters = [];
    for (const w of waiting) w();
  }
}
