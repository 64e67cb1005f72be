// "새우 볶음밥 하나요", "샤인머스캣 주스 하나요", "멸치 김밥 한 줄이요": Korean puts the modifier
// right before its head, so a word said right before another item's name, with nothing between,
// may name a dish the menu does not sell (shrimp fried rice) rather than two things (a shrimp
// skewer and fried rice). Read as a guess (the model, or with no model the best reading and a
// question) where the first word is an item called by the front of its name only ("새우" of
// 새우꼬치, "귤" of 귤 탕후루: the head noun dropped, the way a modifier is said) and the second is
// an item of another category called by a name with its head ("볶음밥", "주스"); and where a
// choice of a pick-one slot is said right before a name that already picks another choice of
// it ("딸기 수박 주스": one juice of two fruits, which the menu does not make). "딸기 탕후루",
// "치즈 볶음밥" (the item's own name, its own choice), "새우 마늘 하나씩" (both said by the
// front of their names, a list) and "후라이드랑 간장 치즈볼" (the word ends a list of its kind)
// are not touched. The same holds the other way round: "수육 국수 하나요", a whole name right
// before another item called by the back of its name only (국수 of 잔치국수: the head noun, the
// way a dish's kind is said after its modifier), is the dish 수육 국수 as often as two things
// ("김밥 라면", two whole names, "… 하나씩", each, or "삼계탕 하나 밥 하나", the first counted, is a list). And one spoken word the
// menu has no name for, read as two items' names ("비빔만두": 비빔 of 비빔국수 and 만두), is a
// dish the menu does not sell: a name the menu does sell ("참치김밥") is read whole before this.
import type { MenuModel } from "../../../../shared/menu/model.ts";
import { theItemNamed } from "./atom-forms.ts";
import { keyOf, spokenNames, wordsOf } from "./name-forms.ts";
import { koreanNumberWords } from "./numbers.ts";
import type { Atom } from "./scan.ts";


/** The one item an atom names (items only; a category or the item's own group beside it allowed). */
const itemOf = (a: Atom | undefined) => theItemNamed(a, ["category", "group"]);

/** Said by the front of the item's name only, as a modifier is ("새우" of "새우꼬치"). */
function frontOnly(menu: MenuModel, item: string, said: string): boolean {
  const it = menu.item(item);
  const k = keyOf(said);
  if (!it || !k) return false;
  // (Its own name on the board: "새우" is an alias of 새우꼬치, still the name's front.)
  return Object.values(it.name).some((n) => { const full = keyOf(n ?? ""); return full.length > k.length && full.startsWith(k); });
}

/** Said by the back of the item's name only, as a dish's kind is ("국수" of "잔치국수"). */
function backOnly(menu: MenuModel, item: string, said: string): boolean {
  const it = menu.item(item);
  const k = keyOf(said);
  if (!it || !k) return false;
  return Object.values(it.name).some((n) => { const full = keyOf(n ?? ""); return full.length > k.length && full.endsWith(k); });
}

const NUMBER_WORDS = new Set(koreanNumberWords().map((w) => w.text));

/** A name said with its count in it ("삼계탕 하나", the menu's own alias): the count ends it, a list. */
const countedName = (a: Atom) => wordsOf(a.text).slice(1).some((w) => NUMBER_WORDS.has(w) || /^\d/.test(w));

/** "… 하나씩", "각각": the count after the names says each, a list. */
const eachAfter = (atoms: Atom[], i: number) => atoms.slice(i).some((a) => a.kind !== "sep" && (a.flags.each || (a.kind === "kw" && a.keywords.includes("both"))));

const choicesOf = (a: Atom | undefined) => (a?.kind === "menu" ? a.refs.flatMap((r) => (r.kind === "choice" ? [r] : [])) : []);

export function modifierBeforeItem(atoms: Atom[], menu: MenuModel, unplaced: Atom[]): Atom[] {
  for (let i = 0; i + 1 < atoms.length; i++) {
    const x = atoms[i]!;
    const y = atoms[i + 1]!;
    if (x.kind !== "menu" || y.kind !== "menu") continue;
    const xi = itemOf(x);
    const yi = itemOf(y);
    // ("반반 한마리 후라이드랑 간장 치즈볼 하나": 간장 ends a list of its own kind, 후라이드랑 간장.)
    const before = atoms.slice(0, i).reverse().find((a) => a.kind !== "sep");
    const listed = !!xi && before !== undefined && menu.item(itemOf(before) ?? "")?.category === menu.item(xi)?.category;
    if (xi && yi && xi !== yi && !listed && menu.item(xi)?.category !== menu.item(yi)?.category && frontOnly(menu, xi, x.text) && !frontOnly(menu, yi, y.text)) {
      unplaced.push(x);
      continue;
    }
    // ("비빔만두": two items' names inside one spoken word, none of the menu's names.)
    if (xi && yi && xi !== yi && x.tok1 === y.tok0) {
      unplaced.push(x);
      continue;
    }
    // ("수육 국수": a whole name, then another kind of dish by the back of its name.)
    if (xi && yi && xi !== yi && !listed && menu.item(xi)?.category !== menu.item(yi)?.category && !frontOnly(menu, xi, x.text) && !countedName(x) && backOnly(menu, yi, y.text) && !eachAfter(atoms, i + 2)) {
      unplaced.push(x);
      continue;
    }
    // "딸기 수박 주스": two choices of one pick-one slot, the second said with the item's name.
    const c2 = choicesOf(y).filter((r) => menu.groups.get(r.group)?.select === "one");
    const clash = choicesOf(x).some((r) => c2.some((q) => q.group === r.group && q.choice !== r.choice));
    // (The menu's names are read only for a clash: this runs on every pair of menu words.)
    const withItem = clash && menu.menu.items.some((it) => it.optionGroups?.some((g) => (typeof g === "string" ? g : g.group) === c2[0]?.group) && spokenNames(it).map(keyOf).some((n) => n.length >= 2 && keyOf(y.text).endsWith(n)));
    if (clash && withItem) unplaced.push(x);
  }
  return atoms;
}
