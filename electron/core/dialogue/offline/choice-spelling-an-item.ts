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

/**
 * The other way round: "Which roller item for the Roller Grill Combo?" → "chicken taquitos", "Which
 * combo drink?" → "juice, passion fruit": an item sold alone and one of its own choices, said side
 * by side (a comma between at most), whose names together are the name of a choice of the part of
 * the set in hand the kiosk asked about or left open ("Two chicken taquitos", alias "chicken
 * taquitos"; "Passion fruit juice"). A cashier fills the set's part; the engine had made a taquito,
 * a juice beside the combo, alone (blind first run r100e-020, r97b-021). Said with a count or an
 * article ("and a passion fruit juice too"), "too" / 도, or anything else named, an order as before.
 */
const ALSO = /^(?:too|also|as well)$/i;

export function itemAndChoiceSpellingAPart(atoms: Atom[], ctx: ParseContext): Atom[] {
  const line = ctx.focus?.at(-1);
  if (!line) return atoms;
  const named = atoms.flatMap((a, i) => (a.kind === "menu" ? [i] : []));
  if (named.length !== 2 || atoms.some((a) => a.kind === "num" || (a.kind === "kw" && (!a.keywords.length || ALSO.test(a.text.trim()) || a.keywords.some((k) => k !== "filler" && k !== "request" && k !== "yes"))))) return atoms;
  const [i, j] = named as [number, number];
  if (atoms.slice(i + 1, j).some((a) => a.kind !== "sep" || a.why !== "punct" || a.mark !== ",")) return atoms;
  const a = atoms[i] as MenuAtom;
  const b = atoms[j] as MenuAtom;
  if (a.fuzzy || b.fuzzy || a.flags.also || b.flags.also) return atoms;
  // (The item's name may also name a group of its own, "sausages" of its "Sausage" kind.)
  const itemOf = (x: MenuAtom) => {
    const items = new Set(x.refs.flatMap((r) => (r.kind === "item" && !r.partial ? [r.item] : [])));
    return items.size === 1 && x.refs.every((r) => (r.kind === "item" && !r.partial) || (r.kind === "group" && !!ctx.menu.itemGroup([...items][0]!, r.group))) ? [...items][0] : undefined;
  };
  const [it, c] = itemOf(a) ? [a, b] : [b, a];
  const item = itemOf(it);
  if (!item || line.item === item || (ctx.focus ?? []).some((f) => f.item === item)) return atoms;
  const own = c.refs.filter((r): r is ChoiceRef => r.kind === "choice" && !!ctx.menu.itemGroup(item, r.group));
  // (One choice read twice, by its name and by an alias, is one.)
  if (own.length !== c.refs.length || new Set(own.map((r) => `${r.group}/${r.choice}`)).size !== 1) return atoms;
  const choice = ctx.menu.itemGroup(item, own[0]!.group)?.choices.find((x) => x.id === own[0]!.choice);
  if (!choice) return atoms;
  const wanted = new Set(spokenNames(ctx.menu.item(item)).flatMap((n) => spokenNames(choice).flatMap((m) => [keyOf(`${m} ${n}`), keyOf(`${n} ${m}`)])));
  // The part asked about, or the set's pick-one groups still open.
  const groups = ctx.menu.itemGroups(line.item).filter((g) => g.select === "one" && (ctx.asked ? ctx.asked.item === line.item && ctx.asked.group === g.id : line.options?.[g.id] === undefined));
  const hits = groups.flatMap((g) => g.choices.filter((x) => spokenNames(x).some((n) => wanted.has(keyOf(n)))).map((x): ChoiceRef => ({ kind: "choice", group: g.id, choice: x.id, name: false })));
  if (hits.length !== 1) return atoms;
  const from = atoms[i]!;
  const to = atoms[j]!;
  const joined = { ...from, end: to.end, tok1: to.tok1, text: atoms.slice(i, j + 1).map((x) => x.text).join(" "), refs: [hits[0]!], partial: false, flags: b.flags } as Atom;
  return [...atoms.slice(0, i), joined, ...atoms.slice(j + 1)];
}

