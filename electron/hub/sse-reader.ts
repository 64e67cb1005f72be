// Reads a Server-Sent Events stream as it arrives: complete "event:/data:" blocks are
// handed out as they end, partial ones wait for the next chunk. Used by the kiosk's
// link to the hub and by the tests that watch the hub's streams.
export interface SseEvent {
  event: string | undefined;
  data: string | undefined;
}

export class SseReader {
  private buffer = "";
  private readonly decoder = new TextDecoder();

  /** The events completed by this chunk, in order. */
  push(chunk: Uint8Array): SseEvent[] {
    this.buffer += this.decoder.decode(chunk, { stream: true });
    const out: SseEvent[] = [];
    let end: number;
    while ((end = this.buffer.indexOf("\n\n")) >= 0) {
      const block = this.buffer.slice(0, end);
      this.buffer = this.buffer.slice(end + 2);
      out.push({ event: /^event: (.*)$/m.exec(block)?.[1], data: /^data: (.*)$/m.exec(block)?.[1] });
    }
    return out;
  }
}
