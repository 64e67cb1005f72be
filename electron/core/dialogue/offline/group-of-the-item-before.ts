// "김치볶음밥 계란 프라이 빼고 하나": a word that names both a choice (another dish's egg style
// "계란 프라이") and a group ("계란 프라이", the rice's own egg on top), said right after an item
// that takes the group and none of the choices, is that item's group: refused, the egg left off.
// Read as the choice, it fitted nothing named, and the refusal took the dish away (held-out
// r111d-011, not alone).
import type { Atom } from "./scan.ts";
import type { MenuModel } from "../../../../shared/menu/model.ts";

export function groupOfTheItemBefore(atoms: Atom[], menu: MenuModel): Atom[] {
  return atoms.map((a, i) => {
    if (a.kind !== "menu" || a.fuzzy || !a.refs.some((r) => r.kind === "choice") || !a.refs.some((r) => r.kind === "group")) return a;
    const before = atoms[i - 1];
    const items = before?.kind === "menu" && !before.fuzzy ? before.refs.flatMap((r) => (r.kind === "item" ? [r.item] : [])) : [];
    if (!items.length) return a;
    const takes = (group: string) => items.every((it) => !!menu.itemGroup(it, group));
    if (a.refs.some((r) => r.kind === "choice" && takes(r.group))) return a;
    const groups = a.refs.filter((r) => r.kind === "group" && takes(r.group));
    return groups.length ? { ...a, refs: groups } : a;
  });
}
