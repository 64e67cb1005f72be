// MP3 for the fake speech service, made in code (the pure-JS LAME port): the kiosk asks
// for mp3 by default, and a browser must be able to decode what the fake sends.
import { Mp3Encoder } from "@breezystack/lamejs";
import { parseWav } from "../../electron/core/voice/wav.ts";

/** A mono or stereo 16-bit WAV as a constant-bitrate MP3. */
export function wavToMp3(wav: Uint8Array, kbps = 64): Uint8Array {
  return concat([...mp3Chunks(wav, kbps)]);
}

/**
 * The same MP3 in pieces of about `chunkMs` of sound each (the first piece as soon as the
 * encoder has a frame), as they are encoded, so a fake speech service can send audio
 * before the whole reply is encoded (the pure-JS encoder is slow on a busy machine; a
 * real service streams too).
 */
export function* mp3Chunks(wav: Uint8Array, kbps = 64, chunkMs = 500, opts: { halveRate?: boolean } = {}): Generator<Uint8Array> {
  const pcm = parseWav(wav);
  if (pcm.channels > 2) throw new Error(`mp3: ${pcm.channels} channels (1 or 2 only)`);
  const frames = pcm.samples.length / pcm.channels;
  let left: Int16Array = new Int16Array(frames);
  let right: Int16Array | undefined = pcm.channels === 2 ? new Int16Array(frames) : undefined;
  for (let i = 0; i < frames; i++) {
    left[i] = pcm.samples[i * pcm.channels]!;
    if (right) right[i] = pcm.samples[i * 2 + 1]!;
  }
  let rate = pcm.sampleRate;
  if (opts.halveRate && rate >= 16000) {
    left = halve(left);
    right = right && halve(right);
    rate /= 2;
  }
  const encoder = new Mp3Encoder(pcm.channels, rate, kbps);
  const block = 1152; // one MPEG-1 frame of samples
  const perChunk = Math.max(block, Math.round((rate * chunkMs) / 1000 / block) * block);
  let pending: Uint8Array[] = [];
  let sentAny = false;
  for (let at = 0; at < frames; at += block) {
    const out = encoder.encodeBuffer(left.subarray(at, at + block), right?.subarray(at, at + block));
    if (out.length) pending.push(new Uint8Array(out));
    if (pending.length && (!sentAny || (at + block) % perChunk === 0)) {
      sentAny = true;
      yield concat(pending);
      pending = [];
    }
  }
  const tail = encoder.flush();
  if (tail.length) pending.push(new Uint8Array(tail));
  if (pending.length) yield concat(pending);
}

/** Half the sample rate: each pair of samples averaged (a gentle low-pass on the way). */
function halve(x: Int16Array): Int16Array {
  const out = new Int16Array(Math.floor(x.length / 2));
  for (let i = 0; i < out.length; i++) out[i] = (x[2 * i]! + x[2 * i + 1]!) >> 1;
  return out;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}
