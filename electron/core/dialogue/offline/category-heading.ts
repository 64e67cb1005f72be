// "마카롱 바닐라 2개 초코 2개 얼그레이 1개": a category said first, then words each with its
// own count, is a heading: each word is the one item of that category whose name holds it
// (바닐라 마카롱), not the syrup or the 초코케이크 the word names elsewhere on the menu.
// A category said right before one item of it is that item's heading too: "치킨 반반 하나"
// is the 반반치킨, not a set made with its 반반 chicken (치킨 also the set's chicken group).
import type { MenuModel } from "../../../../shared/menu/model.ts";
import { keyOf } from "./lexicon.ts";
import type { Atom } from "./scan.ts";
import type { ParseContext } from "./utterance.ts";

const KO_PARTICLE_END = /(이랑|랑|하고|이요|요|은|는|도)$/;

export function categoryAsHeading(atoms: Atom[], menu: MenuModel): Atom[] {
  const out: Atom[] = [];
  for (let i = 0; i < atoms.length; i++) {
    const a = atoms[i]!;
    const cat = a.kind === "menu" && a.refs.length > 0 && a.refs.every((r) => r.kind === "category") ? new Set(a.refs.map((r) => (r.kind === "category" ? r.category : ""))) : undefined;
    if (!cat || cat.size !== 1 || atoms[i + 1]?.kind !== "menu") {
      out.push(a);
      continue;
    }
    const inCat = menu.menu.items.filter((it) => cat.has(it.category));
    const read: Atom[] = [];
    let j = i + 1;
    for (; j < atoms.length; j++) {
      const b = atoms[j]!;
      const counted = atoms[j + 1]?.kind === "num";
      const item = b.kind === "menu" && counted && !b.flags.dir ? itemHolding(b, inCat) : undefined;
      if (!item || b.kind !== "menu") break;
      read.push({ ...b, refs: [{ kind: "item", item, partial: false }] }, atoms[j + 1]!);
      j++;
      // ("바닐라 2개, 초코 2개": a comma or 랑 between them.)
      if (atoms[j + 1]?.kind === "sep" && (atoms[j + 1] as { why: string }).why !== "clause") read.push(atoms[++j]!);
    }
    // Two or more, so the list shows it is a heading ("커피 아메리카노 하나" needs no heading).
    if (read.filter((x) => x.kind === "menu").length < 2) {
      out.push(a);
      continue;
    }
    out.push(...read);
    i = j - 1;
  }
  return out;
}

/**
 * "치킨 반반 하나", "커피 아메리카노 두 잔": a word naming a category (and perhaps an option
 * group that nothing in hand takes) right before a word naming an item of that category
 * (by its whole name) heads it and says nothing more; the item is read as of that category.
 */
export function categoryBeforeItsItem(atoms: Atom[], ctx: ParseContext): Atom[] {
  const out: Atom[] = [];
  for (let i = 0; i < atoms.length; i++) {
    const a = atoms[i]!;
    const next = atoms[i + 1];
    const inHand = a.kind === "menu" ? itemsInHand(out, ctx) : [];
    const cats = a.kind === "menu" && !a.fuzzy && !a.partial ? headingCategories(a, inHand, ctx) : undefined;
    const inCat = cats && next?.kind === "menu" && !next.fuzzy ? next.refs.filter((r) => r.kind === "item" && !r.partial && cats.has(ctx.menu.item(r.item)?.category ?? "")) : [];
    // Said as a topic or with 로 ("김밥은 참치로", "음료는 콜라로요"), it names a part of the
    // thing in hand: a heading only where that thing takes the word as its choice (then
    // item-or-choice.ts reads it so), not the cola sold alone beside a set that has no drink.
    const part = (a.kind === "menu" && a.flags.topic) || (next?.kind === "menu" && next.flags.dir);
    const choiceOfInHand = next?.kind === "menu" && next.refs.some((r) => r.kind === "choice" && inHand.some((it) => ctx.menu.itemGroup(it, r.group)?.choices.some((c) => c.id === r.choice)));
    if (!inCat.length || next?.kind !== "menu" || a.end > next.start || (part && !choiceOfInHand)) {
      out.push(a);
      continue;
    }
    out.push({ ...next, refs: next.refs.filter((r) => r.kind !== "item" || inCat.includes(r)) });
    i++;
  }
  return out;
}

/** The items named before in the turn, or the lines in hand when none was. */
function itemsInHand(before: readonly Atom[], ctx: ParseContext): string[] {
  const said = before.flatMap((x) => (x.kind === "menu" ? x.refs.flatMap((r) => (r.kind === "item" ? [r.item] : [])) : []));
  return said.length ? said : (ctx.focus ?? []).map((f) => f.item);
}

/** The categories a word names when it could head an item: all its readings categories, or option groups nothing in hand takes. */
function headingCategories(a: Atom & { kind: "menu" }, inHand: readonly string[], ctx: ParseContext): Set<string> | undefined {
  if (!a.refs.some((r) => r.kind === "category" && !r.partial) || !a.refs.every((r) => r.kind === "category" || r.kind === "group")) return undefined;
  if (a.refs.some((r) => r.kind === "group" && inHand.some((it) => ctx.menu.itemGroup(it, r.group)))) return undefined;
  return new Set(a.refs.flatMap((r) => (r.kind === "category" && !r.partial ? [r.category] : [])));
}

/** The one item of the category whose name holds the word said. */
function itemHolding(b: Atom & { kind: "menu" }, inCat: MenuModel["menu"]["items"]): string | undefined {
  const word = keyOf(b.text.trim().replace(KO_PARTICLE_END, ""));
  if ([...word].length < 2) return undefined;
  const hits = inCat.filter((it) =>
    [...Object.values(it.name), ...Object.values(it.aliases ?? {}).flat().map((x) => (typeof x === "string" ? x : x.text))].some((n) => keyOf(n).includes(word)),
  );
  return hits.length === 1 ? hits[0]!.id : undefined;
}
