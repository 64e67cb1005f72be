// "and upsize it", "can you size it down": a step of the size of the line in hand, said
// with no group named (the word holds "size"). The size is the line's one-choice group
// whose name says "size" ("Combo size", "Size"); where the item has none, or several,
// nothing is read into the word.
import type { MenuModel } from "../../../../shared/menu/model.ts";
import type { Atom } from "./scan.ts";
import type { ParseContext } from "./utterance.ts";

/** English: a size-step word alone becomes the step of the size group of the line in focus. */
export function sizeStepOfTheLine(atoms: Atom[], ctx: ParseContext): Atom[] {
  if (atoms.some((a) => a.kind === "menu" && a.refs.some((r) => r.kind === "item" || r.kind === "group"))) return atoms;
  const f = ctx.focus?.[ctx.focus.length - 1];
  const group = f ? sizeGroupOf(ctx.menu, f.item) : undefined;
  if (!group) return atoms;
  return atoms.map((a) => {
    if (a.kind !== "kw" || !/size/i.test(a.text)) return a;
    const step = a.keywords.includes("up") ? 1 : a.keywords.includes("down") ? -1 : 0;
    if (!step) return a;
    return { ...a, kind: "menu", refs: [{ kind: "group", group, add: false }], fuzzy: false, partial: false, flags: {}, step } as Atom;
  });
}

function sizeGroupOf(menu: MenuModel, item: string): string | undefined {
  const sizes = menu.itemGroups(item).filter((g) => g.select === "one" && Object.values(menu.groups.get(g.id)?.name ?? {}).some((n) => /\bsize\b/i.test(n)));
  return sizes.length === 1 ? sizes[0]!.id : undefined;
}
