// A primary voice (a cloud TTS) with an offline one behind it: when the primary
// fails for good (after its own retries), the sentence is still spoken.
import type { SpeechAudio, SynthesizeOptions, TextToSpeech } from "./tts.ts";

export class FallbackTextToSpeech implements TextToSpeech {
  readonly name: string;
  constructor(
    private readonly primary: TextToSpeech,
    private readonly fallback: TextToSpeech,
    private readonly onFallback?: (err: unknown) => void,
  ) {
    this.name = `${primary.name}+${fallback.name}`;
  }

  async synthesize(text: string, opts: SynthesizeOptions): Promise<SpeechAudio> {
    try {
      return await this.primary.synthesize(text, opts);
    } catch (err) {
      if (opts.signal.aborted) throw err;
      this.onFallback?.(err);
      return this.fallback.synthesize(text, opts);
    }
  }
}
