import { describe, expect, it } from "vitest";
import type { KioskEvent } from "../../../shared/contract.ts";
import type { SpeechAudio, SynthesizeOptions, TextToSpeech } from "../providers/tts.ts";
import { abortableSleep } from "../providers/retry.ts";
import { SpeechPipeline, speechLang } from "./speech-pipeline.ts";

/** A provider-boundary stand-in: each sentence takes a given time; records concurrency. */
class TimedVoice implements TextToSpeech {
  readonly name = "timed";
  active = 0;
  maxActive = 0;
  langs: string[] = [];
  constructor(private readonly delayFor: (text: string) => number) {}
  async synthesize(text: string, opts: SynthesizeOptions): Promise<SpeechAudio> {
    this.active++;
    this.maxActive = Math.max(this.maxActive, this.active);
    this.langs.push(opts.lang);
    try {
      await abortableSleep(this.delayFor(text), opts.signal);
      opts.onFirstByte?.();
      if (text.includes("FAIL")) throw new Error("cannot say that");
      return { mime: "audio/wav", audio: new TextEncoder().encode(text), provider: this.name };
    } finally {
      this.active--;
    }
  }
}

function run(voice: TextToSpeech, concurrency = 2) {
  const events: KioskEvent[] = [];
  const ctl = new AbortController();
  const p = new SpeechPipeline({ turnId: "t1", signal: ctl.signal, tts: voice, lang: () => "ko", emit: (e) => events.push(e), concurrency });
  return { p, events, ctl };
}

describe("SpeechPipeline", () => {
  it("sends audio in sentence order even when later sentences finish first, with limited concurrency", async () => {
    const voice = new TimedVoice((t) => (t.startsWith("One") ? 80 : t.startsWith("Two") ? 10 : 30));
    const { p, events } = run(voice, 2);
    p.push("One is slow. Two is fast. Three is medium. Four.");
    await p.finish();
    const audio = events.filter((e) => e.type === "audio");
    expect(audio.map((a) => (a.type === "audio" ? [a.seq, a.text] : []))).toEqual([
      [0, "One is slow."],
      [1, "Two is fast."],
      [2, "Three is medium."],
      [3, "Four."],
    ]);
    expect(events.at(-1)).toEqual({ type: "audioEnd", turnId: "t1", count: 4 });
    expect(voice.maxActive).toBe(2);
  });

  it("adds the unstreamed rest of the final reply", async () => {
    const { p, events } = run(new TimedVoice(() => 1));
    p.push("Okay. Two ");
    await p.finish("Okay. Two lattes. Anything else?");
    expect(events.filter((e) => e.type === "audio").map((e) => (e.type === "audio" ? e.text : ""))).toEqual(["Okay.", "Two lattes.", "Anything else?"]);
  });

  it("a failed sentence is skipped and seq stays contiguous", async () => {
    const { p, events } = run(new TimedVoice(() => 1));
    p.push("First. FAIL here. Last.");
    await p.finish();
    expect(events.map((e) => (e.type === "audio" ? `${e.seq}:${e.text}` : e.type))).toEqual(["0:First.", "1:Last.", "audioEnd"]);
  });

  it("an abort stops synthesis and sends nothing more, not even audioEnd", async () => {
    const voice = new TimedVoice(() => 50);
    const { p, events, ctl } = run(voice);
    p.push("One. Two. Three. Four.");
    const done = p.finish();
    setTimeout(() => ctl.abort(new Error("barge-in")), 70);
    await done;
    await new Promise((r) => setTimeout(r, 120));
    expect(events.filter((e) => e.type === "audio").length).toBeLessThanOrEqual(2);
    expect(events.some((e) => e.type === "audioEnd")).toBe(false);
    expect(voice.active).toBe(0);
  });

  it("picks the voice language from the sentence", () => {
    expect(speechLang("아메리카노 두 잔", "en")).toBe("ko");
    expect(speechLang("Two lattes", "ko")).toBe("en");
    expect(speechLang("4,500", "ko")).toBe("ko");
  });
});
