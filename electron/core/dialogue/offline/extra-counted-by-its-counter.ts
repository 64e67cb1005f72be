// "블린 하나 주세요" → "연어로요" → "아 그리고 한 장 더 추가해 주세요" of a "블린 (3장)" with a counted
// add-on "블린 추가 (장)": the counter 장 is the add-on's unit, not the item's (one item is three
// 장), so "한 장 더" is one more of the add-on on the line in hand, not a second blini (sealed
// r114c-007 made a second blini, answered alone). The add-on's counter is read from its own
// names ("(장)", "한 장 추가"); the item's name either does not say that counter or says a number
// of it above one (a pack). Derived from the menu's names only; Korean.
import type { MenuModel } from "../../../../shared/menu/model.ts";
import type { Atom } from "./atom-kinds.ts";

/** After each counted number whose counter names one count add-on of the item it is said of, that add-on is said too. */
export function extraCountedByItsCounter(atoms: Atom[], menu: MenuModel, inHand: string | undefined): Atom[] {
  const out: Atom[] = [];
  atoms.forEach((a, i) => {
    const at = out.push(a) - 1;
    if (a.kind !== "num" || !a.counted || a.times || !a.unit?.trim()) return;
    const counter = a.unit.trim();
    // (A word after the count names what it counts already: "한 장 추가" found by its alias.)
    const next = atoms[i + 1];
    if (next?.kind === "menu") return;
    if (!moreSaidAfter(atoms, i)) return;
    const named = itemNamedBefore(atoms, i);
    if (named === null) return;
    const item = named ?? inHand;
    if (!item || !packOf(menu, item, counter)) return;
    const groups = menu.itemGroups(item).filter((g) => g.select === "count" && namesOf(menu, g.id).some((n) => saysCounter(n, counter)));
    if (groups.length !== 1) return;
    // (The number is the add-on's count, not the order's.)
    out[at] = { ...a, flags: { ...a.flags, countsOption: true } };
    out.push({ start: Math.max(a.start, a.end - counter.length), end: a.end, tok0: a.tok1, tok1: a.tok1, text: counter, kind: "menu", refs: [{ kind: "group", group: groups[0]!.id }], fuzzy: false, partial: false, flags: {} } as Atom);
  });
  return out;
}

/** "더" (or a count said as more) after the number, before the sentence ends. */
function moreSaidAfter(atoms: Atom[], i: number): boolean {
  const a = atoms[i]!;
  if (a.kind === "num" && a.flags.more) return true;
  for (let k = i + 1; k < atoms.length; k++) {
    const x = atoms[k]!;
    if (x.kind === "sep" && x.why !== "conj") return false;
    if (x.kind === "kw" && x.keywords.includes("more")) return true;
  }
  return false;
}

/** The item named before the number in its sentence; undefined if none; null if something else was named (not the add-on's). */
function itemNamedBefore(atoms: Atom[], i: number): string | undefined | null {
  for (let k = i - 1; k >= 0; k--) {
    const x = atoms[k]!;
    if (x.kind === "sep" && x.why !== "conj") return undefined;
    if (x.kind !== "menu") continue;
    const it = x.refs.find((r) => r.kind === "item");
    return it?.kind === "item" ? it.item : null;
  }
  return undefined;
}

/** Whether one of the item is not one of the counter: its name does not say it, or says more than one of it ("(3장)"). */
function packOf(menu: MenuModel, item: string, counter: string): boolean {
  const names = Object.values(menu.item(item)?.name ?? {}).filter((n): n is string => typeof n === "string");
  const said = names.filter((n) => n.includes(counter));
  return said.every((n) => new RegExp(`([2-9]|\\d{2,})\\s*${counter}`).test(n));
}

function namesOf(menu: MenuModel, group: string): string[] {
  const g = menu.groups.get(group);
  return g ? [...Object.values(g.name ?? {}), ...Object.values(g.aliases ?? {}).flat()].filter((n): n is string => typeof n === "string") : [];
}

/** The counter as a word of its own in the name: "(장)", "한 장 추가". */
function saysCounter(name: string, counter: string): boolean {
  return new RegExp(`(?:^|[\\s(])${counter}(?:$|[\\s)])`).test(name);
}
