// A read-back check, from the cart and the words alone: a later turn made a new line of a thing
// a set in hand already holds as its part, said with no word that orders one. "meal deal with a
// traditional and a coke" → "oh and make the pasty a large one" made a large traditional pasty
// beside the deal; "2인 세트 하나 주세요" → "음료는 사이다요" a soda beside the set whose drink was
// open; "no milk in the tea" a second tea, "핫도그에 케첩은 빼 주세요" a second hot dog (blind
// first run, r86a-004 and r89c-010 answered alone). Whichever step read the words so, the thing
// may be the set's own part changed, not one more: a guess. Said with a count (not "하나는", one of
// them: "주먹밥 하나는 김치로 해 주세요" of two 라면 세트, r119a-030), "another", 더, 도,
// "too", a word that adds, or (English) an article of its own ("and a coke"), it is an order.
//
// What the set holds as its part: a thing its own name or description names ("핫도그 + 감자튀김 +
// 음료"), or a thing one of its groups offers by that thing's name ("Cup of tea" of its drink,
// "traditional" of its pasty), whether the line holds that choice or another of the group.
import type { MenuModel } from "../../../../shared/menu/model.ts";
import type { CartLine } from "../../cart/cart.ts";
import { partsNamed } from "./bundle-with-its-part.ts";
import { groupsOnlyItsPart } from "./part-of-the-set-in-hand.ts";
import { keyOf, spokenNames } from "./name-forms.ts";
import { type TurnResult, linesMade } from "./turn-draft.ts";
import type { Atom } from "./scan.ts";
import type { Unit } from "./utterance.ts";

/** Whether a group of the set offers the item by one of the item's names. */
function offeredAsChoice(menu: MenuModel, set: string, item: string): boolean {
  const keys = new Set(spokenNames(menu.item(item)).map(keyOf).filter((k) => k.length >= 2));
  return menu.itemGroups(set).some((g) => g.choices.some((c) => spokenNames(c).some((n) => keys.has(keyOf(n)))));
}

/**
 * Whether a group of the set offers the item with one of the item's own choices, by the two
 * names together ("Passion fruit juice" of a juice whose flavour is "passion fruit", "chicken
 * taquitos" of a taquito filled with "chicken").
 */
function offeredWithItsChoice(menu: MenuModel, set: string, item: string): boolean {
  const names = spokenNames(menu.item(item));
  const own = menu.itemGroups(item).flatMap((g) => (g.select === "one" || g.select === "many" ? g.choices.flatMap((c) => spokenNames(c)) : []));
  const keys = new Set(names.flatMap((n) => own.flatMap((m) => [keyOf(`${m} ${n}`), keyOf(`${n} ${m}`)])));
  // (Not a group the item takes too: "흰밥" of the rice both have is the rice's own choice.)
  return menu.itemGroups(set).some((g) => !menu.itemGroup(item, g.id) && g.choices.some((c) => spokenNames(c).some((n) => keys.has(keyOf(n)))));
}

/**
 * Whether the item's every pick-one group is one only the set takes besides it, one at least:
 * the 주먹밥 whose flavour is the 라면 세트's rice ball flavour (blind first run r119a-030).
 */
function madeAsThePart(menu: MenuModel, set: string, item: string): boolean {
  const own = menu.itemGroups(item).filter((g) => g.select === "one");
  return own.length > 0 && groupsOnlyItsPart(menu, set, item).length === own.length && menu.item(set)?.category !== menu.item(item)?.category;
}

/** Whether the set's line holds the item as its part. */
function holdsAsItsPart(menu: MenuModel, set: CartLine, item: string): boolean {
  if (set.item === item) return false;
  const parts = partsNamed(menu, set.item);
  return (parts.size >= 2 && parts.has(item)) || offeredAsChoice(menu, set.item, item) || offeredWithItsChoice(menu, set.item, item) || madeAsThePart(menu, set.item, item);
}

/**
 * Whether the set holds a part of the category said ("커피는 아이스로요" of a set whose words name
 * its americano, blind first run r102b-014): a thing of that category its words name, other than its own.
 */
function holdsOfTheCategory(menu: MenuModel, set: CartLine, category: string): boolean {
  if (menu.item(set.item)?.category === category) return false;
  return [...partsNamed(menu, set.item)].some((p) => menu.item(p)?.category === category);
}

/** The unit said orders one: a count, "another", a word that adds, 도 / "too", or an English article of its own. */
function saysAnOrder(d: TurnResult, x: Unit): boolean {
  const atoms = d.utterance.atoms;
  const k = atoms.findIndex((a) => a.kind === "menu" && a.text === x.text);
  const at = atoms[k];
  // (Korean "주먹밥 하나는 김치로": the count said as the topic, one of them, orders nothing.)
  const next = atoms[k + 1];
  const oneOfThem = k >= 0 && next?.kind === "num" && !!next.flags.topic && !next.article;
  if ((x.qtyExplicit && !oneOfThem) || x.another || x.kws.has("more") || x.kws.has("add")) return true;
  if (at?.kind === "menu" && at.flags.also) return true;
  if (d.utterance.lang !== "en" || x.qty === undefined) return false;
  // ("a large coke": the article before the name, past the choices said of it; not "make the
  // pasty a large one".)
  let j = k - 1;
  while (atoms[j]?.kind === "menu" && (atoms[j] as Atom & { kind: "menu" }).refs.every((r) => r.kind === "choice")) j--;
  const before = atoms[j];
  return k < 0 || (before?.kind === "num" && before.article);
}

/**
 * The set made in this turn, said before the part, where the part is said as the one talked about
 * (Korean 은/는, English "the"): "가족 세트요, 고기만으로 하고 찐빵은 단호박이요" (blind first run
 * r96b-021 made a pumpkin 찐빵 beside the set, alone).
 */
function saidOfTheSetJustOrdered(d: TurnResult, x: Unit, made: readonly CartLine[], item: string): CartLine | undefined {
  const atoms = d.utterance.atoms;
  const k = atoms.findIndex((a) => a.kind === "menu" && a.text === x.text);
  const at = atoms[k];
  if (at?.kind !== "menu") return undefined;
  const prev = atoms[k - 1];
  const talkedAbout = d.utterance.lang === "en" ? prev?.kind === "kw" && prev.keywords.includes("the") : !!at.flags.topic;
  if (!talkedAbout) return undefined;
  return made.find((m) => holdsAsItsPart(d.menu, m, item) && atoms.slice(0, k).some((a) => a.kind === "menu" && a.refs.some((r) => r.kind === "item" && r.item === m.item)));
}

export function setPartMadeNew(d: TurnResult): string[] {
  const made = linesMade(d);
  if (!made.length) return [];
  const out: string[] = [];
  for (const x of d.utterance.units) {
    if (x.asked || x.remove || x.replaced || x.absorbed || x.readBack) continue;
    const its = made.filter((l) => (x.kind === "item" && x.item ? l.item === x.item : x.kind === "category" && !!x.category && d.menu.item(l.item)?.category === x.category));
    if (!its.length || saysAnOrder(d, x)) continue;
    for (const l of its) {
      const set = d.before.lines.find((b) => d.state.lines.some((s) => s.id === b.id) && (holdsAsItsPart(d.menu, b, l.item) || (x.kind === "category" && holdsOfTheCategory(d.menu, b, x.category!))));
      if (set) out.push(`"${x.text}" made as a new ${l.item} with ${set.item} in hand, which holds it as its part: changed, or one more?`);
      else {
        const just = saidOfTheSetJustOrdered(d, x, made, l.item);
        if (just) out.push(`"${x.text}" made as a new ${l.item} beside ${just.item} ordered before it in the turn, which holds it as its part: the set's, or one more?`);
      }
    }
  }
  return out;
}
