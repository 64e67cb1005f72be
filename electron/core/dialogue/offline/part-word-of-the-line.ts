// "라면 주먹밥 세트 하나요" → "라면엔 계란 빼 주세요": a word said with 에/엔/에는 (or 은/는), no
// count, that names an item sold alone (the 라면) and is also a word of the name of the one line
// in hand (the 라면 주먹밥 세트; or of the lines of one item), which takes a group named by that word too ("라면 빼기")
// or every option said after it ("김라세트" → "라면엔 계란", the set's egg topping), is
// where the options said after it go: that line's part, not another 라면 ordered. (A 라면 was
// added beside the set, the customer's refusal done on the set all the same.) Not where a line
// of the item itself is in hand: then it is that line (line-edits.ts).
import type { MenuModel } from "../../../../shared/menu/model.ts";
import { asFiller } from "./atom-forms.ts";
import { keyOf } from "./name-forms.ts";
import type { Atom } from "./scan.ts";
import type { ParseContext } from "./utterance.ts";

const PLACE = /(?:에다가|에다|에는|에|엔|은|는)$/;

export function partWordOfTheLine(atoms: Atom[], ctx: ParseContext): Atom[] {
  const lines = ctx.focus ?? [];
  if (!lines.length || atoms.some((x) => x.kind === "num")) return atoms;
  const named = atoms.filter((x) => x.kind === "menu" && x.refs.some((r) => r.kind === "item"));
  const a = named[0];
  if (named.length !== 1 || a?.kind !== "menu" || a.fuzzy || (!a.flags.loc && !a.flags.topic) || atoms.indexOf(a) !== 0 && atoms.slice(0, atoms.indexOf(a)).some((x) => x.kind !== "kw")) return atoms;
  const items = a.refs.flatMap((r) => (r.kind === "item" ? [r.item] : []));
  if (lines.some((l) => items.includes(l.item))) return atoms;
  // Something said after it: the options it heads.
  if (!atoms.slice(atoms.indexOf(a) + 1).some((x) => x.kind === "menu")) return atoms;
  const word = keyOf(a.text).replace(PLACE, "");
  if (word.length < 2) return atoms;
  const after = atoms.slice(atoms.indexOf(a) + 1).filter((x): x is Atom & { kind: "menu" } => x.kind === "menu");
  // The line takes a group named by the word ("라면 빼기"), or every option said after it ("라면엔 계란" of the set's toppings).
  const takesAll = (item: string) => after.every((x) => x.refs.some((r) => (r.kind === "choice" ? !!ctx.menu.itemGroup(item, r.group)?.choices.some((c) => c.id === r.choice) : r.kind === "group" && !!ctx.menu.itemGroup(item, r.group))));
  const namedGroup = (item: string) => ctx.menu.itemGroups(item).some((g) => Object.values(ctx.menu.groups.get(g.id)?.name ?? {}).some((n) => keyOf(n).includes(word)));
  const holders = lines.filter((l) => nameHas(ctx.menu, l.item, word) && (namedGroup(l.item) || takesAll(l.item)));
  // (Lines of one item only: which of them the options go to is the rest's to say.)
  return holders.length > 0 && new Set(holders.map((l) => l.item)).size === 1 ? atoms.map((x) => (x === a ? asFiller(x) : x)) : atoms;
}

function nameHas(menu: MenuModel, item: string, word: string): boolean {
  const it = menu.item(item);
  return !!it && Object.values(it.name).some((n) => keyOf(n).includes(word));
}
