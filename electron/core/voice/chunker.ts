// Splits a reply that is still being written into sentences that can be spoken, so
// the first sentence goes to text-to-speech while the model writes the rest.
// A sentence ends at . ! ? 。 ！ ？ … or a newline — but only once the next character
// is known to be a space/newline (so "3.5" and "4,500원" never split), or at the end
// of the reply. Engines that stream whole sentences (the LLM engine vets a sentence
// before it is said) send "…요." with the space at the start of the NEXT delta, so a
// delta longer than one character that ends in a terminator also ends a sentence,
// unless a digit or an abbreviation stands before it. Korean replies without punctuation also end at a polite ending
// ("…요", "…다") followed by a space. Over-long text is split at a comma or space.

export interface ChunkerOptions {
  /** Past this many characters without a sentence end, split at a comma or a space. */
  maxChars: number;
  /** A piece shorter than this (letters only) is held and spoken with the next one. */
  minChars: number;
}

export const DEFAULT_CHUNKER: ChunkerOptions = { maxChars: 160, minChars: 2 };

const TERMINATORS = new Set([".", "!", "?", "。", "！", "？", "…"]);
/** Closing marks that belong to the sentence before the break: `."`, `?)`, `!』`. */
const CLOSERS = new Set(['"', "'", "”", "’", ")", "]", "」", "』", "》", "〉"]);
const ABBREVIATIONS = new Set(["mr", "mrs", "ms", "dr", "st", "vs", "etc", "e.g", "i.e", "approx"]);
const HANGUL = /[\uAC00-\uD7A3]/;
const SPACE = /\s/;

export class SentenceChunker {
  private buf = "";
  private held = "";
  /** Length of the latest delta (see the header: sentence-granular streams). */
  private lastDeltaLen = 0;
  constructor(private readonly opts: ChunkerOptions = DEFAULT_CHUNKER) {}

  /** Add streamed text; returns the sentences completed by it (maybe none). */
  push(delta: string): string[] {
    this.buf += delta;
    this.lastDeltaLen = delta.length;
    const out: string[] = [];
    for (;;) {
      const cut = this.findBreak();
      if (cut < 0) break;
      this.emit(this.buf.slice(0, cut), out);
      this.buf = this.buf.slice(cut).replace(/^\s+/, "");
    }
    return out;
  }

  /** The reply is complete: whatever is left is the last sentence. */
  flush(): string[] {
    const out: string[] = [];
    this.emit(this.buf, out);
    this.buf = "";
    const rest = this.held.trim();
    this.held = "";
    if (rest) out.push(rest);
    return out;
  }

  private emit(piece: string, out: string[]): void {
    // A closing mark left over from a sentence that ended at a delta's end is not spoken.
    const clean = piece.trim().replace(/^["'”’)\]」』》〉]+\s*/u, "");
    const text = (this.held ? `${this.held} ${clean}` : clean).trim();
    if (!text) return;
    if (letters(text) < this.opts.minChars) {
      this.held = text;
      return;
    }
    this.held = "";
    out.push(text);
  }

  /** Index just past the first sentence end in the buffer, or -1. */
  private findBreak(): number {
    const b = this.buf;
    for (let i = 0; i < b.length; i++) {
      const ch = b[i]!;
      if (ch === "\n") return i + 1;
      if (TERMINATORS.has(ch)) {
        let end = i + 1;
        while (end < b.length && (TERMINATORS.has(b[end]!) || CLOSERS.has(b[end]!))) end++;
        if (end >= b.length) {
          // The next character decides ("3.5"), unless the delta itself ended a sentence.
          const before = b[i - 1] ?? "";
          const sentenceDelta = this.lastDeltaLen > 1 && !/\d/.test(before) && !(ch === "." && (isAbbreviation(b, i) || isListNumber(b, i)));
          return sentenceDelta ? end : -1;
        }
        if (!SPACE.test(b[end]!)) {
          i = end - 1;
          continue; // "3.5", "e.g", "Wi-Fi.com"
        }
        if (ch === "." && (isAbbreviation(b, i) || isListNumber(b, i))) continue;
        return end;
      }
      if ((ch === "요" || ch === "다") && i > 0 && HANGUL.test(b[i - 1]!)) {
        if (i + 1 >= b.length) return -1;
        // "…주세요 " ends a sentence; "…요, " and "…다." are handled by punctuation.
        if (SPACE.test(b[i + 1]!) && politeEnding(b, i)) return i + 1;
      }
    }
    if (b.length > this.opts.maxChars) return softBreak(b, this.opts.maxChars);
    return -1;
  }
}

function letters(s: string): number {
  return s.replace(/[\s\p{P}\p{S}]/gu, "").length;
}

/** "Mr." / "e.g." : the word before the dot is a known abbreviation. */
function isAbbreviation(b: string, dot: number): boolean {
  const m = /([A-Za-z.]+)$/.exec(b.slice(Math.max(0, dot - 6), dot));
  return !!m && ABBREVIATIONS.has(m[1]!.toLowerCase());
}

/** "1. " at the start of a line is a list number, not a sentence. */
function isListNumber(b: string, dot: number): boolean {
  const line = b.slice(b.lastIndexOf("\n", dot - 1) + 1, dot);
  return /^\s*\d{1,2}$/.test(line);
}

/**
 * A Korean sentence-final "요"/"다" (…세요, …어요, …니다, …했다). Words that merely
 * end in these syllables before a space mid-sentence are rarer than sentence ends in
 * kiosk speech; the one common exception is the adverb "다" ("다 주세요"), which has
 * a space before it and is excluded by the caller's Hangul check.
 */
function politeEnding(b: string, i: number): boolean {
  const word = /[\uAC00-\uD7A3]+$/.exec(b.slice(0, i + 1))?.[0] ?? "";
  return word.length >= 2;
}

/** Split an over-long run at its last comma, else its last space, else hard. */
function softBreak(b: string, max: number): number {
  const head = b.slice(0, max);
  const comma = Math.max(head.lastIndexOf(", "), head.lastIndexOf("، "));
  if (comma > max / 3) return comma + 1;
  const space = head.lastIndexOf(" ");
  if (space > max / 3) return space;
  return max;
}
