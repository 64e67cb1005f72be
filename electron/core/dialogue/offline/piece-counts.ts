// An item sold by the piece whose quantity lives in a count group named like the item
// itself ("Munchkins" with a "How many" count, 10 to 50, also called "munchkins"):
// "twenty five munchkins" is one line of 25 pieces, not 25 lines, and "two dozen
// munchkins" is 24 pieces even where "dozen" is also the name of a box on the menu.
// Read from the menu's structure only: the item takes a count group that shares its name,
// or whose name starts with the words said for the item ("Tequeños" with a "How many" count,
// 3 to 20, default 5, also called "tequeños count"): "ten tequeños" is one order of ten.
// Or the item is priced by its pieces: no price of its own, a count group that carries the
// price and serves several by default ("Mandu", price 0, with "Pieces" 4 to 20 at $1.25,
// default 6): "8 mandu" is one order of eight. An item with a price of its own ("Fish and
// Chips" with two pieces of fish) is counted in orders.
import type { EffectiveGroup, MenuModel } from "../../../../shared/menu/model.ts";
import type { MenuRef } from "./lexicon.ts";
import { keyOf, wordsOf } from "./name-forms.ts";
import { EN_COUNTERS } from "./numbers.ts";
import type { Atom } from "./scan.ts";

const DOZENS: Record<string, number> = { dozen: 12, adozen: 12, halfdozen: 6, halfadozen: 6 };

interface PieceGroup {
  item: string;
  group: string;
  min: number;
  max: number;
  /** Found by the price alone, not by a name: a number below the default may be orders. */
  byPrice?: number;
}

/** The count group of the item that shares the words said for it, or that prices it, if any. */
function pieceGroup(menu: MenuModel, a: Atom & { kind: "menu" }): PieceGroup | undefined {
  for (const r of a.refs) {
    if (r.kind !== "item" || r.partial) continue;
    for (const g of a.refs) {
      if (g.kind !== "group") continue;
      const eg = menu.itemGroup(r.item, g.group);
      if (eg?.select === "count" && servesSome(eg)) return { item: r.item, group: g.group, min: eg.min, max: eg.max };
    }
    const named = menu.itemGroups(r.item).find((eg) => eg.select === "count" && servesSome(eg) && groupNamedFirstBy(eg.group, a.text));
    if (named) return { item: r.item, group: named.id, min: named.min, max: named.max };
    const priced = pricedByPieces(menu, r.item);
    if (priced) return { item: r.item, group: priced.id, min: priced.min, max: priced.max, byPrice: priced.default as number };
  }
  return undefined;
}

/**
 * The item's own pieces come one or more by default; a count that starts at none is an extra
 * ("Extra falafel balls", 0 to 6, also called "falafel"): "two falafel" is two orders.
 */
const servesSome = (eg: EffectiveGroup) => typeof eg.default === "number" && eg.default >= 1;

/** "two falafel": the item's word, not its extra count's (that starts at none), after a number. */
function withoutAnExtraCount(menu: MenuModel, a: Atom & { kind: "menu" }): Atom {
  const items = a.refs.flatMap((r) => (r.kind === "item" && !r.partial ? [r.item] : []));
  const extra = (r: MenuRef) => r.kind === "group" && items.some((it) => menu.itemGroup(it, r.group)?.select === "count" && !servesSome(menu.itemGroup(it, r.group)!));
  return items.length && a.refs.some(extra) ? { ...a, refs: a.refs.filter((r) => !extra(r)) } : a;
}

/** The one count group that prices an item with no price of its own, serving two or more by default. */
function pricedByPieces(menu: MenuModel, item: string) {
  if ((menu.item(item)?.price ?? 0) !== 0) return undefined;
  const counts = menu.itemGroups(item).filter((eg) => eg.select === "count" && (eg.group.unitPrice ?? 0) > 0 && typeof eg.default === "number" && eg.default >= 2);
  return counts.length === 1 ? counts[0] : undefined;
}


/** A name of the group starts with the words said ("tequeños count" of "tequeños"), more words after. */
function groupNamedFirstBy(group: { name: Record<string, string | undefined>; aliases?: Record<string, unknown[] | undefined> }, said: string): boolean {
  const w = wordsOf(said);
  if (!w.length) return false;
  const names = [...Object.values(group.name), ...Object.values(group.aliases ?? {}).flat()].filter((n): n is string => typeof n === "string");
  return names.some((n) => {
    const nw = wordsOf(n);
    return nw.length > w.length && w.every((x, i) => nw[i] === x);
  });
}

/**
 * English: the number said before such an item is its pieces (one line), with "dozen" as
 * twelve. A number the count does not allow ("ten" where an order is 3 to 8 pieces) may be
 * orders or pieces: read as orders, but not placed, so the turn is a guess. Where only the
 * price says the item is counted in pieces, a number below its default ("two mandu" where
 * an order is six) is read as pieces, but the turn is a guess too: it may be two orders.
 */
export function piecesOfAnItem(atoms: Atom[], menu: MenuModel, unplaced: Atom[] = []): Atom[] {
  const out: Atom[] = [];
  for (const [i, a] of atoms.entries()) {
    const pg = a.kind === "menu" ? pieceGroup(menu, a) : undefined;
    if (!pg) {
      out.push(a.kind === "menu" && numberBefore(out).n !== undefined ? withoutAnExtraCount(menu, a) : a);
      continue;
    }
    if (piecesSaidAfter(atoms, i, pg.group)) {
      // (The word names the item only: "two" is not its pieces either.)
      const m = a as Atom & { kind: "menu" };
      out.push({ ...m, refs: m.refs.filter((r) => !(r.kind === "group" && r.group === pg.group)) });
      continue;
    }
    // ("two orders of potato pancakes", where "order of potato pancakes" is a name of the item.)
    const { n, took } = saidWithACounter(a.text) ? { n: undefined, took: 0 } : numberBefore(out);
    if (n === undefined || n < pg.min || n > pg.max) {
      if (n !== undefined && n > 1) unplaced.push(out[out.length - took]!);
      out.push(a);
      continue;
    }
    const first = out[out.length - took]!;
    out.splice(out.length - took, took);
    // (The options the name said come along: "steamed mandu".)
    const said = (a as Atom & { kind: "menu" }).refs.find((r) => r.kind === "item" && r.item === pg.item);
    const preset = said?.kind === "item" ? said.preset : undefined;
    const item: MenuRef = { kind: "item", item: pg.item, partial: false, preset: { ...preset, [pg.group]: n } };
    const read = { ...a, start: first.start, tok0: first.tok0, refs: [item] } as Atom;
    if (pg.byPrice !== undefined && n < pg.byPrice) unplaced.push(read);
    out.push(read);
  }
  return out;
}

/**
 * "two pancakes with four in the stack": the pieces are counted after the item, by the count
 * group's own word, so the number before it counts the orders (two plates of four).
 */
function piecesSaidAfter(atoms: Atom[], i: number, group: string): boolean {
  for (let j = i + 1; j < atoms.length; j++) {
    const x = atoms[j]!;
    if (x.kind === "sep" && x.why === "punct" && x.mark !== ",") return false;
    if (x.kind !== "menu") continue;
    if (x.refs.some((r) => r.kind === "item")) return false;
    const before = atoms[j - 1];
    if (x.refs.some((r) => r.kind === "group" && r.group === group) && before?.kind === "num" && !before.article) return true;
  }
  return false;
}

/** The words said start with a counter of orders ("order of", "plates of"), not of pieces. */
function saidWithACounter(text: string): boolean {
  const t = text.trim().toLowerCase();
  return EN_COUNTERS.some((c) => !/^pieces? of$/.test(c) && t.startsWith(c + " "));
}

/** "twenty five", "two dozen", "a dozen", "30" right before: the number and how many atoms say it. */
function numberBefore(out: Atom[]): { n?: number; took: number } {
  const last = out[out.length - 1];
  const prev = out[out.length - 2];
  const isNum = (x: Atom | undefined): x is Atom & { kind: "num" } => x?.kind === "num" && !x.article;
  if (last?.kind === "menu" && DOZENS[keyOf(last.text)] !== undefined) {
    const d = DOZENS[keyOf(last.text)]!;
    return isNum(prev) ? { n: prev.value * d, took: 2 } : { n: d, took: 1 };
  }
  if (!isNum(last)) return { took: 0 };
  // ("two orders of mandu", "three plates of": the counter says orders; "pieces of" says pieces.)
  if (last.counted && !last.times && last.unit && !/^pieces?\b/i.test(last.unit.trim())) return { took: 0 };
  // (Number words go up to twenty: "twenty five" is read as 20 and 5.)
  if (isNum(prev) && prev.value === 20 && last.value < 10 && prev.tok1 + 1 === last.tok0) return { n: prev.value + last.value, took: 2 };
  return { n: last.value, took: 1 };
}

/**
 * "twenty five munchkins, half glazed half powdered" where "half" is also part of a box's
 * name (Half Dozen Box): "half" said right before a choice of a many-group that the item in
 * hand takes says how the mix is shared out, not another box.
 */
export function halvesOfAMix(atoms: Atom[], menu: MenuModel): Atom[] {
  let held: string | undefined;
  return atoms.filter((a, i) => {
    if (a.kind !== "menu") return true;
    const next = atoms[i + 1];
    const half = keyOf(a.text) === "half" && a.refs.length > 0 && a.refs.every((r) => r.kind === "item" && r.partial);
    if (half && held && next?.kind === "menu") {
      const item = held;
      if (next.refs.some((r) => r.kind === "choice" && menu.itemGroup(item, r.group)?.select === "many" && menu.itemGroup(item, r.group)!.choices.some((c) => c.id === r.choice))) return false;
    }
    // (A word that is also a choice of the item in hand, "glazed", keeps that item in hand.)
    const own = a.refs.find((r) => r.kind === "item" && !r.partial);
    const itsChoice = !!held && a.refs.some((r) => r.kind === "choice" && !!menu.itemGroup(held!, r.group));
    if (own?.kind === "item" && !itsChoice) held = own.item;
    return true;
  });
}
