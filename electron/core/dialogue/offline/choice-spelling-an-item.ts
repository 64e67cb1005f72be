// "콤부차 베리로 바꿔 주세요", "a berry kombucha": the words are a set's drink choice ("콤부차
// 베리", "Berry kombucha" of the bowl set) and also an item's name with one of that item's own
// choices (the kombucha, its berry flavour). Where no item said in the turn, no line in hand
// and nothing the kiosk asked about takes the set's choice, the words cannot be that choice:
// they are the item and its choice (blind round 89: read as the set's drink, the change
// "아메리카노 말고 콤부차 베리로" found nothing to make and kept the americano). Read from the
// menu's names only.
import type { MenuModel } from "../../../../shared/menu/model.ts";
import type { MenuRef } from "./lexicon.ts";
import { keyOf, keyWithoutParticle, spokenNames } from "./name-forms.ts";
import type { Atom } from "./scan.ts";
import type { ParseContext } from "./utterance.ts";

type MenuAtom = Extract<Atom, { kind: "menu" }>;
type ChoiceRef = Extract<MenuRef, { kind: "choice" }>;

const itemsByKey = new WeakMap<MenuModel, Map<string, Set<string>>>();

/** The one item named whole by these words (the menu's names keyed once per menu). */
function itemNamedBy(menu: MenuModel, words: string): string | undefined {
  let byKey = itemsByKey.get(menu);
  if (!byKey) {
    byKey = new Map();
    for (const it of menu.menu.items) for (const n of spokenNames(it, true)) byKey.set(keyOf(n), (byKey.get(keyOf(n)) ?? new Set()).add(it.id));
    itemsByKey.set(menu, byKey);
  }
  const hits = byKey.get(keyOf(words));
  return hits?.size === 1 ? [...hits][0] : undefined;
}

/** The one choice of the item's own groups named by these words (less a particle). */
function choiceOfItem(menu: MenuModel, item: string, words: string): ChoiceRef | undefined {
  const keys = new Set([keyOf(words), keyWithoutParticle(words)]);
  const hits: ChoiceRef[] = [];
  for (const g of menu.itemGroups(item)) {
    if (g.select !== "one" && g.select !== "many") continue;
    for (const c of g.choices ?? []) {
      const named = Object.values(c.name).some((n) => !!n && keys.has(keyOf(n)));
      if (named || spokenNames(c, true).some((n) => keys.has(keyOf(n)))) hits.push({ kind: "choice", group: g.id, choice: c.id, name: named });
    }
  }
  return hits.length === 1 ? hits[0] : undefined;
}

/** The item and its choice the words spell, split where the words part, or undefined. */
function spelled(menu: MenuModel, a: MenuAtom): [MenuAtom, MenuAtom] | undefined {
  const words = a.text.trim().split(/\s+/);
  if (words.length < 2 || a.tok1 - a.tok0 + 1 !== words.length) return undefined;
  for (let k = 1; k < words.length; k++) {
    const head = words.slice(0, k).join(" ");
    const tail = words.slice(k).join(" ");
    const tailStart = a.start + a.text.lastIndexOf(tail);
    const headEnd = a.start + a.text.indexOf(head) + head.length;
    const piece = (text: string, start: number, end: number, tok0: number, tok1: number, refs: MenuRef[], last: boolean): MenuAtom => ({ ...a, text, start, end, tok0, tok1, refs, partial: false, flags: last ? a.flags : {} });
    // The item first ("콤부차 베리로"), or its choice first ("berry kombucha").
    const itemFirst = itemNamedBy(menu, head);
    const c1 = itemFirst && choiceOfItem(menu, itemFirst, tail);
    if (itemFirst && c1) return [piece(head, a.start, headEnd, a.tok0, a.tok0 + k - 1, [{ kind: "item", item: itemFirst, partial: false }], false), piece(tail, tailStart, a.end, a.tok0 + k, a.tok1, [c1], true)];
    const itemLast = itemNamedBy(menu, tail.replace(/(?:으로|로)요?$|요$/, "")) ?? itemNamedBy(menu, tail);
    const c2 = itemLast && choiceOfItem(menu, itemLast, head);
    if (itemLast && c2) return [piece(head, a.start, headEnd, a.tok0, a.tok0 + k - 1, [c2], false), piece(tail, tailStart, a.end, a.tok0 + k, a.tok1, [{ kind: "item", item: itemLast, partial: false }], true)];
  }
  return undefined;
}

/**
 * Each choice no item around takes, whose words are an item's name and its own choice: that item
 * and choice. (Not where that item takes the choice said, "lemon highballs", "jelly filled": the
 * item's own choice, read so later; nor where an item another such split makes takes it, "matcha
 * waffle with matcha soft serve": the waffle's ice cream.)
 */
export function choiceSpellingAnItem(atoms: Atom[], ctx: ParseContext): Atom[] {
  const lone = (a: Atom): a is MenuAtom => a.kind === "menu" && !a.fuzzy && a.refs.length > 0 && a.refs.every((r) => r.kind === "choice") && /\s/.test(a.text.trim());
  if (!atoms.some(lone)) return atoms;
  const takes = (it: string, a: MenuAtom) => a.refs.some((r) => r.kind === "choice" && !!ctx.menu.itemGroup(it, r.group));
  const split = new Map<Atom, [MenuAtom, MenuAtom]>();
  for (const a of atoms) {
    if (!lone(a)) continue;
    const s = spelled(ctx.menu, a);
    if (s && !s.some((p) => p.refs.some((r) => r.kind === "item" && takes(r.item, a)))) split.set(a, s);
  }
  if (!split.size) return atoms;
  const splitItems = (but: Atom) => [...split].flatMap(([a, s]) => (a === but ? [] : s.flatMap((p) => p.refs.flatMap((r) => (r.kind === "item" ? [r.item] : [])))));
  const takers = [...(ctx.focus ?? []).map((f) => f.item), ...(ctx.asked ? [ctx.asked.item] : []), ...(ctx.offered ? [ctx.offered.item] : []), ...atoms.flatMap((x) => (x.kind === "menu" ? x.refs.flatMap((r) => (r.kind === "item" ? [r.item] : [])) : []))];
  return atoms.flatMap((a) => {
    const s = split.get(a);
    if (!s || !lone(a) || [...takers, ...splitItems(a)].some((it) => takes(it, a))) return [a];
    return s;
  });
}
