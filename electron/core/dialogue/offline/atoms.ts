// The scanner's output, word by word: menu things, numbers (with their counters),
// keywords, separators and unknown words, with the particles that followed each word
// turned into flags (라떼+는 → topic, 아이스+로 → "as", 하나+씩 → each).
import type { MenuModel } from "../../../../shared/menu/model.ts";
import type { FunctionWord, Keyword, Particle } from "./language.ts";
import type { MenuRef } from "./lexicon.ts";
import type { Stream } from "./phrase-index.ts";
import { hasLatin } from "./normalize.ts";
import { KO_COUNTERS, parseDigits } from "./numbers.ts";
import { multipliers } from "./multipliers.ts";

export interface Flags {
  topic?: boolean;
  dir?: boolean;
  loc?: boolean;
  only?: boolean;
  each?: boolean;
  also?: boolean;
  among?: boolean;
  /** 거/걸로 after it: "큰 걸로", "따뜻한 거" — the one that is so. */
  thing?: boolean;
  /** A sentence ending glued to it (덥네+요): said as a whole, not as part of the next name. */
  end?: boolean;
  /** Says the part before it is as the item comes ("하나는 빼고" of what only the other part has: line-parts.ts). */
  plain?: boolean;
  /** A number written against the word after it with no space ("2샷"). */
  tight?: boolean;
  /** Said after 안 ("안 썰어 주셔도 돼요"): the choice is not wanted (refusal.ts). */
  negated?: boolean;
  /** "맵기는 제일 맵게", "맵기 기본으로": the option's most, or its default (a count's, mods.ts). */
  level?: "max" | "min" | "default";
  /** An adding word follows it ("떡 두 개 더", "떡 추가"): more of it, not how many in all. */
  added?: boolean;
  /** 더 follows it ("하나만 더"): that many more, even said with 만. */
  more?: boolean;
  /** A number said right before an add-in after "with" ("with two tartar"): how many of it in all (add-in-counts.ts). */
  ofOption?: boolean;
  /** A count said of an add-in past its group's most ("with six tartar" where four is the most): not held (add-in-counts.ts). */
  unheldCount?: number;
}

export interface Span {
  start: number;
  end: number;
  /** First and last token index. */
  tok0: number;
  tok1: number;
  text: string;
}

export type Atom =
  | (Span & { kind: "menu"; refs: MenuRef[]; fuzzy: boolean; partial: boolean; flags: Flags })
  /** `unit`: the counter said with it ("판" of "두 판"), in the customer's letters. */
  | (Span & { kind: "num"; value: number; times: boolean; counted: boolean; article: boolean; flags: Flags; unit?: string })
  | (Span & { kind: "kw"; keywords: Keyword[]; flags: Flags })
  | (Span & { kind: "sep"; why: "punct" | "conj" | "sep" | "clause"; mark?: string })
  | (Span & { kind: "unknown"; flags: Flags });

/** A stretch of the utterance the scanner read as a menu phrase or as language. */
export interface PhraseCandidate {
  start: number;
  end: number;
  menu?: MenuRef[];
  fns?: FunctionWord[];
  fuzzy?: boolean;
}

export function buildAtoms(s: Stream, chosen: PhraseCandidate[], covered: Int32Array, unknowns: Array<{ start: number; end: number }>, menu?: MenuModel): Atom[] {
  const raw: Array<PhraseCandidate & { unknown?: boolean }> = chosen.filter((c) => c.start >= 0).map((c) => ({ ...c }));
  for (const u of unknowns) if (covered[u.start] === -1) raw.push({ ...u, unknown: true });
  // Digits and punctuation are atoms of their own.
  s.tokens.forEach((t, i) => {
    const a = s.tokStart[i]!;
    const b = s.tokStart[i + 1]!;
    if (t.script === "punct" || (t.script === "digit" && covered[a] === -1)) raw.push({ start: a, end: b, fns: [] });
  });
  raw.sort((x, y) => x.start - y.start);

  const atoms: Atom[] = [];
  const span = (c: { start: number; end: number }): Span => {
    const tok0 = s.tok[c.start]!;
    const tok1 = s.tok[Math.max(c.start, c.end - 1)]!;
    const text = tok0 === tok1 ? s.tokens[tok0]!.raw : s.tokens.slice(tok0, tok1 + 1).map((t) => t.raw).join(" ");
    return { start: c.start, end: c.end, tok0, tok1, text };
  };
  for (const c of raw) {
    const sp = span(c);
    const tok = s.tokens[sp.tok0]!;
    if (tok.script === "punct") {
      atoms.push({ ...sp, kind: "sep", why: "punct", mark: tok.raw });
      continue;
    }
    if (c.unknown) {
      atoms.push({ ...sp, text: rawSlice(s, c.start, c.end), kind: "unknown", flags: {} });
      continue;
    }
    if (c.menu) {
      const partial = c.menu.every((r) => "partial" in r && r.partial);
      atoms.push({ ...sp, kind: "menu", refs: c.menu, fuzzy: c.fuzzy === true, partial, flags: {} });
      continue;
    }
    if (tok.script === "digit" && c.fns?.length === 0) {
      const n = parseDigits(tok.raw);
      if (n !== undefined) atoms.push({ ...sp, kind: "num", value: n, times: false, counted: false, article: false, flags: {} });
      // "콜라 1.5" where no size is called 1.5: a number that is no count and names nothing
      // on the menu is not understood, not silently passed over.
      else atoms.push({ ...sp, text: rawSlice(s, c.start, c.end), kind: "unknown", flags: {} });
      continue;
    }
    const fns = c.fns ?? [];
    const num = fns.find((f): f is Extract<FunctionWord, { kind: "num" }> => f.kind === "num");
    const counter = fns.find((f): f is Extract<FunctionWord, { kind: "counter" }> => f.kind === "counter");
    const particle = fns.find((f): f is Extract<FunctionWord, { kind: "particle" }> => f.kind === "particle");
    const kws = fns.filter((f): f is Extract<FunctionWord, { kind: "kw" }> => f.kind === "kw").map((f) => f.keyword);
    if (num) {
      atoms.push({ ...sp, kind: "num", value: num.value, times: false, counted: false, article: /^an?$/.test(tok.raw) && sp.tok0 === sp.tok1, flags: {}, ...(num.prenoun ? { prenoun: true } : {}) } as Atom);
      if (kws.length) (atoms[atoms.length - 1] as Atom & { alt?: Keyword[] }).alt = kws;
      continue;
    }
    if (counter) {
      atoms.push({ ...sp, kind: "kw", keywords: [], flags: {}, counter: counter.times ? "times" : "unit" } as Atom);
      continue;
    }
    if (particle && kws.length === 0) {
      atoms.push({ ...sp, kind: "kw", keywords: [], flags: {}, particle: particle.particle } as Atom);
      continue;
    }
    atoms.push({ ...sp, kind: "kw", keywords: kws, flags: {}, ...(particle ? { particle: particle.particle } : {}) } as Atom);
  }
  return attachCountersAndParticles(s, atoms, menu);
}

type RawAtom = Atom & { prenoun?: boolean; alt?: Keyword[]; counter?: "times" | "unit"; particle?: Particle };

/** Numbers meet their counters, particles flag the word before them, keywords split phrases. */
function attachCountersAndParticles(s: Stream, input: Atom[], menu?: MenuModel): Atom[] {
  const atoms = multipliers(input as RawAtom[]);
  const out: Atom[] = [];
  const glued = (prev: Atom | undefined, cur: Atom) => {
    if (!prev || prev.end !== cur.start) return false;
    const t = s.tok[cur.start]!;
    return s.tokStart[t] !== cur.start || s.tokens[t]!.glued;
  };
  let pendingOnly = false;
  for (let i = 0; i < atoms.length; i++) {
    const a = atoms[i]!;
    const next = atoms[i + 1];
    const prev = out[out.length - 1];
    if (pendingOnly && (a.kind === "menu" || a.kind === "num" || a.kind === "unknown")) {
      a.flags.only = true;
      pendingOnly = false;
    }
    if (a.kind === "num") {
      const counterNext = next && next.kind === "kw" && next.counter;
      // "두 조각", "두 판" where the menu names a choice 조각 or 판: the word is both the counter
      // and the choice, so the number counts (and the choice atom stays for what follows).
      if (a.prenoun && !counterNext && counterNamedAsChoice(s, a, next)) {
        const num = { ...a, counted: true } as RawAtom & { kind: "num" };
        delete num.prenoun;
        delete num.alt;
        out.push(num);
        continue;
      }
      // "떡꼬치 두 꼬치", "공기밥 세 공기": part of the name just said counts it.
      if (!counterNext && countsByItsName(prev, next)) {
        const num = { ...a, counted: true, end: next!.end, tok1: next!.tok1, flags: { ...a.flags, ...("flags" in next! ? next.flags : {}) } } as RawAtom & { kind: "num" };
        delete num.prenoun;
        delete num.alt;
        out.push(num);
        i++;
        continue;
      }
      if (a.prenoun && !counterNext) {
        // 한/두/세 without a counter are not numbers; 네 on its own is "yes".
        if (a.alt?.length) out.push({ ...a, kind: "kw", keywords: a.alt, flags: {} } as Atom);
        continue;
      }
      const num = { ...a, flags: { ...a.flags } } as RawAtom & { kind: "num" };
      delete num.prenoun;
      delete num.alt;
      if (!counterNext && next && glued(a, next)) num.flags.tight = true;
      if (counterNext) {
        num.times = next.counter === "times";
        num.counted = true;
        num.unit = rawSlice(s, next.start, next.end);
        num.end = next.end;
        num.tok1 = next.tok1;
        i++;
      }
      // "the large one", "that one": a pronoun, not a number ("one small one large" has two numbers).
      // ("a chicken korma and a lamb one extra hot": after options an article opened, "one" is the
      // item left out even where its own options follow; "a large one small" counts nothing.)
      const optionsNext = next?.kind === "menu" && next.refs.every((r) => r.kind === "choice" || r.kind === "group") && elidedHead(out);
      const nextIsContent = next && (next.kind === "menu" || next.kind === "num") && !optionsNext;
      if (a.alt?.includes("pronoun") && !nextIsContent && prev && ((prev.kind === "kw" && (prev.keywords.includes("the") || prev.keywords.includes("pronoun"))) || (prev.kind === "menu" && prev.refs.some((r) => r.kind === "choice") && !afterWithList(out)) || theItemOne(out))) {
        // "a large one", "another caramel one": "one" stands for the item, a word of this
        // thing's own, not a pointer back at a line ordered ("the large one" is).
        out.push({ ...a, kind: "kw", keywords: [elidedHead(out) ? "filler" : "pronoun"], flags: {} } as Atom);
        continue;
      }
      out.push(num);
      continue;
    }
    const level = a.kind === "unknown" ? LEVEL_WORDS.get(a.text) : undefined;
    const named = level ? optionNamedBefore(out) : undefined;
    if (level && named) {
      // "맵기는 제일 약하게": the most of less is the least.
      named.flags.level = level === "max" && next && LESS.test(next.text) ? "min" : level;
      continue;
    }
    // "안 썰어 주셔도 돼요": 안 before a choice's word says not so; it refuses the choice.
    if (a.kind === "unknown" && a.text === "안" && next?.kind === "menu" && next.refs.length > 0 && next.refs.every((r) => r.kind === "choice")) {
      next.flags.negated = true;
      continue;
    }
    if (a.kind === "kw" && a.counter) {
      // A counter with no number before it ("잔으로", "orders of") says nothing more.
      continue;
    }
    if (a.kind === "kw" && a.particle && a.keywords.length === 0) {
      const p = a.particle;
      const host = prev && (prev.kind === "menu" || prev.kind === "num" || prev.kind === "unknown" || prev.kind === "kw") ? prev : undefined;
      const attached = host && (glued(host, a) || hasLatin(a.text));
      if (p === "conj") {
        out.push({ ...spanOf(a), kind: "sep", why: "conj" });
        continue;
      }
      if (p === "thing" && prev?.kind === "menu") prev.flags.thing = true;
      // ("따뜻한 것도 하나": the one that is so, also.)
      if (p === "thing" && prev?.kind === "menu" && /도요?$/.test(a.text.trim())) prev.flags.also = true;
      if (p === "end" && attached && host && "flags" in host) host.flags.end = true;
      if (attached && host && "flags" in host) {
        if (p === "topic") host.flags.topic = true;
        else if (p === "dir") host.flags.dir = true;
        else if (p === "loc") host.flags.loc = true;
        else if (p === "only") host.flags.only = true;
        else if (p === "each") host.flags.each = true;
        else if (p === "also") host.flags.also = true;
        else if (p === "among") host.flags.among = true;
      } else if (p === "only" || p === "each" || p === "among") {
        out.push({ ...spanOf(a), kind: "kw", keywords: [p === "only" ? "filler" : p === "each" ? "both" : "filler"], flags: p === "each" ? { each: true } : {} });
        if (p === "each" && prev && "flags" in prev) prev.flags.each = true;
        if (p === "among" && prev && "flags" in prev) prev.flags.among = true;
        if (p === "only" && prev && "flags" in prev) prev.flags.only = true;
      }
      continue;
    }
    if (a.kind === "kw" && a.particle === "only" && hasLatin(a.text)) {
      // English "just"/"only" come before what they limit: "just the lemonade". After
      // "with", before an option ("and a small with just anchovies"), it only says what is
      // on the thing: no correction of a line.
      const withBefore = prev?.kind === "kw" && prev.keywords.includes("with");
      pendingOnly = !(withBefore && next?.kind === "menu" && next.refs.every((r) => r.kind === "choice"));
      continue;
    }
    if (a.kind === "kw") {
      const ws = a.keywords;
      if (ws.includes("sep") && ws.every((w) => w === "sep" || w === "filler")) {
        out.push({ ...spanOf(a), kind: "sep", why: "sep" });
        continue;
      }
      if (ws.includes("clause") && ws.every((w) => w === "clause" || w === "filler")) {
        out.push({ ...spanOf(a), kind: "sep", why: "clause" });
        continue;
      }
      // "라면에": 에 glued to a noun is "to it", not the filler "에".
      if (a.particle === "loc" && ws.every((w) => w === "filler") && prev && prev.kind === "menu" && glued(prev, a)) {
        prev.flags.loc = true;
        continue;
      }
      if (a.particle === "only" && prev && "flags" in prev) prev.flags.only = true;
      if (a.particle === "each" && prev && "flags" in prev) prev.flags.each = true;
      if (a.particle === "conj") {
        out.push({ ...spanOf(a), kind: "sep", why: "conj" });
        continue;
      }
      // "a latte, no, a mocha", "a latte no a mocha": a bare "no" after something named and
      // before another thing counted takes the first back (a refusal names no count: "no onions").
      if (hasLatin(a.text) && /^(no|nope)$/i.test(a.text) && correctsWhatCameBefore(out, atoms, i)) {
        out.push({ ...spanOf(a), kind: "kw", keywords: ["correction"], flags: {} });
        continue;
      }
      // "wait no lemonade", "no no pie": a correction ending in "no" said right before an
      // item's name refuses that item ("no lemonade"); the words before "no" only pause. So
      // before one of several toppings or sauces ("wait no bbq, do ranch").
      if (hasLatin(a.text) && ws.includes("correction") && a.tok1 > a.tok0 && /\bno$/i.test(a.text) && (namesItem(next) || namesOneOfMany(next, menu))) {
        const noStart = s.tokStart[a.tok1]!;
        out.push({ start: a.start, end: noStart, tok0: a.tok0, tok1: a.tok1 - 1, text: a.text.replace(/\s*no$/i, ""), kind: "kw", keywords: ["correction"], flags: {} });
        out.push({ start: noStart, end: a.end, tok0: a.tok1, tok1: a.tok1, text: "no", kind: "kw", keywords: ["without", "no", "filler"], flags: {} });
        continue;
      }
      // "빙수는 됐고요 라떼 주세요", "볶음밥은 됐어요": a no said of the thing just talked about
      // (then more, or at the end) declines it.
      const ends = !next || (next.kind === "sep" && next.why === "punct");
      if (ws.includes("no") && (ends || /(?:고|고요|구요)$/.test(a.text)) && prev?.kind === "menu" && prev.flags.topic && prev.refs.some((r) => r.kind === "item" || r.kind === "category")) {
        out.push({ ...spanOf(a), kind: "kw", keywords: ["refuse"], flags: {} });
        continue;
      }
      if ((ws.includes("add") || ws.includes("more")) && prev && (prev.kind === "num" || prev.kind === "menu")) prev.flags.added = true;
      if (ws.includes("more") && prev?.kind === "num") prev.flags.more = true;
      out.push({ ...spanOf(a), kind: "kw", keywords: ws, flags: {} });
      continue;
    }
    out.push(a);
  }
  return out;
}

/** Words for an option's most or its default, said after the option's name. */
const LEVEL_WORDS = new Map<string, "max" | "min" | "default">([
  ...["제일", "젤", "가장", "최대", "최대로", "최고"].map((w) => [w, "max"] as const),
  ...["기본", "원래대로", "처음대로"].map((w) => [w, "default"] as const),
]);

/** Words of less ("약하게", "덜", "순하게", "적게", "안 맵게") after 제일/가장. */
const LESS = /^(?:약|덜|순|적|낮|연하|안)/;

/** The option group named just before (little words between): "맵기는 제일", "맵기 그냥 기본". */
function optionNamedBefore(out: Atom[]): (Atom & { kind: "menu" }) | undefined {
  for (let j = out.length - 1; j >= 0 && j >= out.length - 3; j--) {
    const x = out[j]!;
    if (x.kind === "kw" && x.keywords.every((w) => w === "filler")) continue;
    return x.kind === "menu" && x.refs.length > 0 && x.refs.every((r) => r.kind === "group") ? x : undefined;
  }
  return undefined;
}

/** The word after a number is the start or the end of the item's name said right before it (two syllables or more). */
function countsByItsName(prev: Atom | undefined, next: Atom | undefined): boolean {
  if (prev?.kind !== "menu" || !prev.refs.some((r) => r.kind === "item") || (next?.kind !== "menu" && next?.kind !== "unknown")) return false;
  if (next.kind === "menu" && next.refs.some((r) => (r.kind === "item" && !r.partial) || r.kind === "choice" || r.kind === "group")) return false;
  const name = prev.text.replace(/\s+/g, "");
  const w = next.text.replace(/\s+/g, "");
  return /^[\uac00-\ud7a3]{2,}$/.test(w) && w !== name && (name.startsWith(w) || name.endsWith(w));
}

/** Something named just before atoms[i], and a count (an article, a number) then an item after it. */
function correctsWhatCameBefore(out: readonly Atom[], atoms: readonly Atom[], i: number): boolean {
  const before = [...out].reverse().find((x) => x.kind !== "sep");
  if (before?.kind !== "menu") return false;
  let j = i + 1;
  while (atoms[j]?.kind === "sep" && (atoms[j] as Atom & { kind: "sep" }).why === "punct") j++;
  return atoms[j]?.kind === "num" && namesItem(atoms[j + 1]);
}

/** A choice of a group of which several are taken (toppings, sauces): a thing one can refuse. */
function namesOneOfMany(a: Atom | undefined, menu: MenuModel | undefined): boolean {
  return !!menu && a?.kind === "menu" && a.refs.every((r) => r.kind === "choice") && a.refs.some((r) => r.kind === "choice" && menu.groups.get(r.group)?.select === "many");
}

function namesItem(a: Atom | undefined): boolean {
  return a?.kind === "menu" && a.refs.some((r) => r.kind === "item");
}

/** A menu word right after a number that is a counter and names only choices ("조각" the unit). */
function counterNamedAsChoice(s: Stream, num: Atom, next: Atom | undefined): boolean {
  if (next?.kind !== "menu" || next.fuzzy || !next.refs.every((r) => r.kind === "choice")) return false;
  // ("두 조각", or glued "두조각": the choice's word right after the number, the rest of its token.)
  const glued = next.start === num.end && s.tok[next.start] === s.tok[num.end - 1];
  if (!glued && (s.tok[next.start]! !== s.tok[num.end - 1]! + 1 || s.tokStart[s.tok[next.start]!] !== next.start)) return false;
  return KO_COUNTERS.includes(rawSlice(s, next.start, next.end));
}

function spanOf(a: Atom): Span {
  return { start: a.start, end: a.end, tok0: a.tok0, tok1: a.tok1, text: a.text };
}

/** The customer's own letters for a compact range (Hangul folding keeps one letter per letter). */
function rawSlice(s: Stream, a: number, b: number): string {
  let out = "";
  for (let t = s.tok[a]!; t <= s.tok[b - 1]!; t++) {
    const tok = s.tokens[t]!;
    const t0 = s.tokStart[t]!;
    const from = Math.max(a, t0) - t0;
    const to = Math.min(b, s.tokStart[t + 1]!) - t0;
    const piece = tok.script === "hangul" ? [...tok.raw].slice(from, to).join("") : tok.raw;
    out += (out && !tok.glued && from === 0 ? " " : "") + piece;
  }
  return out;
}

/**
 * The options just before "one" follow "with" ("two lattes, one with oat one with almond"):
 * that "one" starts the next of them, it is a number; "a large one", "the oat one" are not.
 */
function afterWithList(out: readonly Atom[]): boolean {
  let j = out.length - 1;
  while (j >= 0 && out[j]!.kind === "menu") j--;
  const before = out[j];
  return before?.kind === "kw" && before.keywords.includes("with");
}

/** "the veggie one", "that latte one": an item named after "the"/"that", then "one", points back. */
function theItemOne(out: readonly Atom[]): boolean {
  const item = out[out.length - 1];
  const before = out[out.length - 2];
  return item?.kind === "menu" && item.refs.some((r) => r.kind === "item") && before?.kind === "kw" && (before.keywords.includes("the") || before.keywords.includes("pronoun"));
}

/**
 * The options just before "one" are opened by an article ("a large one"); not by a count
 * ("two larges one with pepperoni": that "one" starts one of the two).
 */
function elidedHead(out: readonly Atom[]): boolean {
  let j = out.length - 1;
  while (j >= 0 && out[j]!.kind === "menu" && (out[j] as Atom & { kind: "menu" }).refs.every((r) => r.kind === "choice")) j--;
  const opener = out[j];
  return j < out.length - 1 && opener?.kind === "num" && opener.article;
}
