// Where Korean talk starts a new clause or keeps one going, beyond the separators: a list
// of items before a refusal is one clause (all refused), and a count that closes options
// said with no item ends one (the options were not said of the item after it).
import type { MenuModel } from "../../../../shared/menu/model.ts";
import type { MenuRef } from "./lexicon.ts";
import type { Atom } from "./scan.ts";

/**
 * "무랑 소스는 빼 주세요": two items joined by 랑, the second with 는 and a refusal right
 * after it, are one list of refused things (an order would carry its count: "후라이드
 * 하나랑 소스는 빼고" keeps the 후라이드).
 */
export function refusedItemList(atoms: Atom[], i: number): boolean {
  const isItem = (x: Atom | undefined) => x?.kind === "menu" && x.refs.length > 0 && x.refs.every((r) => r.kind === "item");
  const prev = atoms[i - 1];
  const next = atoms[i + 1];
  if (!isItem(prev) || !isItem(next) || next?.kind !== "menu" || !next.flags.topic) return false;
  let k = i + 2;
  while (atoms[k]?.kind === "kw" && (atoms[k] as Atom & { keywords: string[] }).keywords.every((w) => w === "filler" || w === "all")) k++;
  const after = atoms[k];
  return after?.kind === "kw" && after.keywords.some((w) => w === "remove" || w === "refuse" || w === "without" || w === "cancel");
}

/**
 * "후간반 순살 하나 콜라 큰 거 하나": in Korean a count closes what came before it; options
 * with their count and no item, followed by an item they do not fit, were said of
 * something else (the item they name, found later), not of that item.
 */
export function closesOptionsBefore(cur: Atom[], a: Atom, next: Atom | undefined, menu: MenuModel): boolean {
  if (a.kind !== "num" || a.times || a.flags.topic || a.flags.among || !/[\uac00-\ud7a3]/.test(a.text)) return false;
  if (next?.kind !== "menu" || !next.refs.length || !next.refs.every((r) => r.kind === "item" && !r.partial)) return false;
  const said = cur.slice(0, -1);
  if (!said.length || !said.every((x) => x.kind === "menu" && x.refs.length > 0 && x.refs.every((r) => r.kind === "choice"))) return false;
  const fits = (item: string, r: MenuRef) => r.kind === "choice" && !!menu.itemGroup(item, r.group)?.choices.some((c) => c.id === r.choice);
  return said.some((x) => x.kind === "menu" && !next.refs.some((it) => it.kind === "item" && x.refs.some((r) => fits(it.item, r))));
}
