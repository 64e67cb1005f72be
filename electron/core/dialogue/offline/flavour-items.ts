// A box whose flavours are the store's own items: "a dozen box, six glazed six boston
// cream" where Glazed and Boston Cream are donuts sold alone AND the dozen box's count
// groups (or the half-dozen's choices). Which one a flavour word means is decided by
// the menu's structure, never by its words: it is the box's flavour while a box that
// takes it is in hand (named before it in the same request and not yet full), and the
// item sold alone otherwise ("two glazed", "three boston creams and a coffee"). A
// flavour said by a name the item shares only through its aliases or its category
// ("Boston Cream" for "Boston Cream Donut" in Donuts) names the item too.
import type { MenuModel } from "../../../../shared/menu/model.ts";
import { keyOf } from "./name-forms.ts";
import type { MenuRef } from "./lexicon.ts";
import type { Atom } from "./scan.ts";
import type { ParseContext } from "./utterance.ts";

type FlavourRef = Extract<MenuRef, { kind: "group" } | { kind: "choice" }>;

const cache = new WeakMap<MenuModel, Map<string, string[]>>();

function refKey(r: FlavourRef): string {
  return r.kind === "group" ? `g:${r.group}` : `c:${r.group}/${r.choice}`;
}

function textsOf(name: Record<string, string>, aliases: Record<string, Array<string | { text: string }>> | undefined): string[] {
  return [...Object.values(name), ...Object.values(aliases ?? {}).flat().map((x) => (typeof x === "string" ? x : x.text))];
}

/** For every count group that is a box's flavour: the items sold alone that share one of its names. */
function itemsNamedLike(menu: MenuModel): Map<string, string[]> {
  const hit = cache.get(menu);
  if (hit) return hit;
  const out = new Map<string, string[]>();
  const items = menu.menu.items.map((it) => {
    const cat = menu.menu.categories.find((c) => c.id === it.category);
    // "Boston Cream Donut" in "Donuts" is also called "Boston Cream".
    const catWords = cat ? Object.values(cat.name).map((n) => keyOf(n).replace(/e?s$/, "")) : [];
    const keys = new Set<string>();
    for (const t of textsOf(it.name, it.aliases)) keys.add(keyOf(t));
    // (Its full name only: an alias is already a short name, "chicken soup" is not "chicken".)
    for (const t of Object.values(it.name)) {
      const k = keyOf(t);
      for (const w of catWords) if (w && k.endsWith(w) && k.length > w.length + 2 && /\s/.test(t.trim())) keys.add(k.slice(0, -w.length));
    }
    return { id: it.id, keys };
  });
  const share = (texts: string[]) => {
    const ks = texts.map(keyOf).filter((k) => k.length >= 2);
    return items.filter((it) => ks.some((k) => it.keys.has(k))).map((it) => it.id);
  };
  // A box: an item with two or more count groups named like items sold alone ("Glazed",
  // "Boston Cream" of the dozen box). One such count alone ("Extra shot" where an espresso
  // is also called "shot") is an extra, not a box's flavour.
  const named = new Map<string, string[]>();
  for (const g of menu.groups.values()) {
    if (g.select !== "count") continue;
    const ids = share(textsOf(g.name, g.aliases));
    if (ids.length) named.set(g.id, ids);
  }
  const boxed = new Set(menu.menu.items.flatMap((it) => {
    const own = menu.itemGroups(it.id).filter((g) => named.has(g.id)).map((g) => g.id);
    return own.length >= 2 ? own : [];
  }));
  for (const g of boxed) out.set(`g:${g}`, named.get(g)!);
  cache.set(menu, out);
  return out;
}

/** A count group named like an item sold alone: a flavour of a box ("Glazed" of the dozen box). */
export function isFlavourCount(menu: MenuModel, group: string): boolean {
  return menu.groups.get(group)?.select === "count" && itemsNamedLike(menu).has(`g:${group}`);
}

const isCount = (menu: MenuModel, r: MenuRef) => r.kind === "group" && menu.groups.get(r.group)?.select === "count";

/** English: a flavour word is the box's in hand (a count group or a choice of it), else the item sold alone. */
export function flavoursOfABox(atoms: Atom[], ctx: ParseContext): Atom[] {
  const menu = ctx.menu;
  const named = itemsNamedLike(menu);
  if (!named.size) return atoms;
  const out: Atom[] = [];
  atoms.forEach((a, i) => {
    if (a.kind === "num" && a.flags.each && !a.article) {
      // "dozen box, two of each flavor": that many of every flavour of the box in hand.
      const holder = boxInHand(out, menu);
      const counts = holder ? menu.itemGroups(holder.item).filter((g) => isFlavourCount(menu, g.id)) : [];
      const rest = atoms.slice(i + 1).filter((x) => x.kind !== "sep" && !(x.kind === "kw" && x.keywords.every((w) => w === "request" || w === "filler" || w === "menu")));
      if (counts.length && !rest.some((x) => x.kind === "menu" || x.kind === "num") && counts.length * a.value <= (counts[0]!.max ?? Infinity)) {
        const { each: _each, ...flags } = a.flags;
        for (const g of counts) out.push({ ...a, flags }, { ...a, kind: "menu", refs: [{ kind: "group", group: g.id, add: false }], fuzzy: false, partial: false, flags: {}, boxCount: true } as Atom);
        return;
      }
    }
    if (a.kind !== "menu") return void out.push(a);
    const flavours = a.refs.filter((r): r is FlavourRef => isCount(menu, r) || r.kind === "choice");
    // (Only a COUNT group named like an item makes the box shape: a choice named like an
    // item, "a pepperoni" and a pizza's pepperoni, is read with the lines in hand, resolve.ts.)
    const boxCounts = flavours.filter((f) => f.kind === "group" && named.has(refKey(f)));
    if (!boxCounts.length) return void out.push(a);
    const alone = new Set(a.refs.flatMap((r) => (r.kind === "item" ? [r.item] : [])));
    for (const f of boxCounts) for (const id of named.get(refKey(f)) ?? []) alone.add(id);
    const holder = boxInHand(out, menu);
    const takes = (f: FlavourRef) =>
      !!holder && (f.kind === "group" ? !!menu.itemGroup(holder.item, f.group) : !!menu.itemGroup(holder.item, f.group)?.choices.some((c) => c.id === f.choice));
    const counts = holder ? flavours.filter((f) => f.kind === "group" && takes(f)) : [];
    const max = counts.length ? menu.itemGroup(holder!.item, counts[0]!.group)?.max : undefined;
    // How many of the box in hand have been said so far: a box is full at its counts' max.
    const filled = holder ? countsSaid(out, holder.at) : 0;
    const full = max !== undefined && filled >= max;
    // "one glazed donut": the flavour said with its item's own category word is the item.
    const next = atoms[i + 1];
    const asItem = next?.kind === "menu" && next.refs.length > 0 && next.refs.every((r) => r.kind === "category");
    let uncounted = false;
    if (counts.length && !full && !asItem) {
      const before = out[out.length - 1];
      const restOf = before && restWords(out);
      if (before?.kind === "kw" && before.keywords.includes("all") && /^all$/i.test(before.text) && max !== undefined) {
        // "dozen box, all glazed": the whole box of that flavour.
        out[out.length - 1] = countAtom(before, max);
      } else if (restOf && max !== undefined && max > filled) {
        // "3 boston kreme, 3 sprinkle, and the rest old fashioned".
        out.splice(out.length - restOf, restOf, countAtom(spanOf(out.slice(out.length - restOf)), max - filled));
      }
      // Only a count said makes it the box's ("six glazed"); "a dozen box and a glazed" may
      // be a donut sold alone or the box's: the item, as a guess.
      const said = out[out.length - 1];
      if (said?.kind === "num" && !said.article) return void out.push({ ...a, refs: counts, boxCount: true } as Atom);
      uncounted = true;
    }
    // Said after the box was ordered, with nothing named before it ("add two glazed"): the
    // box in hand may be meant; read as before (the count, or a choice of the lines in hand).
    const box = !holder && !out.some((x) => x.kind === "menu" && x.refs.some((r) => r.kind === "item")) ? [...(ctx.focus ?? [])].reverse().find((f) => boxCounts.some((g) => menu.itemGroup(f.item, g.group))) : undefined;
    // "change the jelly ones to sprinkle": a change of the box.
    if (box && atoms.some((x) => x.kind === "kw" && x.keywords.includes("change"))) {
      return void out.push({ ...a, refs: flavours.filter((f) => !!menu.itemGroup(box.item, f.group)) });
    }
    const chosen = holder && !asItem ? flavours.filter((f) => f.kind === "choice" && takes(f)) : [];
    if (chosen.length) return void out.push({ ...a, refs: chosen });
    // The item sold alone (a choice of the same words stays for the reading of choices
    // named like items, resolve.ts, which knows the lines in hand from earlier turns).
    const items: MenuRef[] = [...alone].map((id) => a.refs.find((r) => r.kind === "item" && r.item === id) ?? { kind: "item", item: id, partial: false });
    out.push({ ...a, refs: [...items, ...a.refs.filter((r) => r.kind !== "item" && !isCount(menu, r))], ...(box || uncounted ? { boxOrAlone: true } : {}) } as Atom);
  });
  return out;
}

/** The last item named before, in the same request, that is not itself one of a box's flavours. */
function boxInHand(out: Atom[], menu: MenuModel): { item: string; at: number } | undefined {
  for (let j = out.length - 1; j >= 0; j--) {
    const x = out[j]!;
    if (x.kind === "sep" && (x.mark === "." || x.mark === "?" || x.mark === "!")) return undefined;
    if (x.kind !== "menu") continue;
    const item = x.refs.find((r): r is Extract<MenuRef, { kind: "item" }> => r.kind === "item" && !r.partial);
    if (item) return menu.itemGroups(item.item).length ? { item: item.item, at: j } : undefined;
  }
  return undefined;
}

/** The flavour counts said for the box at `at` so far ("six glazed six boston cream": 12). */
function countsSaid(out: Atom[], at: number): number {
  let n = 0;
  for (let k = at + 1; k < out.length; k++) {
    const x = out[k]!;
    const num = out[k - 1];
    if ((x as Atom & { boxCount?: boolean }).boxCount && num?.kind === "num" && !num.article) n += num.value;
  }
  return n;
}

/** "the rest" right before: how many atoms it takes (0 when it is not there). */
function restWords(out: Atom[]): number {
  const last = out[out.length - 1];
  const prev = out[out.length - 2];
  if (!last || !/^rest$/i.test(last.text)) return 0;
  return prev?.kind === "kw" && /^the$/i.test(prev.text) ? 2 : 1;
}

function spanOf(xs: Atom[]): Atom {
  const first = xs[0]!;
  const last = xs[xs.length - 1]!;
  return { ...first, end: last.end, tok1: last.tok1, text: xs.map((x) => x.text).join(" ") };
}

function countAtom(at: Atom, value: number): Atom {
  return { start: at.start, end: at.end, tok0: at.tok0, tok1: at.tok1, text: at.text, kind: "num", value, times: false, counted: false, article: false, flags: {} };
}

/** The guesses this reading made: a flavour said alone after a box was ordered ("two glazed"). */
export function flavourGuesses(atoms: Atom[]): string[] {
  return atoms.filter((a) => (a as Atom & { boxOrAlone?: boolean }).boxOrAlone).map((a) => `"${a.text}": the box's flavour, or one sold alone?`);
}
