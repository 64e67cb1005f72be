// "아 그냥 둘 다 취소할게요": 그냥 right after an interjection, before words that take things
// back, is "never mind", said of the order; not the plain choice a menu may also spell "그냥"
// (a rice ball "기본 주먹밥", alias 그냥). A choice said there would name nothing to cancel.
// So too "콜라는 그냥 빼 주세요": 그냥 right after an item that does not take its choice, before
// the words that take it off, is "just", said of that item (not the plain 백숙 refused). And
// "멸치볶음 두 개요 아 그냥 하나만 할게요": 그냥 after an interjection, before a count said with 만
// and only little words, is "just" too, where no item of the turn takes the choice (r101e-017:
// read as another item's plain choice, the count kept at two). Opening the turn before an item
// that does not take it, with words that take a thing off, "그냥 소주 취소하고 …", "just" as well.
import type { MenuModel } from "../../../../shared/menu/model.ts";
import type { Atom } from "./scan.ts";

const INTERJECTION = /^(?:아|어|앗|아차|아참|에이|음)$/;
const TAKING_BACK = new Set(["cancel", "no", "refuse", "remove", "both", "all", "later"]);
const TAKING_OFF = new Set(["cancel", "remove"]);

export function neverMindBeforeTakingBack(atoms: Atom[], menu: MenuModel): Atom[] {
  return atoms.map((a, i) => {
    if (a.kind !== "menu" || a.text.trim() !== "그냥" || !a.refs.length || !a.refs.every((r) => r.kind === "choice")) return a;
    const before = atoms[i - 1];
    const groups = a.refs.flatMap((r) => (r.kind === "choice" ? [r.group] : []));
    const itemNotTakingIt = before?.kind === "menu" && before.refs.length > 0 && before.refs.every((r) => r.kind === "item" && !groups.some((g) => menu.itemGroup(r.item, g)));
    // ("그냥 소주 취소하고 생맥 한 잔으로 할게요": opening the turn, before an item, where no item
    // of the turn takes the choice, "just": r110e-027 read it as the fries' plain and lost the beer.)
    const opens = i === 0 || (before?.kind === "kw" && (INTERJECTION.test(before.text.trim()) || before.keywords.every((k) => k === "filler")));
    const items = atoms.flatMap((x) => (x.kind === "menu" ? x.refs.flatMap((r) => (r.kind === "item" ? [r.item] : [])) : []));
    const next = atoms[i + 1];
    // (Only with words that take a thing off: "아 그냥 피처 하나로 바꿔 주세요" of three 500s, one of them or
    // all? stays the guess it was, r22d-021.)
    const takesOff = atoms.some((x) => x.kind === "kw" && x.keywords.some((k) => TAKING_OFF.has(k)));
    if (opens && takesOff && next?.kind === "menu" && next.refs.some((r) => r.kind === "item") && !items.some((it) => groups.some((g) => menu.itemGroup(it, g)))) return asFiller(a);
    // ("음 그냥 생초콜릿은 빼 주세요" of a 생초콜릿 whose packaging's plain box is "그냥": the item said
    // with 은/는 and then only the words that take it off; the plain choice refused would change
    // nothing. "just", held-out r118b-030, where the remove was lost.)
    if (opens && next?.kind === "menu" && next.flags.topic && next.refs.some((r) => r.kind === "item") && takenOffAlone(atoms.slice(i + 2))) return asFiller(a);
    if (!itemNotTakingIt && (before?.kind !== "kw" || !INTERJECTION.test(before.text.trim()))) return a;
    const rest = atoms.slice(i + 1);
    if (!itemNotTakingIt && justACount(atoms, rest, groups, menu)) return asFiller(a);
    // Only little words and taking back follow: nothing else was said that the choice could be of.
    // (After an item, words that take it off: "부추는 그냥 됐어요", no thanks or fine as it is, stays a guess.)
    const takingBack = itemNotTakingIt ? TAKING_OFF : TAKING_BACK;
    if (!rest.length || rest.some((x) => x.kind !== "kw") || !rest.some((x) => x.kind === "kw" && x.keywords.some((k) => takingBack.has(k)))) return a;
    return asFiller(a);
  });
}

const asFiller = (a: Atom): Atom => ({ start: a.start, end: a.end, tok0: a.tok0, tok1: a.tok1, text: a.text, kind: "kw", keywords: ["filler"], flags: {} }) as Atom;

/** Only little words after, one of them taking a thing off. */
function takenOffAlone(rest: readonly Atom[]): boolean {
  return rest.length > 0 && rest.every((x) => x.kind === "kw" || x.kind === "sep") && rest.some((x) => x.kind === "kw" && x.keywords.some((k) => TAKING_OFF.has(k)));
}

/** "그냥 하나만 할게요": a count said with 만, then only little words, and no item of the turn takes the choice. */
function justACount(atoms: readonly Atom[], rest: readonly Atom[], groups: readonly string[], menu: MenuModel): boolean {
  const [count, ...after] = rest;
  if (count?.kind !== "num" || !count.flags.only || !after.every((x) => x.kind === "kw")) return false;
  const items = atoms.flatMap((x) => (x.kind === "menu" ? x.refs.flatMap((r) => (r.kind === "item" ? [r.item] : [])) : []));
  return !items.some((it) => groups.some((g) => menu.itemGroup(it, g)));
}
