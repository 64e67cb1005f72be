import { describe, expect, it } from "vitest";
import type { Command } from "../../shared/contract.ts";
import { PlaybackQueue, type Clip, type PreparedSound, type SoundHandlers, type SoundOutput } from "./playback-queue.ts";

/** A sound output whose clips start and end when the test says (the browser boundary). */
class ManualOutput implements SoundOutput {
  log: string[] = [];
  live = new Map<string, SoundHandlers>();
  prepare(clip: Clip, h: SoundHandlers): PreparedSound {
    const key = `${clip.turnId}#${clip.seq}`;
    return {
      play: () => {
        this.log.push(`play ${key}`);
        this.live.set(key, h);
        h.onStart();
      },
      stop: () => {
        if (this.live.delete(key)) this.log.push(`stop ${key}`);
      },
    };
  }
  end(key: string) {
    const h = this.live.get(key)!;
    this.live.delete(key);
    h.onEnd();
  }
  fail(key: string) {
    const h = this.live.get(key)!;
    this.live.delete(key);
    h.onError("bad data");
  }
}

const clip = (turnId: string, seq: number): Clip => ({ turnId, seq, mime: "audio/mpeg", data: "AAAA", text: `s${seq}` });

function setup() {
  const out = new ManualOutput();
  const sent: Command[] = [];
  const q = new PlaybackQueue(out, (c) => sent.push(c));
  const ev = (turnId: string, seq: number) => q.handle({ type: "audio", ...clip(turnId, seq) });
  return { out, sent, q, ev };
}

describe("PlaybackQueue", () => {
  it("plays in seq order whatever the arrival order, reports playing then played complete", () => {
    const { out, sent, q, ev } = setup();
    ev("t1", 1); // arrives early: waits for 0
    expect(out.log).toEqual([]);
    ev("t1", 0);
    expect(out.log).toEqual(["play t1#0"]);
    expect(q.speaking).toBe(true);
    expect(q.currentText).toBe("s0");
    expect(sent).toEqual([{ type: "playing", turnId: "t1", seq: 0 }]);
    out.end("t1#0");
    expect(out.log).toEqual(["play t1#0", "play t1#1"]);
    q.handle({ type: "audioEnd", turnId: "t1", count: 2 });
    out.end("t1#1");
    expect(sent.at(-1)).toEqual({ type: "played", turnId: "t1", upToSeq: 1, complete: true });
    expect(q.speaking).toBe(false);
  });

  it("waits for audio still coming after a gap", () => {
    const { out, sent, q, ev } = setup();
    ev("t1", 0);
    out.end("t1#0");
    expect(q.speaking).toBe(false);
    expect(sent).toHaveLength(1); // no "played" yet: audioEnd not seen
    ev("t1", 1);
    expect(out.log.at(-1)).toBe("play t1#1");
    q.handle({ type: "audioEnd", turnId: "t1", count: 2 });
    out.end("t1#1");
    expect(sent.at(-1)).toMatchObject({ type: "played", complete: true, upToSeq: 1 });
  });

  it("stopAudio stops at once and reports the last finished sentence", () => {
    const { out, sent, q, ev } = setup();
    ev("t1", 0);
    ev("t1", 1);
    out.end("t1#0");
    q.handle({ type: "stopAudio" });
    expect(out.log.at(-1)).toBe("stop t1#1");
    expect(sent.at(-1)).toEqual({ type: "played", turnId: "t1", upToSeq: 0, complete: false });
    ev("t1", 2); // late audio of a stopped turn is not played
    expect(out.log.at(-1)).toBe("stop t1#1");
  });

  it("a stop before anything finished reports upToSeq -1", () => {
    const { sent, q, ev } = setup();
    ev("t1", 0);
    q.stop();
    expect(sent.at(-1)).toEqual({ type: "played", turnId: "t1", upToSeq: -1, complete: false });
  });

  it("a newer turn's audio replaces the old turn", () => {
    const { out, sent, ev } = setup();
    ev("t1", 0);
    ev("t2", 0);
    expect(out.log).toEqual(["play t1#0", "stop t1#0", "play t2#0"]);
    expect(sent).toContainEqual({ type: "played", turnId: "t1", upToSeq: -1, complete: false });
  });

  it("an undecodable sentence is skipped", () => {
    const { out, sent, q, ev } = setup();
    ev("t1", 0);
    ev("t1", 1);
    out.fail("t1#0");
    expect(out.log.at(-1)).toBe("play t1#1");
    q.handle({ type: "audioEnd", turnId: "t1", count: 2 });
    out.end("t1#1");
    expect(sent.at(-1)).toMatchObject({ type: "played", complete: true });
  });

  it("audioEnd with no audio reports nothing", () => {
    const { sent, q } = setup();
    q.handle({ type: "audioEnd", turnId: "t9", count: 0 });
    expect(sent).toEqual([]);
  });
});
