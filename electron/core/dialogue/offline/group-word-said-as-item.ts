// "국물은 빨간 걸로 어묵탕 대자 하나요", "모둠어묵 하나 국물 칼칼하게요": 국물 names an item sold
// alone (the broth refill) and is also the word of an option group's name ("국물 맛") that
// another item named in the turn has. Said right before a choice of that group, with no count
// of its own, it heads the choice ("the broth, the red one"), not a second thing ordered.
// Korean; English "ube ice cream" after "with" is group-heading-word.ts.
import type { MenuModel } from "../../../../shared/menu/model.ts";
import type { Atom } from "./scan.ts";
import { keyOf, keyWithoutParticle } from "./name-forms.ts";

type MenuAtom = Atom & { kind: "menu" };
const isMenu = (a: Atom | undefined): a is MenuAtom => a?.kind === "menu";

export function groupWordSaidAsItem(atoms: Atom[], menu: MenuModel): Atom[] {
  const headed = new Map<Atom, string>();
  const read = atoms.map((a, i) => {
    const named = isMenu(a) && !a.fuzzy ? a.refs.flatMap((r) => (r.kind === "item" ? [r.item] : [])) : [];
    if (!isMenu(a) || named.length !== 1 || a.refs.some((r) => r.kind === "category")) return a;
    const item = named[0]!;
    const choice = atoms[i + 1];
    if (!isMenu(choice) || !choice.refs.some((r) => r.kind === "choice") || atoms[i + 2]?.kind === "num") return a;
    const word = keyWithoutParticle(a.text);
    const others = atoms.flatMap((x) => (isMenu(x) && x !== a ? x.refs.flatMap((r) => (r.kind === "item" && r.item !== item ? [r.item] : [])) : []));
    const heads = new Set(choice.refs.flatMap((r) => (r.kind === "choice" && !menu.itemGroup(item, r.group) && others.some((o) => menu.itemGroup(o, r.group)) && Object.values(menu.groups.get(r.group)?.name ?? {}).some((n) => n.split(/\s+/).some((w) => keyOf(w) === word)) ? [r.group] : [])));
    if (heads.size !== 1) return a;
    headed.set(choice, [...heads][0]!);
    return { start: a.start, end: a.end, tok0: a.tok0, tok1: a.tok1, text: a.text, kind: "kw", keywords: ["filler"], flags: {} } as Atom;
  });
  // (The choice headed so is that group's: "빨간" is then no piece of "빨간 오뎅".)
  return headed.size ? read.map((a) => (isMenu(a) && headed.has(a) ? { ...a, refs: a.refs.filter((r) => r.kind === "choice" && r.group === headed.get(a)) } : a)) : read;
}
