// Requests to staff that are no order (the twelfth Korean red team, answered alone and wrong):
// - a thing handed out for free, asked for with a count: "잔 하나 더 주세요", "소주 한 병 참이슬로
//   잔은 두 개 주세요", "수저 따로 하나 더 주세요", "봉지 하나 더요", "can I get two extra cups".
//   잔, 컵, 그릇, 접시, 봉지 are also counters; said with no number before them the counter was
//   dropped and "하나 더" made one more of the line in hand (a second soju, a fourth hotteok).
//   The thing said as what is asked for (at the start, after a count or a name closed with 로,
//   or with 은/는/도), its count and the request are words that order nothing; said alone, the
//   kiosk points to staff (planner.ts). Said right after an item's name ("라면 그릇 하나 더"),
//   it is a guess, with nothing ordered in the best reading; glued to one ("소주잔", but also
//   "순한컵" where the menu may name a cup ramen so) a guess read as before. Not asked for at
//   all, a counter says nothing, as before ("큰 잔으로"). A thing the menu sells (a bag, "봉투
//   두 장이요") is the menu's word and an order: held-out customers bought it so.
// - how the bill is paid: "계산은 따로 할게요", "따로 계산해 주세요" where 따로 is also the sauce
//   "on the side": beside a word of paying, 따로 / 같이 is said of the bill, not an option.
// - more of a side asked for: "김치 좀 더 주세요" where 김치 names only a choice (the kimchi
//   dumpling's kind), not an item: a free refill, or that choice? A guess, nothing ordered. So
//   too a word nobody knows, "국물 좀 더 주세요".
import type { MenuModel } from "../../../../shared/menu/model.ts";
import type { Atom } from "./scan.ts";
import { asFiller } from "./atom-forms.ts";
import { KO_COUNTERS } from "./numbers.ts";
import { asUnknown, wordOf } from "./talk-segments.ts";
import { AMENITIES, AMENITIES_IN_THE_LEXICON_KO, AMENITY_COUNT_EN, APART_KO, GIVE_KO, OPTION_CONTAINERS_EN, PAYMENT_KO } from "./talk-words.ts";

const KO_ENDINGS = /(?:은요|는요|이요|으로|은|는|도|이|가|을|를|요|로|만)$/;
const COUNTED = /\d|^(?:한|두|세|네|다섯|여섯)\s/;
const AMENITY_WORDS: ReadonlySet<string> = new Set([...AMENITIES.ko, ...AMENITIES.en]);
/** 수저: read as one word by the language lexicon, and no counter. */
const LEXICON_THINGS_NOT_COUNTERS: ReadonlySet<string> = new Set(AMENITIES_IN_THE_LEXICON_KO.filter((w) => !KO_COUNTERS.includes(w)));

const kwOf = (a: Atom | undefined, k: string) => a?.kind === "kw" && (a.keywords as string[]).includes(k);
const isAmenityKw = (a: Atom | undefined) => kwOf(a, "amenity");
/** A thing handed out: a word of the language lexicon (잔, 수저), or one nobody knows (물티슈, napkins). */
const isAmenity = (a: Atom | undefined) => isAmenityKw(a) || (a?.kind === "unknown" && AMENITY_WORDS.has(bareWord(a)));
const bareWord = (a: Atom) => {
  const w = wordOf(a);
  return AMENITY_WORDS.has(w) ? w : w.replace(KO_ENDINGS, "");
};
const ends = (a: Atom | undefined) => !a || (a.kind === "sep" && a.why === "punct");
/** A request to give ("주세요", "주실 수 있어요", "부탁해요"), not to make ("해 주세요"). */
const gives = (a: Atom | undefined) => kwOf(a, "request") && GIVE_KO.test(a!.text.trim());

/** Korean: things asked for, the bill split, a side asked more of. */
export function requestsToStaffKo(atoms: Atom[], menu: MenuModel): Atom[] {
  if (!atoms.some((a) => isAmenity(a) || a.kind === "menu" || a.kind === "unknown" || PAYMENT_KO.test(a.text.trim()))) return atoms;
  return refillsAsked(billSplit(amenitiesAskedKo(atoms)), menu);
}

function amenitiesAskedKo(atoms: Atom[]): Atom[] {
  let out = atoms;
  const drop = new Set<number>();
  for (let i = 0; i < out.length; i++) {
    const a = out[i]!;
    if (!isAmenity(a)) continue;
    const prev = out[i - 1];
    // "소주잔 두 개 더", "순한컵 하나요": a counter glued to an item's name, the glass or the item
    // the menu may name so? A guess, read as before.
    const glued = isAmenityKw(a) && prev?.kind === "menu" && prev.tok1 === a.tok0;
    const to = requestAfter(out, i);
    if (glued) {
      drop.add(i);
      if (to !== undefined) out = replaced(out, i - 1, { ...prev, flags: { ...prev.flags, guessed: true } });
      continue;
    }
    if (to === undefined) {
      // Not asked for: a counter says nothing more ("큰 잔으로"); 수저 is not understood.
      // (A word nobody knows stays so.)
      if (isAmenityKw(a) && !LEXICON_THINGS_NOT_COUNTERS.has(bareWord(a))) drop.add(i);
      else if (isAmenityKw(a)) out = replaced(out, i, asUnknown(a));
      continue;
    }
    const before = out[i - 1];
    const subject = ((a.kind === "kw" || a.kind === "unknown") && (a.flags.topic || a.flags.also)) || !before || before.kind === "sep" || before.kind === "num" || before.kind === "unknown" || (before.kind === "kw" && !isAmenityKw(before)) || (before.kind === "menu" && (before.flags.dir || before.flags.end));
    out = out.map((x, k) => (k < i || k > to ? x : k === i ? (subject ? askedOfStaff(x) : asUnknown(x)) : asFiller(x)));
    i = to;
  }
  return drop.size ? out.filter((_, k) => !drop.has(k)) : out;
}

/** The last atom of "하나 더 주세요", "두 개요", "따로 하나만 더": a count or 더 then a request or the end. */
function requestAfter(atoms: readonly Atom[], i: number): number | undefined {
  let counted = false;
  let k = i + 1;
  for (; k < atoms.length; k++) {
    const x = atoms[k]!;
    if (x.kind === "num" && !x.article) counted = true;
    else if (kwOf(x, "more")) counted = true;
    else if (!(kwOf(x, "filler") || (x.kind === "menu" && APART_KO.test(wordOf(x))))) break;
  }
  if (gives(atoms[k])) return k;
  return counted && ends(atoms[k]) ? k - 1 : undefined;
}

/** "계산은 따로 할게요", "따로 계산해 주세요": 따로 / 같이 beside a word of paying, and the verb after. */
function billSplit(atoms: Atom[]): Atom[] {
  const at = new Set<number>();
  atoms.forEach((a, i) => {
    if (a.kind === "menu" || !PAYMENT_KO.test(a.text.trim())) return;
    const apart = [i - 1, i + 1].find((k) => {
      const x = atoms[k];
      return x && x.kind !== "sep" && x.kind !== "num" && APART_KO.test(x.text.trim().replace(/요$/, ""));
    });
    if (apart === undefined) return;
    at.add(i).add(apart);
    // ("따로따로": read as two 따로.)
    let last = Math.max(i, apart);
    while (last + 1 < atoms.length && atoms[last + 1]!.kind !== "sep" && APART_KO.test(atoms[last + 1]!.text.trim().replace(/요$/, ""))) at.add(++last);
    const verb = atoms[last + 1];
    if (verb?.kind === "kw" && verb.keywords.some((w) => w === "request" || w === "checkout")) at.add(last + 1);
  });
  return at.size ? atoms.map((a, i) => (at.has(i) ? asFiller(a) : a)) : atoms;
}

/** "김치 좀 더 주세요" where 김치 names only choices: a refill asked for, or the choice? */
function refillsAsked(atoms: Atom[], menu: MenuModel): Atom[] {
  let out = atoms;
  atoms.forEach((a, i) => {
    // "국물 좀 더 주세요": a word nobody knows asked more of is that thing, not one more of the
    // line in hand (it was read so once "주세요" stopped being a name); still a guess.
    if (a.kind === "unknown" && !COUNTED.test(a.text.trim()) && atoms[i - 1]?.kind !== "num") {
      let k = i + 1;
      while (kwOf(atoms[k], "filler")) k++;
      if (kwOf(atoms[k], "more") && gives(atoms[k + 1])) out = out.map((x, j) => (j <= i || j > k + 1 ? x : asFiller(x)));
      return;
    }
    // (Not a measure, "한 병 더 주세요", "두 병 더": one more bottle.)
    if (a.kind !== "menu" || !a.refs.length || !a.refs.every((r) => r.kind === "choice") || a.flags.dir || COUNTED.test(a.text.trim()) || atoms[i - 1]?.kind === "num") return;
    if (!a.refs.every((r) => r.kind === "choice" && menu.groups.get(r.group)?.select === "one")) return;
    let k = i + 1;
    while (kwOf(atoms[k], "filler")) k++;
    if (!kwOf(atoms[k], "more") || !gives(atoms[k + 1])) return;
    out = out.map((x, j) => (j < i || j > k + 1 ? x : j === i ? asUnknown(x) : asFiller(x)));
  });
  return out;
}

/** English: "can I get two extra cups", "a bag please", "some napkins too". */
export function requestsToStaffEn(atoms: Atom[]): Atom[] {
  if (!atoms.some((a) => isAmenity(a))) return atoms;
  let out = atoms;
  for (let i = 0; i < out.length; i++) {
    const a = out[i]!;
    if (!isAmenity(a)) continue;
    let from = i;
    while (from > 0 && countWordEn(out[from - 1]!)) from--;
    const opener = out[from - 1];
    const opens = ends(opener) || (opener?.kind === "sep") || kwOf(opener, "request");
    let to = i;
    while (to + 1 < out.length && (isAmenity(out[to + 1]) || ["filler", "also", "request"].some((k) => kwOf(out[to + 1], k)))) to++;
    if (!opens || !ends(out[to + 1])) continue;
    // ("extra mint chutney, two cups": a count of the option just said, in its container,
    // count-said-after.ts; said of option words, never a thing asked of staff for sure.)
    if (opener?.kind === "sep" && opener.mark === "," && afterOptionWords(out[from - 2]) && i === from + 1 && out[from]!.kind === "num" && OPTION_CONTAINERS_EN.test(wordOf(a))) continue;
    const first = kwOf(opener, "request") ? from - 1 : from;
    out = out.map((x, k) => (k < first || k > to ? x : k === i ? askedOfStaff(x) : asFiller(x)));
    i = to;
  }
  return out;
}

/** Menu words that name options only, no item ("extra mint chutney"). */
const afterOptionWords = (a: Atom | undefined) => a?.kind === "menu" && a.refs.length > 0 && a.refs.every((r) => r.kind === "group" || r.kind === "choice");

/** "two", "a", "extra", "more", "some": words of how many before the thing. */
const countWordEn = (a: Atom) => (a.kind === "num") || kwOf(a, "more") || kwOf(a, "add") || (a.kind !== "menu" && AMENITY_COUNT_EN.test(wordOf(a)));

/** The thing asked for, read as a word that orders nothing, marked so a turn of nothing else is answered (planner.ts). */
const askedOfStaff = (a: Atom): Atom => ({ start: a.start, end: a.end, tok0: a.tok0, tok1: a.tok1, text: a.text, kind: "kw", keywords: ["filler"], flags: { askedOfStaff: true } });

const replaced = (atoms: Atom[], i: number, a: Atom) => atoms.map((x, k) => (k === i ? a : x));
