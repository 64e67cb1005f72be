// Finds known phrases (menu names and aliases, or the language's function words) in
// an utterance. Both sides are normalized the same way and compared over a compact
// character stream without spaces, so "카페 라테" meets "카페라떼" and "cheese cake"
// meets "cheesecake". Latin phrases must start and end on word edges; Hangul ones may
// sit inside a word (particles follow nouns: 라떼는, 아메리카노랑).
import { tokenize, type Script, type Token } from "./normalize.ts";

/** The utterance as one compact stream of normalized characters. */
export interface Stream {
  tokens: Token[];
  chars: string[];
  /** Token index of each character. */
  tok: number[];
  /** Character index where each token starts in `chars` (punctuation is one sentinel char). */
  tokStart: number[];
}

const SENTINEL = "\u0000";

export function buildStream(tokens: Token[]): Stream {
  const chars: string[] = [];
  const tok: number[] = [];
  const tokStart: number[] = [];
  tokens.forEach((t, i) => {
    tokStart.push(chars.length);
    const s = t.script === "punct" ? SENTINEL : t.norm;
    for (const ch of s) {
      chars.push(ch);
      tok.push(i);
    }
  });
  tokStart.push(chars.length);
  return { tokens, chars, tok, tokStart };
}

export function streamOf(text: string): Stream {
  return buildStream(tokenize(text));
}

export interface PhraseMatch<T> {
  /** Compact character range [start, end). */
  start: number;
  end: number;
  payloads: T[];
  /** The phrase as the index holds it (compact, normalized). */
  key: string;
}

interface Node<T> {
  next: Map<string, Node<T>>;
  entry?: Entry<T>;
}

interface Entry<T> {
  key: string;
  /** How many words the phrase was written in: "큰 거" and "큰거" are one key, both spacings. */
  tokens: number[];
  first: Script;
  last: Script;
  payloads: T[];
}

export class PhraseIndex<T> {
  private readonly root: Node<T> = { next: new Map() };
  readonly entries: Entry<T>[] = [];

  /**
   * @param singleInside whether one-letter phrases may match inside a word: yes for
   * Korean particles (라떼+는), no for menu words (핫 is not in 핫도그's middle... or end).
   */
  constructor(private readonly singleInside = false) {}

  /** Add a phrase; the same phrase may carry several payloads (a word that names two things). */
  add(text: string, payload: T): void {
    const tokens = tokenize(text).filter((t) => t.script !== "punct");
    if (tokens.length === 0) return;
    const key = tokens.map((t) => t.norm).join("");
    let node = this.root;
    for (const ch of key) {
      let n = node.next.get(ch);
      if (!n) {
        n = { next: new Map() };
        node.next.set(ch, n);
      }
      node = n;
    }
    if (!node.entry) {
      node.entry = { key, tokens: [tokens.length], first: tokens[0]!.script, last: tokens[tokens.length - 1]!.script, payloads: [] };
      this.entries.push(node.entry);
    } else if (!node.entry.tokens.includes(tokens.length)) node.entry.tokens.push(tokens.length);
    const json = JSON.stringify(payload);
    if (!node.entry.payloads.some((x) => JSON.stringify(x) === json)) node.entry.payloads.push(payload);
  }

  /** Every occurrence of every phrase, overlapping allowed; `blocked` characters are never used. */
  findAll(s: Stream, blocked?: Uint8Array): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    const n = s.chars.length;
    for (let p = 0; p < n; p++) {
      if (blocked?.[p]) continue;
      const t0 = s.tok[p]!;
      const atTokStart = s.tokStart[t0] === p;
      const t0Script = s.tokens[t0]!.script;
      if (!atTokStart && t0Script !== "hangul") continue;
      let node: Node<T> | undefined = this.root;
      for (let q = p; q < n && node; q++) {
        if (blocked?.[q]) break;
        node = node.next.get(s.chars[q]!);
        if (!node) break;
        const e = node.entry;
        if (e && accept(s, p, q + 1, e, atTokStart, this.singleInside)) out.push({ start: p, end: q + 1, payloads: e.payloads, key: e.key });
      }
    }
    return out;
  }
}

function accept<T>(s: Stream, start: number, end: number, e: Entry<T>, atTokStart: boolean, singleInside: boolean): boolean {
  const firstTok = s.tok[start]!;
  const lastTok = s.tok[end - 1]!;
  const atTokEnd = s.tokStart[lastTok + 1] === end;
  if (e.first !== "hangul" && !atTokStart) return false;
  if (e.last !== "hangul" && !atTokEnd) return false;
  const len = end - start;
  const spanned = lastTok - firstTok + 1;
  // Spacing may differ from the menu's ("cheese cake", "카페 라테"), but short phrases
  // must be spaced as written: "아 아니다" is not "아아", "to go" is not "togo".
  const minFree = e.first === "hangul" ? 3 : 5;
  if (!e.tokens.includes(spanned) && len < minFree) return false;
  if (len <= 1 && !atTokStart && !singleInside) return false;
  return true;
}
