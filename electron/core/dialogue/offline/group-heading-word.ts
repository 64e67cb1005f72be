// English "a root beer float with ube ice cream": after "with", the choices of the item
// before it and then a word that is the name of that choice's group ("Ice cream flavor")
// — though also the name of an item sold alone ("ice cream" for the cup) — is the group's
// heading, said as people say "ube ice cream": the float's scoop, not a second thing.
// (Where the word is no part of the group's name, "a sundae with coffee ice cream" of a
// sundae whose base is "Base", it stays the reading items-said-together.ts weighs.)
import type { MenuModel } from "../../../../shared/menu/model.ts";
import type { Atom } from "./scan.ts";

type MenuAtom = Atom & { kind: "menu" };
// (Accents as the menu writes them and as speech is written down alike: "chicharrón", "chicharron".)
const words = (t: string) => ` ${t.normalize("NFD").replace(/\p{M}+/gu, "").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim()} `;
const isMenu = (a: Atom | undefined): a is MenuAtom => a?.kind === "menu";

export function itemWordAsGroupHeading(atoms: Atom[], menu: MenuModel): Atom[] {
  return atoms.map((a, i) => {
    if (!isMenu(a) || a.fuzzy || !a.refs.some((r) => r.kind === "item")) return a;
    let j = i - 1;
    const groups = new Set<string>();
    while (isMenu(atoms[j]) && (atoms[j] as MenuAtom).refs.every((r) => r.kind === "choice")) {
      for (const r of (atoms[j] as MenuAtom).refs) if (r.kind === "choice") groups.add(r.group);
      j--;
    }
    const w = atoms[j];
    const first = atoms[j - 1];
    if (!groups.size || w?.kind !== "kw" || !w.keywords.includes("with") || /\ban?$/i.test(w.text.trim()) || !isMenu(first)) return a;
    const items = first.refs.flatMap((r) => (r.kind === "item" ? [r.item] : []));
    if (!items.length || first.refs.some((r) => r.kind !== "item")) return a;
    const word = words(a.text);
    const heads = [...groups].filter((g) => items.every((it) => menu.itemGroup(it, g)) && Object.values(menu.groups.get(g)?.name ?? {}).some((n) => words(n).includes(word)));
    if (heads.length !== 1) return a;
    return { start: a.start, end: a.end, tok0: a.tok0, tok1: a.tok1, text: a.text, kind: "kw", keywords: ["filler"], flags: {} } as Atom;
  });
}

/**
 * "polish plate with meat pierogi" (or "a pupusa plate with the chicharron pupusas") where the plate's "Pierogi filling" has "Meat" and "meat
 * pierogi" is also an item sold alone: after "with", a name made only of a choice of the item
 * before and words of that choice's group's name is that choice, when the item has none of
 * the group chosen by default (the kiosk would ask it) — not a second thing ordered.
 */
export function itemNamedAsChoiceWithHeading(atoms: Atom[], menu: MenuModel): Atom[] {
  return atoms.map((a, i) => {
    if (!isMenu(a) || a.fuzzy || !a.refs.length || !a.refs.every((r) => r.kind === "item")) return a;
    // ("a pupusa plate with the chicharron pupusas": "with the" as "with".)
    const the = atoms[i - 1]?.kind === "kw" && (atoms[i - 1] as Atom & { kind: "kw" }).keywords.includes("the") ? 1 : 0;
    const w = atoms[i - 1 - the];
    const first = atoms[i - 2 - the];
    if (w?.kind !== "kw" || !w.keywords.includes("with") || /\ban?$/i.test(w.text.trim()) || !isMenu(first) || !first.refs.length || !first.refs.every((r) => r.kind === "item")) return a;
    if (first.refs.length !== 1 || first.refs[0]!.kind !== "item") return a;
    const host = first.refs[0]!.item;
    const said = words(a.text).trim().split(" ");
    const found: Array<{ group: string; choice: string }> = [];
    for (const g of menu.itemGroups(host)) {
      if (g.select !== "one" || g.default !== undefined) continue;
      const heading = new Set(Object.values(menu.groups.get(g.id)?.name ?? {}).flatMap((n) => words(n).trim().split(" ")));
      for (const c of g.choices) {
        const names = Object.values(c.name ?? {}).map((n) => words(n).trim().split(" "));
        // The choice's name, then (or after) the group's own words: "meat pierogi", "pierogi meat".
        const fits = names.some((n) => n.length < said.length && (n.every((x, k) => said[k] === x) ? said.slice(n.length) : n.every((x, k) => said[said.length - n.length + k] === x) ? said.slice(0, said.length - n.length) : undefined)?.every((x) => heading.has(x)));
        if (fits) found.push({ group: g.id, choice: c.id });
      }
    }
    if (found.length !== 1) return a;
    return { ...a, refs: [{ kind: "choice", group: found[0]!.group, choice: found[0]!.choice, name: true }] } as Atom;
  });
}
