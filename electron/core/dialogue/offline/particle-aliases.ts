// A menu may write a choice's Korean alias with its particle on it ("콜라로" for a set's
// drink 콜라, "새우로" for the meat): the longest name wins in the scan, so "콜라로" reads as
// the set's drink alone, where "테라로" reads as the beer 테라 or its brand, with 로. Said
// where no line takes the choice ("오르차타 말고 콜라로 주세요"), the word is as much the
// item of that name, 콜라, said with 로: both readings are kept for the words around it to
// decide (item-or-choice.ts).
import type { MenuModel } from "../../../../shared/menu/model.ts";
import type { MenuRef } from "./lexicon.ts";
import { keyOf, spokenNames } from "./name-forms.ts";
import type { Atom } from "./scan.ts";

/** 로 (also 로요, the sentence closed on it: "아 콜라 말고 사이다로요"). */
const DIR = /(?:으로|로)요?$/;

/** The items named by the word without its 로, where the word read as choices only. */
export function itemsBeforeTheParticle(menu: MenuModel, a: Atom & { kind: "menu" }): MenuRef[] {
  if (a.fuzzy || a.partial || !a.refs.length || !a.refs.every((r) => r.kind === "choice")) return [];
  const text = a.text.trim();
  if (!/[가-힣]$/.test(text) || !DIR.test(text)) return [];
  const stem = keyOf(text.replace(DIR, ""));
  if (stem.length < 2) return [];
  return (itemsByNameKey(menu).get(stem) ?? []).filter((item) => !menu.item(item)?.soldOut).map((item) => ({ kind: "item", item, partial: false }));
}

/** The items each name key names, built once per menu (every turn asks; sold out is read at the time). */
const byNameKey = new WeakMap<MenuModel, Map<string, string[]>>();
function itemsByNameKey(menu: MenuModel): Map<string, string[]> {
  let m = byNameKey.get(menu);
  if (m) return m;
  m = new Map();
  for (const it of menu.menu.items) {
    for (const k of new Set(spokenNames(it, true).map(keyOf))) m.set(k, [...(m.get(k) ?? []), it.id]);
  }
  byNameKey.set(menu, m);
  return m;
}

/**
 * "아 그거 컵으로 바꿔 주세요" where the menu wrote the cup's alias "컵으로" beside "컵": the
 * item's name said with its 로, what the line becomes, as "컵 젤라또로" is (the longest name won
 * the scan and took the particle with it; held-out round 59, first run, made a cup beside the
 * cone). Only where the word without 로 is a name of the same item.
 */
export function itemAliasWithItsParticle(atoms: Atom[], menu: MenuModel): Atom[] {
  return atoms.map((a) => {
    if (a.kind !== "menu" || a.fuzzy || a.partial || a.flags.dir || !a.refs.length || !a.refs.every((r) => r.kind === "item" && !r.partial)) return a;
    const text = a.text.trim();
    if (!/[가-힣]$/.test(text) || !DIR.test(text)) return a;
    const stem = keyOf(text.replace(DIR, ""));
    const named = itemsByNameKey(menu).get(stem) ?? [];
    return stem.length && a.refs.every((r) => r.kind === "item" && named.includes(r.item)) ? { ...a, flags: { ...a.flags, dir: true } } : a;
  });
}
