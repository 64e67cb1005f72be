// "둘 다 얼음 많이 해 주세요" a turn after two bowls were made one with salt, one with sugar, on
// a menu where "둘 다" is also a seasoning's choice (salt and sugar both): said of two lines
// in hand that each chose that group already, before an option of another group, it is "both
// of them" (the language's quantifier), not a change of the seasoning. With the group not yet
// chosen, or one thing in hand, it stays the menu's choice.
import type { Atom } from "./scan.ts";
import type { ParseContext } from "./utterance.ts";

const BOTH = /^둘\s?다$/;

export function bothOfTheLines(atoms: Atom[], ctx: ParseContext): Atom[] {
  const focus = ctx.focus ?? [];
  if (focus.reduce((n, f) => n + (f.qty ?? 1), 0) < 2) return atoms;
  return atoms.map((a, i) => {
    if (a.kind !== "menu" || !BOTH.test(a.text.trim()) || !a.refs.length || !a.refs.every((r) => r.kind === "choice")) return a;
    const next = atoms[i + 1];
    const groups = new Set(a.refs.map((r) => (r.kind === "choice" ? r.group : "")));
    if (next?.kind !== "menu" || !next.refs.length || !next.refs.every((r) => r.kind === "choice" && !groups.has(r.group))) return a;
    const chosen = (g: string) => focus.every((f) => !ctx.menu.itemGroup(f.item, g) || (f.options?.[g] !== undefined && a.refs.every((r) => r.kind === "choice" && f.options?.[g] !== r.choice)));
    if (![...groups].every(chosen)) return a;
    return { start: a.start, end: a.end, tok0: a.tok0, tok1: a.tok1, text: a.text, kind: "kw", keywords: ["both"], flags: {} } as Atom;
  });
}
