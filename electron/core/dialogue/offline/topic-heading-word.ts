// Korean "굴순두부 하나 … 밥은 흑미로 주세요", "들깨순두부 하나랑 비지찌개 하나 … 밥은 둘 다
// 흑미로요": a word said with 은/는 and no count, that names an item sold alone (밥 for the
// 공기밥) and the group of the dishes just named (their rice, "공기밥"), then a choice of that
// group, is the group's heading: the dishes' rice is black rice. Read as the item it added a
// bowl of black rice, answered alone (blind round 37, twice in one store). English says it
// with "with" (group-heading-word.ts). "공기밥은 흑미로", where 공기밥 names that group too, is
// the same; so is the heading said on a later turn, of the lines in hand, and a word that names
// a counted add-on ("계란 추가") heading the group of the choice after it ("계란 조리").
import type { MenuModel } from "../../../../shared/menu/model.ts";
import { asFiller } from "./atom-forms.ts";
import { keyOf, keyWithoutParticle } from "./name-forms.ts";
import type { Atom } from "./scan.ts";
import type { MenuRef } from "./lexicon.ts";
import type { ParseContext } from "./utterance.ts";

type MenuAtom = Atom & { kind: "menu" };
const isMenu = (a: Atom | undefined): a is MenuAtom => a?.kind === "menu";

export function topicWordAsGroupHeading(atoms: Atom[], menu: MenuModel): Atom[] {
  return atoms.map((a, i) => {
    // The dishes named before it in the turn, every one of them taking that group.
    const dishes = atoms.slice(0, i).flatMap((x) => (isMenu(x) && x.refs.every((r) => r.kind === "item") ? [x.refs.map((r) => (r.kind === "item" ? r.item : ""))] : []));
    return headsTheGroup(atoms, i, menu, dishes) ? asFiller(a) : a;
  });
}

/**
 * "햄순두부 하나요" → "공기밥은 흑미로 주세요" (a later turn): the same heading said of the lines in
 * hand, where nothing in the turn is a dish. (Not where the item it names is itself in hand:
 * then it may be that bowl's rice.)
 */
export function topicWordHeadsTheLines(atoms: Atom[], ctx: ParseContext): Atom[] {
  const lines = (ctx.focus ?? []).map((f) => [f.item]);
  if (!lines.length || atoms.some((x) => isMenu(x) && x.refs.some((r) => r.kind === "item") && !x.flags.topic)) return atoms;
  return atoms.map((a, i) => {
    const named = isMenu(a) ? a.refs.flatMap((r) => (r.kind === "item" ? [r.item] : [])) : [];
    if (lines.some(([it]) => named.includes(it!))) return a;
    return headsTheGroup(atoms, i, ctx.menu, lines) ? asFiller(a) : a;
  });
}

/** Whether atom i, said with 은/는 and no count, heads the group of the choice said next, a group every dish takes. */
function headsTheGroup(atoms: Atom[], i: number, menu: MenuModel, dishes: string[][]): boolean {
  const a = atoms[i];
  // ("칠라킬레스 하나 계란은 스크램블로요": 계란 also names the counted "계란 추가", not the group
  // "계란 조리" the choice after it answers; a counted add-on's word heads that group alike.)
  const counted = (r: MenuRef) => r.kind === "group" && menu.groups.get(r.group)?.select === "count";
  if (!isMenu(a) || a.fuzzy || !a.flags.topic || !a.refs.some((r) => r.kind === "item" || counted(r)) || !a.refs.every((r) => r.kind === "item" || r.kind === "group")) return false;
  // (A count before it is the dish's, "해물순두부 하나 공기밥은 흑미로요".)
  if ((atoms[i - 1]?.kind === "num" && !isMenu(atoms[i - 2])) || atoms[i + 1]?.kind === "num") return false;
  // The choice said next ("둘 다" / "both" may come between).
  let j = i + 1;
  while (atoms[j]?.kind === "kw" && (atoms[j] as Atom & { kind: "kw" }).keywords.every((k) => k === "both" || k === "filler")) j++;
  const next = atoms[j];
  if (!isMenu(next) || !next.refs.length || !next.refs.every((r) => r.kind === "choice")) return false;
  if (!dishes.length || atoms.slice(j + 1).some((x) => x.kind === "num")) return false;
  const groups = new Set(next.refs.flatMap((r) => (r.kind === "choice" ? [r.group] : [])));
  // ("공기밥은" that names the group itself as well as the bowl sold alone: that group.)
  const own = a.refs.flatMap((r) => (r.kind === "group" ? [r.group] : []));
  const said = keyWithoutParticle(a.text);
  const heads = [...groups].filter((g) => {
    const names = Object.values(menu.groups.get(g)?.name ?? {}).map(keyOf);
    return (own.includes(g) || names.some((n) => n.includes(said))) && dishes.every((its) => its.some((it) => menu.itemGroup(it, g)));
  });
  return heads.length === 1;
}
