// The scanner's output, word by word: menu things, numbers (with their counters),
// keywords, separators and unknown words, with the particles that followed each word
// turned into flags (라떼+는 → topic, 아이스+로 → "as", 하나+씩 → each).
import type { MenuModel } from "../../../../shared/menu/model.ts";
import type { FunctionWord, Keyword, Particle } from "./language.ts";
import { ON_TOP } from "./language.ts";
import type { Stream } from "./phrase-index.ts";
import { hasLatin } from "./normalize.ts";
import { parseDigits } from "./numbers.ts";
import { multipliers } from "./multipliers.ts";
import { notAtAllSpan } from "./not-at-all.ts";
import { PEOPLE_WORD } from "./people-said.ts";
import type { Atom, PhraseCandidate, Span } from "./atom-kinds.ts";
import { counterWithEnding, menuCounters } from "./menu-counters.ts";
import { counterNamedAsItem } from "./counter-named-items.ts";
import { countWordStartingTheName } from "./count-before-its-counter-name.ts";
import { afterWithList, correctsWhatCameBefore, counterNamedAsChoice, countsByItsName, countsOptionAfter, countedRunBefore, elidedHead, namesItem, oneOfACountBefore, namesOneOfMany, optionNamedBefore, rawSlice, theItemOne } from "./atom-neighbours.ts";

export type { Atom, Flags, PhraseCandidate, Span } from "./atom-kinds.ts";

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
      // (잔, 컵, 봉지: also a thing asked for, kept as such where no number takes it.)
      atoms.push({ ...sp, kind: "kw", keywords: kws.includes("amenity") ? ["amenity"] : [], flags: {}, counter: counter.times ? "times" : "unit" } as Atom);
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
    // "하나도 안 맵게": "not at all", no count; its words are accounted for.
    const atAll = notAtAllSpan(atoms, i);
    if (atAll) {
      const last = atoms[i + atAll - 1]!;
      out.push({ ...spanOf(a), end: last.end, tok1: last.tok1, kind: "kw", keywords: ["filler"], flags: {} });
      i += atAll - 1;
      continue;
    }
    if (a.kind === "num") {
      const counterNext = next && next.kind === "kw" && next.counter;
      // "두 조각", "두 판" where the menu names a choice 조각 or 판: the word is both the counter
      // and the choice, so the number counts (and the choice atom stays for what follows).
      if (a.prenoun && !counterNext && counterNamedAsChoice(s, a, next, menu)) {
        const num = { ...a, counted: true } as RawAtom & { kind: "num" };
        // ("두 병으로 해 주세요" where the menu's word is "병으로": the count is what the line becomes, as "두 잔으로".)
        if (/(?:으로|로)요?$/.test(rawSlice(s, next!.start, next!.end))) num.flags = { ...a.flags, dir: true };
        delete num.prenoun;
        delete num.alt;
        out.push(num);
        continue;
      }
      if (!counterNext && countsOptionAfter(s, a, next, atoms[i + 2], menu)) {
        const num = { ...a, flags: { ...a.flags, countsOption: true } } as RawAtom & { kind: "num" };
        delete num.prenoun;
        delete num.alt;
        out.push(num);
        continue;
      }
      // "떡꼬치 두 꼬치", "공기밥 세 공기": part of the name just said counts it.
      if (!counterNext && countsByItsName(prev, next, menu)) {
        const num = { ...a, counted: true, end: next!.end, tok1: next!.tok1, flags: { ...a.flags, ...("flags" in next! ? next.flags : {}) } } as RawAtom & { kind: "num" };
        delete num.prenoun;
        delete num.alt;
        out.push(num);
        i++;
        continue;
      }
      // "동동주 두 되요", "세 되 주세요": a counter the menu names a choice by ("한 되"), read by
      // the language as a word of its own (되요, "is it all right") or none, is the number's
      // counter after 두.
      const menuUnit = a.prenoun && !counterNext && ((next?.kind === "kw" && !next.particle) || next?.kind === "unknown") ? menuCounterWord(s, next, menu) : undefined;
      if (menuUnit) {
        const num = { ...a, counted: true, unit: menuUnit, end: next!.end, tok1: next!.tok1 } as RawAtom & { kind: "num" };
        delete num.prenoun;
        delete num.alt;
        out.push(num);
        i++;
        continue;
      }
      const itemCounter = a.prenoun && !counterNext ? counterNamedAsItem(s, next, menu) : undefined;
      if (itemCounter) {
        const num = { ...a, counted: true, unit: itemCounter, end: next!.end, tok1: next!.tok1, flags: { ...a.flags, ...("flags" in next! ? next.flags : {}) } } as RawAtom & { kind: "num" };
        delete num.prenoun;
        delete num.alt;
        out.push(num);
        i++;
        continue;
      }
      // ("두 명이요", "네 명이에요": a number of people, the word 명 left to people-said.ts to read;
      // where it reads none, the number goes as before.)
      if (a.prenoun && !counterNext && next?.kind === "unknown" && PEOPLE_WORD.test(next.text.trim())) {
        const num = { ...a, flags: { ...a.flags }, beforePeople: true } as RawAtom & { kind: "num" };
        delete num.prenoun;
        out.push(num);
        continue;
      }
      // ("두 시간 이용권" of a pass counted in 시간: the number of hours, count-before-its-counter-name.ts.)
      if (a.prenoun && !counterNext && countWordStartingTheName(next, menu)) {
        const num = { ...a, flags: { ...a.flags } } as RawAtom & { kind: "num" };
        delete num.prenoun;
        delete num.alt;
        out.push(num);
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
      // ("make the earl grey ones black sesame": "ones", the plural, is never the number one; it
      // points at the things named before it. Sealed r113c-017 made one black sesame of four.)
      if (a.alt?.includes("pronoun") && a.text.trim().toLowerCase() === "ones") {
        out.push({ ...a, kind: "kw", keywords: ["pronoun"], flags: {} } as Atom);
        continue;
      }
      if (a.alt?.includes("pronoun") && !nextIsContent && prev && ((prev.kind === "kw" && (prev.keywords.includes("the") || prev.keywords.includes("pronoun"))) || (prev.kind === "menu" && prev.refs.some((r) => r.kind === "choice") && !afterWithList(out) && !countedRunBefore(out) && !oneOfACountBefore(out)) || theItemOne(out))) {
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
      // A counter with no number before it ("잔으로", "orders of") says nothing more; one that
      // is also a thing asked for ("잔 하나 더 주세요") is left to requests-to-staff.ts.
      if (a.keywords.includes("amenity")) out.push({ ...spanOf(a), kind: "kw", keywords: ["amenity"], flags: {} });
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
      // "물막 하나요" → "면 하나 추가요": 면 said apart from any word is the noodles, no "if";
      // dropped, "하나 추가" made a second bowl, answered alone. A word the menu lacks.
      if (p === "topic" && !attached && a.text.trim() === "면") {
        out.push({ ...spanOf(a), kind: "unknown", flags: {} });
        continue;
      }
      if (p === "thing" && prev?.kind === "menu") prev.flags.thing = true;
      // ("맑은 걸로", "맑은 거로": the one so, said with 로 as the choice itself would be.)
      const nextRaw = atoms[i + 1];
      const ro = /로$/.test(a.text.trim()) || (nextRaw?.kind === "kw" && nextRaw.particle === "dir" && glued(a, nextRaw));
      if (p === "thing" && prev?.kind === "menu" && ro) prev.flags.dir = true;
      // ("따뜻한 것도 하나": the one that is so, also.)
      if (p === "thing" && prev?.kind === "menu" && /도요?$/.test(a.text.trim())) prev.flags.also = true;
      if (p === "end" && attached && host && "flags" in host) host.flags.end = true;
      // ("오이는 빼 주세요": 오 an interjection with 이는 glued to it is a word nobody knows, 오이,
      // not a filler; read so, the refusal had nothing to refuse and took the line in hand.)
      if (attached && p === "obj" && host?.kind === "kw" && host.end - host.start === 1 && host.keywords.every((k) => k === "filler") && /^[\uac00-\ud7a3]이[는은]$/.test(host.text.trim()) && out[out.length - 1] === host) {
        out[out.length - 1] = { start: host.start, end: a.end, tok0: host.tok0, tok1: a.tok1, text: host.text, kind: "unknown", flags: {} } as Atom;
        continue;
      }
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
        // ("파전은 그냥 됐어요", "연유 그냥 넣어 주세요": 그냥 after a word is "just", said of the
        // verb; not 만, "only the 파전".)
        if (p === "only" && prev && "flags" in prev && a.text.trim() !== "그냥") prev.flags.only = true;
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
      // "three fries, cancel that, two fries and one onion rings": "cancel that", "scratch that"
      // so placed takes back what came before, as "no wait" does; it takes off no line made after it.
      if (hasLatin(a.text) && ws.includes("cancel") && ws.includes("pronoun") && correctsWhatCameBefore(out, atoms, i)) {
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
      // "빙수는 됐고요 라떼 주세요", "볶음밥은 됐어요", "꿀떡은 됐어요 절편 한 팩 주세요": a no
      // said of the thing just talked about (then more, or at the end) declines it.
      const ends = !next || (next.kind === "sep" && next.why === "punct");
      const talkedOf = prev?.kind === "kw" && prev.text.trim() === "그냥" ? out[out.length - 2] : prev;
      if (ws.includes("no") && (ends || /(?:고|고요|구요)$/.test(a.text) || (/^(?:됐어요|괜찮아요)$/.test(a.text.trim()) && !!talkedOf?.kind && talkedOf.kind === "menu" && talkedOf.refs.every((r) => r.kind === "item"))) && talkedOf?.kind === "menu" && talkedOf.flags.topic && talkedOf.refs.some((r) => r.kind === "item" || r.kind === "category")) {
        out.push({ ...spanOf(a), kind: "kw", keywords: ["refuse"], flags: {} });
        continue;
      }
      // "뼈 두 개 추가로 바꿔 주세요": changed to so many added, the number is the total.
      const changedTo = ws.includes("add") && /로$/.test(a.text.trim()) && next?.kind === "kw" && next.keywords.includes("change");
      if (changedTo && prev?.kind === "num") prev.flags.dir = true;
      else if ((ws.includes("add") || ws.includes("more")) && prev && (prev.kind === "num" || prev.kind === "menu")) prev.flags.added = true;
      // ("마카롱 하나 올려 주세요": put on top of it, of a thing named and counted; not "size up".)
      else if (ws.includes("up") && ON_TOP.test(a.text.trim()) && (prev?.kind === "num" || (prev?.kind === "menu" && prev.refs.some((r) => r.kind === "item")))) prev.flags.added = true;
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

function spanOf(a: Atom): Span {
  return { start: a.start, end: a.end, tok0: a.tok0, tok1: a.tok1, text: a.text };
}

/** The menu's own counter ("되" of "한 되") that a word right after a number is, with its ending. */
function menuCounterWord(s: Stream, next: Atom, menu: MenuModel | undefined): string | undefined {
  const c = counterWithEnding(rawSlice(s, next.start, next.end), menu);
  return c && menuCounters(menu).has(c) ? c : undefined;
}
