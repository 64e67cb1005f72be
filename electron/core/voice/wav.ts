// WAV (RIFF) parsing and writing for speech segments. The screen sends 16 kHz mono
// PCM16; anything else is refused with a clear message before it costs a provider call.
// espeak-ng writes its WAV to a pipe with unknown sizes (0xFFFFFFFF or 0), so the
// data chunk is clamped to what actually arrived instead of being trusted.

import { SPEECH_SAMPLE_RATE } from "../../../shared/audio/wav-encode.ts";
export { SPEECH_SAMPLE_RATE };

export class WavError extends Error {
  constructor(
    readonly code: "not-wav" | "no-format" | "no-data" | "unsupported-format" | "wrong-rate" | "not-mono" | "truncated",
    message: string,
  ) {
    super(message);
    this.name = "WavError";
  }
}

export interface PcmAudio {
  sampleRate: number;
  channels: number;
  bitsPerSample: number;
  /** Interleaved signed 16-bit samples. */
  samples: Int16Array;
  durationMs: number;
}

const PCM = 1;
const EXTENSIBLE = 0xfffe;

function tag(b: Uint8Array, at: number): string {
  return String.fromCharCode(b[at] ?? 0, b[at + 1] ?? 0, b[at + 2] ?? 0, b[at + 3] ?? 0);
}

/** Parse any PCM16 WAV (any rate, any channel count). */
export function parseWav(bytes: Uint8Array): PcmAudio {
  if (bytes.length < 12 || tag(bytes, 0) !== "RIFF" || tag(bytes, 8) !== "WAVE") {
    throw new WavError("not-wav", "not a WAV file (no RIFF/WAVE header)");
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 12;
  let fmt: { format: number; channels: number; sampleRate: number; bits: number } | undefined;
  while (at + 8 <= bytes.length) {
    const id = tag(bytes, at);
    const size = view.getUint32(at + 4, true);
    const body = at + 8;
    if (id === "fmt ") {
      if (size < 16 || body + 16 > bytes.length) throw new WavError("truncated", "WAV format chunk is cut short");
      let format = view.getUint16(body, true);
      // WAVE_FORMAT_EXTENSIBLE carries the real format in the first two bytes of its sub-format GUID.
      if (format === EXTENSIBLE && size >= 26 && body + 26 <= bytes.length) format = view.getUint16(body + 24, true);
      fmt = { format, channels: view.getUint16(body + 2, true), sampleRate: view.getUint32(body + 4, true), bits: view.getUint16(body + 14, true) };
    } else if (id === "data") {
      if (!fmt) throw new WavError("no-format", "WAV data comes before its format chunk");
      if (fmt.format !== PCM || fmt.bits !== 16) {
        throw new WavError("unsupported-format", `WAV must be 16-bit PCM (got format ${fmt.format}, ${fmt.bits} bits)`);
      }
      if (fmt.channels < 1 || fmt.sampleRate < 1) throw new WavError("unsupported-format", "WAV has no channels or no sample rate");
      const frameBytes = 2 * fmt.channels;
      const available = bytes.length - body;
      const declared = size === 0 || size === 0xffffffff ? available : size;
      const usable = Math.min(declared, available);
      const count = Math.floor(usable / frameBytes) * fmt.channels;
      const samples = new Int16Array(count);
      for (let i = 0; i < count; i++) samples[i] = view.getInt16(body + i * 2, true);
      return {
        sampleRate: fmt.sampleRate,
        channels: fmt.channels,
        bitsPerSample: 16,
        samples,
        durationMs: (count / fmt.channels / fmt.sampleRate) * 1000,
      };
    }
    // Chunks are padded to an even size.
    at = body + size + (size % 2);
  }
  throw new WavError(fmt ? "no-data" : "no-format", fmt ? "WAV has no data chunk" : "WAV has no format chunk");
}

/** Parse a speech segment from the screen: must be 16 kHz mono PCM16. */
export function parseSpeechWav(bytes: Uint8Array): PcmAudio {
  const pcm = parseWav(bytes);
  if (pcm.channels !== 1) throw new WavError("not-mono", `speech must be mono (got ${pcm.channels} channels)`);
  if (pcm.sampleRate !== SPEECH_SAMPLE_RATE) throw new WavError("wrong-rate", `speech must be 16000 Hz (got ${pcm.sampleRate} Hz)`);
  return pcm;
}

export { encodeWav } from "../../../shared/audio/wav-encode.ts";

/** Linear resampling to mono at `rate`; good enough for speech going to STT or a fake mic. */
export function toMono16k(pcm: PcmAudio, rate = SPEECH_SAMPLE_RATE): Int16Array {
  const frames = pcm.samples.length / pcm.channels;
  const mono = new Float64Array(frames);
  for (let f = 0; f < frames; f++) {
    let sum = 0;
    for (let c = 0; c < pcm.channels; c++) sum += pcm.samples[f * pcm.channels + c]!;
    mono[f] = sum / pcm.channels;
  }
  if (pcm.sampleRate === rate) return Int16Array.from(mono, (v) => Math.round(v));
  const outFrames = Math.floor((frames * rate) / pcm.sampleRate);
  const out = new Int16Array(outFrames);
  const step = pcm.sampleRate / rate;
  for (let i = 0; i < outFrames; i++) {
    const pos = i * step;
    const i0 = Math.floor(pos);
    const frac = pos - i0;
    const a = mono[i0] ?? 0;
    const b = mono[i0 + 1] ?? a;
    out[i] = Math.round(a + (b - a) * frac);
  }
  return out;
}
