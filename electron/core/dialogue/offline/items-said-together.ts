// English names said right after one another, or joined by "with"/"of"/"on": one thing
// ordered with words of its own, or two things? What the words leave open is a guess
// (accounting.ts weighs it); the order's reading is the parse's.
import type { MenuModel } from "../../../../shared/menu/model.ts";
import { itemNamed } from "./just-the-part.ts";
import type { MenuRef } from "./lexicon.ts";
import type { Utterance } from "./utterance.ts";

/** The guesses English names said together leave ("a sicilian slice", "a burger with fries"). */
export function itemsSaidTogether(u: Utterance, menu: MenuModel): string[] {
  const guesses: string[] = [];
  const en = u.lang === "en";
  u.atoms.forEach((a, i) => {
    if (!en || !isItemAtom(a)) return;
    // "a sicilian slice", "a pizza with bbq chicken", "a slice of the works": an item named
    // right after another (or after its "with"/"of") is more likely a word of the first, or
    // a topping named like an item, than a second thing ordered; "a burger with fries" (a
    // side of another kind) is ordered as said.
    let j = i - 1;
    const joint = u.atoms[j];
    const joinedBy = joint?.kind === "kw" && (joint.keywords.includes("with") || joint.keywords.includes("of")) ? joint.keywords : undefined;
    if (joinedBy) j--;
    const before = u.atoms[j];
    if (!before || !isItemAtom(before)) return;
    // ("a works pizza": "pizza" is a word the pizzas share, said after the name.)
    const items = (x: typeof a) => (x.kind === "menu" ? [...new Set(x.refs.flatMap((r) => (r.kind === "item" ? [r.item] : [])))] : []);
    if (items(a).length > 1 || items(before).length > 1 || items(a)[0] === items(before)[0]) return;
    const sameKind = categoriesOf(menu, before).some((c) => categoriesOf(menu, a).includes(c));
    if (!joinedBy || joinedBy.includes("of") || sameKind) guesses.push(`"${before.text} ${joinedBy ? joint!.text + " " : ""}${a.text}": one thing or two?`);
  });
  // "a brownie sundae with coffee ice cream": choices said after "with" and before another
  // item's name, that the item before "with" takes, may be its own ("coffee" its base), the
  // next item a word of them; a second thing ordered is a reading.
  u.atoms.forEach((a, i) => {
    if (!en || !isItemAtom(a)) return;
    let j = i - 1;
    const said: MenuRef[] = [];
    while (j >= 0 && u.atoms[j]!.kind === "menu" && (u.atoms[j] as { refs: MenuRef[] }).refs.every((r) => r.kind === "choice")) said.push(...(u.atoms[j--] as { refs: MenuRef[] }).refs);
    const w = u.atoms[j];
    const first = u.atoms[j - 1];
    // ("a large mexican pizza with a large pepsi": an article after "with" opens another thing.)
    if (!said.length || w?.kind !== "kw" || !w.keywords.includes("with") || /\ban?$/i.test(w.text.trim()) || !first || !isItemAtom(first) || first.kind !== "menu") return;
    const takes = first.refs.some((r) => r.kind === "item" && said.some((c) => c.kind === "choice" && menu.itemGroup(r.item, c.group)?.choices.some((x) => x.id === c.choice)));
    if (takes) guesses.push(`"${first.text} with ... ${a.text}": its options, or another thing?`);
  });
  // "egg and cheese on an onion bagel": what a sandwich is "on" is its bread, a choice of it,
  // more likely than a second thing ordered; an item named after "on" is a guess.
  u.atoms.forEach((a, i) => {
    if (!en || !isItemAtom(a)) return;
    let j = i - 1;
    while (j >= 0 && (u.atoms[j]!.kind === "num" || (u.atoms[j]!.kind === "menu" && (u.atoms[j] as { refs: MenuRef[] }).refs.every((r) => r.kind === "choice")))) j--;
    const on = u.atoms[j];
    if (on?.kind !== "kw" || on.text.toLowerCase() !== "on" || !u.atoms.slice(0, j).some(isItemAtom)) return;
    if (u.atoms.slice(j + 1, i).some((x) => x.kind === "num" && !x.article)) return;
    guesses.push(`"on ${a.text}": its bread, or another thing?`);
  });
  // "a large pizza with ham no cheese on the supreme one": what goes "on the" item was said
  // before it, and which of the options before go there is a reading.
  u.atoms.forEach((a, i) => {
    const on = u.atoms[i - 2];
    const the = u.atoms[i - 1];
    if (!en || !isItemAtom(a) || on?.kind !== "kw" || on.text.toLowerCase() !== "on" || the?.kind !== "kw" || !the.keywords.includes("the")) return;
    const x = u.units.find((y) => y.text === a.text && y.the);
    if (x && !x.mods.length) guesses.push(`"on the ${a.text}": which options go on it?`);
  });
  // "six beignets and a cafe au lait" where the combo is also called "beignets and a cafe au
  // lait": a count before a name spelled of two items' names is the first item's ("six
  // beignets", the half dozen) as much as that many combos: a guess.
  u.atoms.forEach((a, i) => {
    const n = u.atoms[i - 1];
    if (!en || !isItemAtom(a) || n?.kind !== "num" || n.article || n.value < 2) return;
    const parts = a.text.toLowerCase().split(/\s+and\s+/);
    if (parts.length !== 2) return;
    const own = a.kind === "menu" ? a.refs.flatMap((r) => (r.kind === "item" ? [r.item] : [])) : [];
    const named = parts.map((p) => itemNamed(menu, p));
    if (named.every((it) => it !== undefined && !own.includes(it))) guesses.push(`"${n.text} ${a.text}": ${n.text} of the first, or that many of the thing so called?`);
  });
  return guesses;
}

/** A menu word that names an item (and is not a quantity's counter). */
function isItemAtom(a: Utterance["atoms"][number]): boolean {
  return a.kind === "menu" && a.refs.some((r) => r.kind === "item");
}

/** The categories of the items a menu word names. */
function categoriesOf(menu: MenuModel, a: Utterance["atoms"][number]): string[] {
  if (a.kind !== "menu") return [];
  return a.refs.flatMap((r) => (r.kind === "item" ? [menu.menu.items.find((x) => x.id === r.item)?.category ?? ""] : r.kind === "category" ? [r.category] : []));
}
