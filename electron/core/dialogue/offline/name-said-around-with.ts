// "a large tilapia with banku" of "Banku & Tilapia": the item's name said in two pieces around
// "with" (a size between) is the item, not the item with one more of the counted add-on the
// second piece also names ("Extra banku"). Sealed r94a-006 added an extra banku ball, alone.
// Only where the piece after "with" completes one of the item's names that the piece before
// does not already hold: "banku and tilapia with banku" still asks for more banku.
import type { MenuModel } from "../../../../shared/menu/model.ts";
import type { Atom } from "./scan.ts";
import { spokenNames, wordsOf } from "./name-forms.ts";

const LINKS = new Set(["and", "with", "&", "n"]);
const contentWords = (text: string) => wordsOf(text).filter((w) => !LINKS.has(w));

/** Whether the words said before and after a link make up the name `n` (its words, in any order), which the first piece alone does not. */
export function piecesMakeUp(n: readonly string[], before: readonly string[], after: readonly string[]): boolean {
  const both = new Set([...before, ...after]);
  return n.length === both.size && n.every((x) => both.has(x)) && !n.every((x) => before.includes(x));
}

export function nameSaidAroundWith(atoms: Atom[], menu: MenuModel): Atom[] {
  let out: Atom[] | undefined;
  for (let i = 0; i + 2 < atoms.length; i++) {
    const a = atoms[i]!;
    const w = atoms[i + 1]!;
    const b = atoms[i + 2]!;
    if (a.kind !== "menu" || a.fuzzy || w.kind !== "kw" || !w.keywords.includes("with") || b.kind !== "menu" || b.fuzzy) continue;
    const items = [...new Set(a.refs.flatMap((r) => (r.kind === "item" && !r.partial ? [r.item] : [])))];
    if (items.length !== 1) continue;
    const item = items[0]!;
    if (!b.refs.some((r) => r.kind === "item" && r.item === item)) continue;
    const before = contentWords(a.text);
    const after = contentWords(b.text);
    const names = spokenNames(menu.item(item)).map(contentWords);
    if (!names.some((n) => piecesMakeUp(n, before, after))) continue;
    out ??= [...atoms];
    const filler = (x: Atom): Atom => ({ start: x.start, end: x.end, tok0: x.tok0, tok1: x.tok1, text: x.text, kind: "kw", keywords: ["filler"], flags: {} }) as Atom;
    out.splice(out.indexOf(w), 2, filler(w), filler(b));
  }
  return out ?? atoms;
}
