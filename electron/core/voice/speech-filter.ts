// Two gates around speech-to-text. Before: a segment that is too short or nearly
// silent is not sent at all (VAD misfires on a cough, a door, the kiosk's own echo).
// After: Whisper-family models "hear" stock phrases in silence and noise — subtitle
// credits and YouTube sign-offs from their training data. A transcript that is only
// such a phrase is dropped; one that ends or starts with one keeps the real words.
import type { PcmAudio } from "./wav.ts";

export interface EnergyGateOptions {
  /** Less than this much speech-like audio is not worth a transcription. */
  minSpeechMs: number;
  /** A 20 ms frame counts as speech-like above this RMS (full scale = 1). */
  frameRmsThreshold: number;
}

export const DEFAULT_ENERGY_GATE: EnergyGateOptions = { minSpeechMs: 250, frameRmsThreshold: 0.01 };

const FRAME_MS = 20;

export interface EnergyReport {
  durationMs: number;
  /** Total length of the frames above the RMS threshold. */
  voicedMs: number;
  rms: number;
}

export function measureEnergy(pcm: PcmAudio, opts: EnergyGateOptions = DEFAULT_ENERGY_GATE): EnergyReport {
  const frameLen = Math.max(1, Math.round((pcm.sampleRate * FRAME_MS) / 1000)) * pcm.channels;
  let voicedFrames = 0;
  let totalSq = 0;
  for (let start = 0; start < pcm.samples.length; start += frameLen) {
    const end = Math.min(pcm.samples.length, start + frameLen);
    let sq = 0;
    for (let i = start; i < end; i++) {
      const s = pcm.samples[i]! / 32768;
      sq += s * s;
    }
    totalSq += sq;
    if (end - start === frameLen && Math.sqrt(sq / (end - start)) >= opts.frameRmsThreshold) voicedFrames++;
  }
  return {
    durationMs: pcm.durationMs,
    voicedMs: voicedFrames * FRAME_MS,
    rms: pcm.samples.length ? Math.sqrt(totalSq / pcm.samples.length) : 0,
  };
}

export type GateVerdict = { ok: true; energy: EnergyReport } | { ok: false; reason: "too-short" | "too-quiet"; energy: EnergyReport };

export function energyGate(pcm: PcmAudio, opts: EnergyGateOptions = DEFAULT_ENERGY_GATE): GateVerdict {
  const energy = measureEnergy(pcm, opts);
  if (energy.durationMs < opts.minSpeechMs) return { ok: false, reason: "too-short", energy };
  if (energy.voicedMs < opts.minSpeechMs) return { ok: false, reason: "too-quiet", energy };
  return { ok: true, energy };
}

/**
 * Phrases speech-to-text models produce from silence or noise. Compared after
 * normalisation (lower case; spaces, punctuation and symbols removed), so spacing
 * variants ("시청해주셔서") match too. Bare "감사합니다" / "thank you" are NOT here:
 * customers say them.
 */
export const HALLUCINATIONS: readonly string[] = [
  "시청해 주셔서 감사합니다",
  "시청해주셔서 고맙습니다",
  "시청 감사합니다",
  "봐주셔서 감사합니다",
  "구독과 좋아요 부탁드립니다",
  "구독과 좋아요",
  "구독 좋아요 알림설정",
  "좋아요와 구독 부탁드려요",
  "다음 영상에서 만나요",
  "다음 시간에 만나요",
  "MBC 뉴스",
  "KBS 뉴스",
  "SBS 뉴스",
  "뉴스를 마칩니다",
  "자막 제공",
  "한글자막",
  "자막 by",
  "Thanks for watching",
  "Thank you for watching",
  "Thank you so much for watching",
  "Please subscribe",
  "Like and subscribe",
  "Don't forget to subscribe",
  "Subtitles by the Amara.org community",
  "Subtitles by",
  "Captions by",
  "Transcribed by",
  "See you next time",
  "I'll see you in the next video",
  "you",
];

/** Texts that are never words: music notes, "[Music]", "(음악)", dots. */
const NON_SPEECH = /^(?:[\s♪♫🎵.…,!?~\-–—]|\[[^\]]*\]|\([^)]*\)|【[^】]*】)*$/u;

function normalise(s: string): string {
  return s.toLowerCase().normalize("NFC").replace(/[\p{P}\p{S}\p{Z}\s]+/gu, "");
}

const TABLE = HALLUCINATIONS.map(normalise).sort((a, b) => b.length - a.length);
/** "MBC 뉴스 김철수입니다" and the like: a news sign-off with a reporter's name. */
const NEWS_SIGNOFF = /^(mbc|kbs|sbs|jtbc|ytn)뉴스[가-힣]{0,5}(입니다|이었습니다|기자입니다)?$/u;

export type TranscriptVerdict = { ok: true; text: string } | { ok: false; reason: "empty" | "hallucination" };

/** Drop a transcript that is only a known hallucination; strip one at either end of real words. */
export function filterTranscript(raw: string): TranscriptVerdict {
  let text = raw.trim();
  if (!text || NON_SPEECH.test(text)) return { ok: false, reason: "empty" };
  const whole = normalise(text);
  if (!whole) return { ok: false, reason: "empty" };
  if (TABLE.includes(whole) || NEWS_SIGNOFF.test(whole)) return { ok: false, reason: "hallucination" };
  // Strip trailing / leading stock phrases (Whisper often appends them to real speech).
  for (let changed = true; changed; ) {
    changed = false;
    for (const phrase of HALLUCINATIONS) {
      if (phrase.length < 6) continue; // short entries like "you" only count on their own
      const stripped = stripPhrase(text, phrase);
      if (stripped !== text) {
        text = stripped;
        changed = true;
      }
    }
  }
  if (!normalise(text)) return { ok: false, reason: "hallucination" };
  return { ok: true, text };
}

/** Remove `phrase` (spacing- and punctuation-insensitive) from the start or end of `text`. */
function stripPhrase(text: string, phrase: string): string {
  const target = normalise(phrase);
  // Map each normalised character back to its position in `text`.
  const positions: number[] = [];
  let norm = "";
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    const n = normalise(ch);
    for (let k = 0; k < n.length; k++) positions.push(i);
    norm += n;
    i += ch.length;
  }
  if (norm.endsWith(target) && norm.length > target.length) {
    const cut = positions[norm.length - target.length]!;
    return text.slice(0, cut).replace(/[\s,.!?…]+$/u, (m) => (/[.!?]/.test(m) ? m.trim() : ""));
  }
  if (norm.startsWith(target) && norm.length > target.length) {
    const startOfRest = positions[target.length]!;
    return text.slice(startOfRest).replace(/^[\s,.!?…]+/u, "");
  }
  return text;
}
