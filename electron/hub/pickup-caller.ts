// The pickup board's spoken call ("102번 고객님, 주문하신 메뉴가 나왔습니다"), made by
// the hub with the kiosk's own text-to-speech providers (the cloud voice with
// espeak-ng behind it, or espeak-ng alone offline) and played by the board. Calls are
// cached per order and language: several boards, or a replay, synthesise once.
import type { SpeechAudio, TextToSpeech } from "../core/providers/tts.ts";
import { pickupCall } from "./kitchen-view.ts";

const SYNTH_TIMEOUT_MS = 15_000;
const CACHE_SIZE = 64;

export class PickupCaller {
  private readonly cache = new Map<string, Promise<SpeechAudio>>();

  constructor(private readonly tts: TextToSpeech | undefined) {}

  get available(): boolean {
    return this.tts !== undefined;
  }

  audio(orderId: string, number: number, lang: string): Promise<SpeechAudio> {
    if (!this.tts) return Promise.reject(new Error("no text-to-speech"));
    const key = `${orderId}:${number}:${lang}`;
    let p = this.cache.get(key);
    if (!p) {
      p = this.tts.synthesize(pickupCall(number, lang), { lang, signal: AbortSignal.timeout(SYNTH_TIMEOUT_MS) });
      // A failed synthesis is not kept: the next request tries again.
      p.catch(() => this.cache.delete(key));
      this.cache.set(key, p);
      if (this.cache.size > CACHE_SIZE) this.cache.delete(this.cache.keys().next().value!);
    }
    return p;
  }
}
