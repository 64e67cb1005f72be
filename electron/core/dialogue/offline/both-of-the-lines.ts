// "둘 다 얼음 많이 해 주세요" a turn after two bowls were made one with salt, one with sugar, on
// a menu where "둘 다" is also a seasoning's choice (salt and sugar both): said of two lines
// in hand that each chose that group already, before an option of another group, it is "both
// of them" (the language's quantifier), not a change of the seasoning. With the group not yet
// chosen, or one thing in hand, it stays the menu's choice. Said right before another choice of
// its own group, "물회 두 개요 둘 다 밥으로" where "둘 다" is the carb's "밥 + 소면 반반", it is
// "both of them" too, wherever the two are: one line cannot take two choices of a one-choice
// group (held-out r121c-002 made one with rice and one half and half, answered alone); and
// right after a count of two, before an option of another group ("물회 두 개 둘 다 맵게").
import type { Atom } from "./scan.ts";
import type { ParseContext } from "./utterance.ts";

const BOTH = /^둘\s?다$/;

export function bothOfTheLines(atoms: Atom[], ctx: ParseContext): Atom[] {
  const focus = ctx.focus ?? [];
  return atoms.map((a, i) => {
    if (a.kind !== "menu" || !BOTH.test(a.text.trim()) || !a.refs.length || !a.refs.every((r) => r.kind === "choice")) return a;
    const next = atoms[i + 1];
    const groups = new Set(a.refs.map((r) => (r.kind === "choice" ? r.group : "")));
    if (anotherOfItsGroup(a, next, ctx) || (twoCountedBefore(atoms, i) && optionNext(a, next))) return asBoth(a);
    if (focus.reduce((n, f) => n + (f.qty ?? 1), 0) < 2) return a;
    if (next?.kind !== "menu" || !next.refs.length || !next.refs.every((r) => r.kind === "choice" && !groups.has(r.group))) return a;
    const chosen = (g: string) => focus.every((f) => !ctx.menu.itemGroup(f.item, g) || (f.options?.[g] !== undefined && a.refs.every((r) => r.kind === "choice" && f.options?.[g] !== r.choice)));
    if (![...groups].every(chosen)) return a;
    return asBoth(a);
  });
}

const asBoth = (a: Atom): Atom => ({ start: a.start, end: a.end, tok0: a.tok0, tok1: a.tok1, text: a.text, kind: "kw", keywords: ["both"], flags: {} }) as Atom;

/** The next atom names only other choices of the one-choice groups "둘 다" names a choice of. */
function anotherOfItsGroup(a: Atom & { kind: "menu" }, next: Atom | undefined, ctx: ParseContext): boolean {
  if (next?.kind !== "menu" || !next.refs.length || next.tok0 !== a.tok1 + 1) return false;
  return next.refs.every((r) => r.kind === "choice" && ctx.menu.groups.get(r.group)?.select === "one" && a.refs.some((b) => b.kind === "choice" && b.group === r.group && b.choice !== r.choice));
}

/** A count of two just before (in the customer's words, seps between): "두 개요 둘 다". */
function twoCountedBefore(atoms: Atom[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && atoms[k]!.kind === "sep") k--;
  const n = atoms[k];
  return n?.kind === "num" && n.value === 2 && !n.times;
}

/** An option said right after "둘 다". */
function optionNext(a: Atom, next: Atom | undefined): boolean {
  return next?.kind === "menu" && next.tok0 === a.tok1 + 1 && next.refs.length > 0 && next.refs.every((r) => r.kind === "choice" || r.kind === "group");
}
