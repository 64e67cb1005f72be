// Text-to-speech as the voice loop sees it: one sentence in, playable audio out.
// The first byte is reported as it arrives (latency), the call ends when the
// sentence's audio is complete. Every call takes the turn's AbortSignal.

export interface SynthesizeOptions {
  lang: string;
  signal: AbortSignal;
  /** Called once, when the first audio byte arrives. */
  onFirstByte?: () => void;
}

export interface SpeechAudio {
  /** What the browser needs to decode it: audio/mpeg, audio/wav, audio/ogg, ... */
  mime: string;
  audio: Uint8Array;
  /** Which provider actually spoke (a fallback may have stepped in). */
  provider: string;
}

export interface TextToSpeech {
  readonly name: string;
  synthesize(text: string, opts: SynthesizeOptions): Promise<SpeechAudio>;
}

/** Read a streamed body to the end, telling the caller when the first bytes arrive. */
export async function readAudioStream(body: ReadableStream<Uint8Array> | null, onFirstByte?: () => void): Promise<Uint8Array> {
  if (!body) return new Uint8Array();
  const parts: Uint8Array[] = [];
  let total = 0;
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (value && value.length) {
      if (total === 0) onFirstByte?.();
      parts.push(value);
      total += value.length;
    }
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
