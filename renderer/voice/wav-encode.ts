// Turns a VAD speech segment (Float32 samples in [-1, 1], 16 kHz mono) into the
// 16-bit PCM WAV the Node side expects, and that into base64 for the `audio` command.

import { encodeWav } from "../../shared/audio/wav-encode.ts";

export const VAD_SAMPLE_RATE = 16_000;

export function floatToPcm16(samples: Float32Array): Int16Array {
  const out = new Int16Array(samples.length);
  for (let i = 0; i < samples.length; i++) {
    const s = Math.max(-1, Math.min(1, samples[i] ?? 0));
    out[i] = s < 0 ? Math.round(s * 0x8000) : Math.round(s * 0x7fff);
  }
  return out;
}

export function encodeSpeechWav(samples: Float32Array, sampleRate = VAD_SAMPLE_RATE): Uint8Array {
  return encodeWav(floatToPcm16(samples), sampleRate, 1);
}

/** Base64 without btoa's string-length limits on long segments (chunks of 32 KiB). */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = "";
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary);
}

export function base64ToBytes(b64: string): Uint8Array {
  const binary = atob(b64);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}
