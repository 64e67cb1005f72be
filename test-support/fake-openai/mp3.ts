// MP3 for the fake speech service, made in code (the pure-JS LAME port): the kiosk asks
// for mp3 by default, and a browser must be able to decode what the fake sends.
import { Mp3Encoder } from "@breezystack/lamejs";
import { parseWav } from "../../electron/core/voice/wav.ts";

/** A mono or stereo 16-bit WAV as a constant-bitrate MP3. */
export function wavToMp3(wav: Uint8Array, kbps = 64): Uint8Array {
  const pcm = parseWav(wav);
  if (pcm.channels > 2) throw new Error(`mp3: ${pcm.channels} channels (1 or 2 only)`);
  const frames = pcm.samples.length / pcm.channels;
  const left = new Int16Array(frames);
  const right = pcm.channels === 2 ? new Int16Array(frames) : undefined;
  for (let i = 0; i < frames; i++) {
    left[i] = pcm.samples[i * pcm.channels]!;
    if (right) right[i] = pcm.samples[i * 2 + 1]!;
  }
  const encoder = new Mp3Encoder(pcm.channels, pcm.sampleRate, kbps);
  const parts: Uint8Array[] = [];
  const block = 1152; // one MPEG frame of samples
  for (let at = 0; at < frames; at += block) {
    const chunk = encoder.encodeBuffer(left.subarray(at, at + block), right?.subarray(at, at + block));
    if (chunk.length) parts.push(new Uint8Array(chunk));
  }
  const tail = encoder.flush();
  if (tail.length) parts.push(new Uint8Array(tail));
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}
