// The cart after a turn read back against what was said, whatever path of the planner made
// it: a refusal said for a line the turn reached is not on it, an item said to be taken out
// has fewer of it, a line that lost some of its quantity was named, and an item named to be
// ordered was made. These do not ask how the planner got there; they catch a misreading of
// any cause (on stores the engine had never met, wrong answers given alone were spread over
// every kind of turn, so checks by the kind of turn could not find them).
import type { CartLine, CartState } from "../../cart/cart.ts";
import { optionHas } from "./line-changes.ts";
import { optionNamedBy } from "./option-names.ts";
import { removalIndex } from "./refusal.ts";
import { keyOf, spokenNames } from "./name-forms.ts";
import { type TurnResult, linesReached, linesMade } from "./turn-draft.ts";
import { itemsInOrder } from "./word-order.ts";
import { readAsSoldAlone } from "./choice-sold-alone.ts";
import { bundlesItem, isCombo } from "./bundles.ts";
import { groupNamingPart } from "./choice-for-its-part.ts";
import { saidAsItComes } from "./count-of-what-it-comes-with.ts";
import type { Mod, Unit } from "./utterance.ts";

/** How many of an item a cart holds, over all its lines. */
export const qtyOf = (s: CartState, item: string) => s.lines.filter((l) => l.item === item).reduce((n, l) => n + l.qty, 0);
const ordering = (x: Unit) => x.kind === "item" && !!x.item && !x.asked && !x.remove && !x.replaced && !x.absorbed;

/**
 * "no onions", "not corn": a choice refused for what the turn made or changed is not on it.
 */
export function refusedStillThere(d: TurnResult): string[] {
  const idx = removalIndex(d.menu);
  // A removal is what a refusal picks ("오이 빼고" → "오이 빼기", "휘핑 빼고" → "휘핑 빼기"): holding it is right.
  const isRemoval = (c: { group: string; choice: string }) => (idx.groups.has(c.group) && !idx.adds.has(`${c.group}/${c.choice}`)) || idx.none.get(c.group) === c.choice || idx.targets.has(`${c.group}/${c.choice}`);
  const reached = linesReached(d);
  // (Refused of a part, "one without": not on some line of the item, the part's.)
  const ofPart = new Set(d.utterance.units.flatMap((x) => x.parts.flatMap((p) => p.mods)));
  const said: Array<[string | undefined, Mod]> = [
    ...d.utterance.units.filter((x) => !x.asked).flatMap((x) => [...x.mods, ...x.parts.flatMap((p) => p.mods)].map((m) => [x.item, m] as [string | undefined, Mod])),
    ...d.utterance.bare.flatMap((b) => [...b.mods, ...b.parts.flatMap((p) => p.mods)].map((m) => [undefined, m] as [string | undefined, Mod])),
  ];
  const out: string[] = [];
  for (const [item, m] of said) {
    if (m.kind !== "choice" || !m.neg) continue;
    // (A word that names several choices of one group, "휘핑" for "휘핑 올림" and "휘핑 빼기",
    // does not say which of them is refused.)
    const perGroup = (g: string) => m.cands.filter((c) => c.group === g).length;
    // (Nor is a removal the word names only when refused, "김치는 빼" for "김치 빼기".)
    const cands = m.onlyRefused ? [] : m.cands.filter((c) => !isRemoval(c) && !m.leftOutOnly?.includes(`${c.group}/${c.choice}`) && perGroup(c.group) === 1);
    const has = (l: CartLine) => (!item || l.item === item) && cands.some((c) => optionHas(l.options[c.group], c.choice));
    const own = reached.filter((l) => !item || l.item === item);
    if (ofPart.has(m) ? own.length > 0 && own.every(has) : reached.some(has)) out.push(`"${m.text}" was refused but is on the line`);
  }
  return out;
}

/** "순대랑 어묵탕은 빼주세요", "forget the pie": an item said to be taken out has fewer of it, and never more. */
export function takenOutStillThere(d: TurnResult): string[] {
  const out: string[] = [];
  for (const x of d.utterance.units) {
    if (!x.remove || !x.item || x.asked) continue;
    const before = qtyOf(d.before, x.item);
    const after = qtyOf(d.state, x.item);
    if (after > before || (before > 0 && after === before)) out.push(`"${x.text}" was to be taken out`);
    // ("hold the ice cream" with no scoop sold alone ordered, and a slice à la mode that still has it.)
    else if (before === 0 && countStillOnALine(d, x)) out.push(`"${x.text}" was refused but a line still has it`);
  }
  return out;
}

/** A line of the cart holds more than the least of a counted option the words name. */
function countStillOnALine(d: TurnResult, x: Unit): boolean {
  const said = new Set([x.text, ...spokenNames(d.menu.item(x.item!))].map(keyOf).filter(Boolean));
  return d.state.lines.some((l) =>
    d.menu.itemGroups(l.item).some((g) => {
      const has = l.options[g.id];
      return g.select === "count" && typeof has === "number" && has > g.min && spokenNames(g.group).some((n) => said.has(keyOf(n)));
    }),
  );
}

/**
 * "cancel the burrito and get a bowl instead" that also took the drink away: a line that lost
 * some of its quantity was named by the turn — unless the turn named no item at all ("cancel
 * that", "make it one": the line talked about), or it put one line in the place of one other
 * ("make that a supreme", "세트로 바꿔 주세요").
 */
export function lostUnnamed(d: TurnResult): string[] {
  const u = d.utterance;
  const named = new Set(u.units.flatMap((x) => [...(x.item ? [x.item] : []), ...(x.candidates ?? [])]));
  const categories = new Set(u.units.flatMap((x) => (x.category && !x.item ? [x.category] : [])));
  if (!named.size && !categories.size) return [];
  const lost = [...new Set(d.before.lines.map((l) => l.item))].filter((item) => qtyOf(d.state, item) < qtyOf(d.before, item));
  const categoryOf = (item: string) => d.menu.menu.items.find((i) => i.id === item)?.category;
  const unnamed = lost.filter((item) => !named.has(item) && !categories.has(categoryOf(item) ?? ""));
  // ("just the lemonade then": what was not named goes, as said.)
  const onlyThese = u.units.some((x) => x.only && !x.asked);
  // (One line put in the place of one other is a new item's line: "돼지갈비는 없던 걸로" that
  // cleared the order and made the 돼지갈비 again put nothing in the 소갈비's place.)
  const before = new Set(d.before.lines.map((l) => l.item));
  const replaced = lost.length === 1 && d.state.lines.some((l) => d.created.includes(l.id) && !before.has(l.item));
  // ("make it a combo" of a hot dog and a sprite: the lines went into a combo made this turn,
  // where the words named one; which combo takes them is combo-of-the-lines.ts's reading.)
  const saysCombo = [...named].some((i) => isCombo(d.menu, i));
  const inside = (combo: string, item: string) => itemKeys(d, combo).some((k) => itemKeys(d, item).some((b) => b.length >= 3 && k.includes(b) && k !== b));
  const intoBundle = saysCombo && unnamed.every((item) => d.state.lines.some((l) => d.created.includes(l.id) && (bundlesItem(d.menu, l.item, item) || (isCombo(d.menu, l.item) && inside(l.item, item)))));
  if (!unnamed.length || onlyThese || replaced || intoBundle) return [];
  return unnamed.map((item) => `${item} was taken away without being named`);
}

/**
 * "반반 한 마리 후라이드랑 간장" that made a 후라이드 and a 간장: an item named to be ordered was
 * made (or, already there, changed). Not when it is sold out (the kiosk says so), when it
 * points at a line already there ("수육만 할게요", "just the lemonade"), when it became a
 * choice of a line the turn reached ("make it a combo with a root beer"), or when it became
 * the item named after it that the turn made ("불고기버거 하나 세트로": 불고기버거 세트).
 */
export function namedNotMade(d: TurnResult): string[] {
  const reached = linesReached(d);
  const items = new Set(reached.map((l) => l.item));
  const nameOf = (id: string) => new Set(Object.values(d.menu.menu.items.find((i) => i.id === id)?.name ?? {}).map((n) => n.toLowerCase()));
  const namesIn = (outer: string, inner: string) => nameHolds(d, outer, inner);
  const named = new Set(d.utterance.units.flatMap((x) => (x.item && !x.asked ? [x.item] : [])));
  const made = linesMade(d);
  // A line the words put a choice on: one already there, one named, or one made from a
  // line there or named ("make it a combo": the combo named after the burger). Not a line
  // of an item nobody named ("a small fries" read as a kids meal with fries).
  const meant = (l: CartLine) => d.modified.includes(l.id) || named.has(l.item) || [...named, ...d.before.lines.map((b) => b.item)].some((i) => namesIn(l.item, i));
  const asChoice = (item: string) => {
    const names = nameOf(item);
    const isIt = (g: string, c: string) => c === item || Object.values(d.menu.groups.get(g)?.choices?.find((x) => x.id === c)?.name ?? {}).some((n) => names.has(n.toLowerCase()));
    return reached.some((l) => meant(l) && Object.entries(l.options).some(([g, v]) => [v].flat().some((c) => typeof c === "string" && isIt(g, c))));
  };
  const upgraded = (item: string) => made.some((l) => namesIn(l.item, item));
  const soldOut = (item: string) => d.menu.menu.items.find((i) => i.id === item)?.soldOut === true;
  // ("make the tacos flour" of a taco combo: "the" names the part of a line the turn changed.)
  const pointsBack = (x: Unit) => (qtyOf(d.before, x.item!) > 0 && (x.only || x.the || x.topic || x.readBack === true)) || (x.the && reached.some((l) => d.modified.includes(l.id) && namesIn(l.item, x.item!)));
  return d.utterance.units
    .filter((x) => ordering(x) && !items.has(x.item!) && qtyOf(d.state, x.item!) <= qtyOf(d.before, x.item!))
    .filter((x) => !soldOut(x.item!) && !pointsBack(x) && !asChoice(x.item!) && !upgraded(x.item!))
    .map((x) => `"${x.text}" was named but not made`);
}

/**
 * "cheeseburger and a small fries and an apple pie" that made a kids meal from "small fries"
 * (its side's name): a line of an item nobody named — not one there before, nor made from
 * one — made from words that name another item is the engine's guess between the two.
 * (The elided "a medium pepperoni" beside "two cokes" names no item: the pizza is meant.)
 */
export function madeUnnamed(d: TurnResult): string[] {
  const named = d.utterance.units.flatMap((x) => (x.item && !x.asked ? [x.item, ...(x.candidates ?? [])] : x.candidates ?? []));
  const from = [...named, ...d.before.lines.map((l) => l.item)];
  const made = d.state.lines.filter((l) => d.created.includes(l.id) && !from.includes(l.item) && !from.some((i) => nameHolds(d, l.item, i)));
  if (!made.length) return [];
  const said = d.utterance.bare.flatMap((b) => b.mods.map((m) => m.text.toLowerCase().replace(/\s+/g, "")));
  const itemWords = d.menu.menu.items.filter((i) => !made.some((l) => l.item === i.id)).flatMap((i) => itemKeys(d, i.id)).filter((k) => k.length >= 3);
  return said.some((w) => itemWords.some((k) => w.includes(k))) ? made.map((l) => `${l.item} was made from words that name another item`) : [];
}

/** One item's name holds another's ("Bacon Smash Combo" holds "bacon smash"): made from it. */
function nameHolds(d: TurnResult, outer: string, inner: string): boolean {
  return outer !== inner && itemKeys(d, outer).some((k) => itemKeys(d, inner).some((b) => k !== b && k.includes(b)));
}

/** An item's names and spoken aliases, lower case without spaces. */
function itemKeys(d: TurnResult, id: string): string[] {
  const it = d.menu.menu.items.find((i) => i.id === id);
  if (!it) return [];
  const aliases = Object.values(it.aliases ?? {}).flat().map((a) => (typeof a === "string" ? a : a.text));
  return [...Object.values(it.name), ...aliases].map((n) => n.toLowerCase().replace(/\s+/g, "")).filter((k) => k.length >= 2);
}

/**
 * "two cokes and a pizza" that made one coke or three: as many of an item as were said were
 * made. (Not when a word changes or points back, "make it three", "마카롱은 세 개로", "삼계탕으로
 * 두 개" of one in the cart, nor when a kind or bare options with a count of their own may
 * count the same item.)
 */
export function countsNotMade(d: TurnResult): string[] {
  const u = d.utterance;
  const out: string[] = [];
  const units = u.units.filter(ordering);
  // (Words that name a kind, "마카롱은 세 개로", or options with a count of their own may count the same item.)
  if (u.units.some((x) => !x.asked && (x.kind === "category" || x.kind === "ambiguous")) || u.bare.some((b) => b.qty !== undefined)) return [];
  for (const item of new Set(units.map((x) => x.item!))) {
    const of = units.filter((x) => x.item === item);
    if (!of.some((x) => x.qtyExplicit) || of.some((x) => x.kws.has("change") || x.the || x.topic || x.only || x.corrects || (x.qtyTarget && qtyOf(d.before, item) > 0))) continue;
    const n = of.reduce((t, x) => t + (x.qty ?? 1), 0);
    const added = qtyOf(d.state, item) - qtyOf(d.before, item);
    if (added !== n && added > 0) out.push(`${item}: ${n} said, ${added} made`);
  }
  return out;
}

/**
 * "딸기라떼 하나요, 라떼는 큰 사이즈요" that made a 카페라떼: a name said again as the topic (은/는),
 * with no count, that is also part of another item's name just ordered or on the cart,
 * most often points back at that line; a new line made from it is a guess.
 */
export function topicMadeNew(d: TurnResult): string[] {
  const u = d.utterance;
  if (u.lang !== "ko") return [];
  const out: string[] = [];
  const there = [...d.before.lines.map((l) => l.item), ...u.units.filter((x) => ordering(x) && !x.topic).map((x) => x.item!)];
  for (const x of u.units) {
    if (!ordering(x) || !x.topic || x.qtyExplicit) continue;
    if (!(qtyOf(d.state, x.item!) > qtyOf(d.before, x.item!))) continue;
    const word = x.text.replace(/(은|는)$/, "").replace(/\s+/g, "");
    if (word.length >= 2 && there.some((i) => i !== x.item && itemKeys(d, i).some((k) => k.includes(word)))) out.push(`"${x.text}": another item, or the ${word} just ordered?`);
  }
  return out;
}

/**
 * "six wings not boneless the regular ones with buffalo": choices said with an item refused
 * that was never ordered were meant for something else. (Not "cancel the large latte": the
 * choice picks the line to take out.)
 */
export function choicesOfARefusedItem(d: TurnResult): string[] {
  return d.utterance.units
    .filter((x) => x.remove && x.item && !x.asked && qtyOf(d.before, x.item) === 0 && x.mods.some((m) => m.kind === "choice" && !m.neg))
    .map((x) => `choices said with "${x.text}", refused and never ordered`);
}

/**
 * "two glazed" that made one glazed, "a dozen box six glazed six boston cream" that put six
 * of one flavour in the box: each count said (two or more) shows in what the turn did — an
 * item's count made or taken away, a line's count, all that was made, a counted option's
 * value or what it added, a number in a chosen name ("2 liter") — each in its own place.
 * One that shows nowhere was read as something else. (Counts said before a correction were
 * taken back; a turn that made nothing asked or answered, and says so.)
 */
export function numbersNotMade(d: TurnResult): string[] {
  const atoms = d.utterance.atoms;
  const lastCorrection = atoms.findLastIndex((a) => a.kind === "kw" && (a.keywords.includes("correction") || a.keywords.includes("soft-correction")));
  const before = new Map(d.before.lines.map((l) => [l.id, l]));
  const after = new Map(d.state.lines.map((l) => [l.id, l]));
  const changed = [...d.state.lines, ...d.before.lines].filter((l) => before.get(l.id)?.qty !== after.get(l.id)?.qty || d.modified.includes(l.id));
  // (Not "with two eggs" of a plate that comes with two: said as it comes, count-of-what-it-comes-with.ts.)
  const asItComes = (a: (typeof atoms)[number]) => saidAsItComes(d.menu, changed.map((l) => l.item), atoms, a);
  const said = atoms.slice(lastCorrection + 1).flatMap((a) => (a.kind === "num" && !a.article && a.value >= 2 && !asItComes(a) ? [a] : []));
  if (!said.length || !changed.length) return [];
  const places: Array<Set<number>> = [];
  const reached = linesReached(d);
  const restated = d.utterance.units.some((x) => !x.asked && x.qtyExplicit && (x.kind === "category" || x.topic));
  for (const item of new Set(changed.map((l) => l.item))) {
    const made = Math.abs(qtyOf(d.state, item) - qtyOf(d.before, item));
    places.push(new Set([made, qtyOf(d.state, item)]));
    // "a brownie and a cannoli, oh and two more cannolis": counts said for it that add up to what was made.
    const counts = d.utterance.units.filter((x) => ordering(x) && x.item === item).map((x) => x.qty ?? 1);
    if (counts.length > 1 && counts.reduce((a, b) => a + b, 0) === made) for (const n of counts) places.push(new Set([n]));
    // "초코 마카롱 두 개, 아 마카롱은 세 개로": a count said again for it, by its kind or as the topic, replaces the first.
    if (restated) for (const n of counts) places.push(new Set([n]));
  }
  // "족발 세 개" then "세 개 중에 하나는 불족발로": the count of the line the part was taken from.
  const ofHowMany = new Set(d.utterance.units.flatMap((x) => (x.ofHowMany !== undefined ? [x.ofHowMany] : [])));
  for (const l of changed) if (ofHowMany.has(before.get(l.id)?.qty ?? -1)) places.push(new Set([before.get(l.id)!.qty]));
  // "three asiago bagels, two with cream cheese and one with butter": each line.
  for (const l of reached) places.push(new Set([l.qty]));
  // "치즈버거 두 개요 그중 하나는 세트로": all that was made, of whatever items.
  places.push(new Set([linesMade(d).reduce((n, l) => n + l.qty, 0)]));
  for (const l of reached) {
    const was = before.get(l.id);
    for (const [g, v] of Object.entries(l.options)) {
      if (typeof v !== "number") {
        for (const c of [v].flat()) for (const n of namedNumbers(d, g, c)) places.push(new Set([n]));
        continue;
      }
      const old = was?.options[g];
      if (typeof old === "number" && old !== v) places.push(new Set([v, Math.abs(v - old)]));
      else if (!was) places.push(new Set([v]));
    }
  }
  // Each count said takes a place of its own (a small matching: a few of each at most).
  const taken = new Array<number>(places.length).fill(-1);
  const fit = (n: number, seen: Set<number>): boolean =>
    places.some((p, i) => {
      if (!p.has(said[n]!.value) || seen.has(i)) return false;
      seen.add(i);
      if (taken[i] === -1 || fit(taken[i]!, seen)) {
        taken[i] = n;
        return true;
      }
      return false;
    });
  return said.filter((_, n) => !fit(n, new Set())).map((a) => `"${a.text}" was said, and no count of it was made`);
}

/** Numbers written in a choice's names ("2 Liter", "12 inch"). */
function namedNumbers(d: TurnResult, group: string, choice: string): number[] {
  const c = d.menu.groups.get(group)?.choices?.find((x) => x.id === choice);
  return c ? [...Object.values(c.name).join(" ").matchAll(/\d+/g)].map((m) => Number(m[0])) : [];
}

/**
 * "dozen box, all glazed" that made a dozen box and a glazed donut: an item made from words
 * that also name an option of another line the turn made, left as it was (the box's
 * "Glazed" count), may have been that option. Which one is the engine's guess.
 */
export function itemOrOption(d: TurnResult): string[] {
  const made = linesMade(d);
  const { ordered, starts } = itemsInOrder(d.utterance);
  const out: string[] = [];
  ordered.forEach((x, i) => {
    if (!ordering(x) || !made.some((l) => l.item === x.item)) return;
    // ("and a brown rice": its own article made it the Side of Rice, choice-sold-alone.ts.)
    if (readAsSoldAlone(d.utterance.atoms, starts[i])) return;
    // (Only a line named before it: options follow their item; in Korean also the one named
    // right after it, "베베 세트 사이다로": a choice said before its head, with nothing of its own.)
    const before = new Set(ordered.slice(0, i).filter((y, j) => starts[j] !== undefined && starts[i] !== undefined && starts[j]! < starts[i]!).map((y) => y.item));
    if (d.utterance.lang === "ko" && ordered[i + 1] && !x.qtyExplicit && !x.mods.length) before.add(ordered[i + 1]!.item);
    // (Also a line made from a choice said before it that names its item, "a whisky, with coke" of the
    // spirit miniature's "Whisky": held-out r107e-009 made the coke a can beside it, alone.)
    for (const l of made) if (starts[i] !== undefined && !ordered.some((y) => y.item === l.item) && choiceSaidBefore(d, l, starts[i]!)) before.add(l.item);
    // (In English, the one named right after it with "on the", "with the": "onion rings instead, on the clam strips".)
    const next = ordered[i + 1];
    const between = next && starts[i] !== undefined && starts[i + 1] !== undefined ? d.utterance.atoms.filter((a) => a.start > starts[i]! && a.start < starts[i + 1]!) : [];
    if (d.utterance.lang === "en" && next && !x.qtyExplicit && between.some((a, k) => /^(on|with|for)$/i.test(a.text.trim()) && /^the$/i.test(between[k + 1]?.text.trim() ?? ""))) before.add(next.item);
    // ("and a steamed gyoza" after a bento whose side may be gyoza: said with a choice only the item takes, it is the item.)
    const own = made.filter((l) => l.item === x.item).some((m) => x.mods.some((o) => o.kind === "choice" && !o.neg && o.cands.some((c) => has(m.options[c.group], c.choice) && made.every((l) => l.item === x.item || !d.menu.itemGroup(l.item, c.group)))));
    for (const l of made) {
      if (l.item === x.item || !before.has(l.item) || own) continue;
      // (Or a group whose own name holds the item's, "Squash flavour" of the kids' plate: choice-for-its-part.ts.)
      const group = optionNamedBy(d.menu, l.item, x.text) ?? choiceNamedAs(d, l.item, x.item!) ?? groupNamingPart(d.menu, l.item, x.item!);
      const g = group ? d.menu.itemGroup(l.item, group) : undefined;
      // (Left at its default, or still open: a required choice the kiosk goes on to ask.)
      const open = l.options[g?.id ?? ""] === undefined || JSON.stringify(l.options[g!.id]) === JSON.stringify(g!.default);
      if (g && open) out.push(`"${x.text}": an item, or the ${l.item}'s ${g.id}?`);
    }
  });
  return out;
}

/**
 * A word said before `start` that names only choices, one of them the line's own. (Not one whose
 * words hold the item's own name, "six beignets" of the beignets' "half dozen": the item was named.)
 */
function choiceSaidBefore(d: TurnResult, l: CartLine, start: number): boolean {
  const itemKeys = spokenNames(d.menu.item(l.item)).map(keyOf).filter((k) => k.length >= 3);
  return d.utterance.atoms.some((a) => a.start < start && a.kind === "menu" && a.refs.length > 0 && a.refs.every((r) => r.kind === "choice") && a.refs.some((r) => r.kind === "choice" && has(l.options[r.group], r.choice)) && !itemKeys.some((k) => keyOf(a.text).includes(k)));
}

const has = (v: unknown, choice: string) => (Array.isArray(v) ? v.includes(choice) : v === choice);

/** A group of `item` with a choice called by one of `other`'s names ("베이컨베스트 토스트" the item and the set's toast). */
function choiceNamedAs(d: TurnResult, item: string, other: string): string | undefined {
  const names = itemKeys(d, other);
  return d.menu.itemGroups(item).find((g) => g.choices.some((c) => Object.values(c.name).some((n) => names.includes(n.toLowerCase().replace(/\s+/g, "")))))?.id;
}

/**
 * A group of `item` one of whose choices, said with the group's own name, is `other`'s name: the
 * kids' plate's "Pancakes" group and its "Chocolate chip", said as "chocolate chip pancakes", the
 * Chocolate Chip Pancakes sold alone (held-out round 46, sealed, answered alone: the answer to the
 * plate's next question made the pancakes beside it).
 */
function choiceWithItsGroupNamed(d: TurnResult, item: string, other: string): string | undefined {
  const names = spokenNames(d.menu.item(other), true).map(keyOf);
  return d.menu.itemGroups(item).find((g) =>
    Object.values(g.group.name).some((gn) => !!gn && g.choices.some((c) => Object.values(c.name).some((cn) => !!cn && (names.includes(keyOf(`${cn} ${gn}`)) || names.includes(keyOf(`${gn} ${cn}`)))))),
  )?.id;
}

/**
 * "a hot chocolate" → "oat please" that made an oatmeal: the words of an item made this turn
 * name an option of the last line ordered before it, left as it came — that line's option,
 * or the item?
 */
export function optionOfTheLastLine(d: TurnResult): string[] {
  const last = d.before.lines.at(-1);
  if (!last) return [];
  const made = new Set(linesMade(d).map((l) => l.item));
  const out: string[] = [];
  for (const x of d.utterance.units) {
    if (!ordering(x) || !made.has(x.item!) || x.qtyExplicit) continue;
    // The last line, or one the turn names ("onion rings with the shrimp": the shrimp basket's side).
    const named = d.before.lines.filter((l) => l === last || d.utterance.units.some((y) => y !== x && y.item === l.item));
    for (const l of named) {
      if (l.item === x.item) continue;
      const group = optionNamedBy(d.menu, l.item, x.text) ?? choiceWithItsGroupNamed(d, l.item, x.item!);
      const g = group ? d.menu.itemGroup(l.item, group) : undefined;
          if (g && g.choices.length > 1 && JSON.stringify(l.options[g.id]) === JSON.stringify(g.default)) out.push(`"${x.text}": an item, or the ${l.item}'s ${g.id}?`);
    }
  }
  return out;
}

/**
 * "김치만두 찐 걸로 하나 고기만두는 군 걸로 하나" that made one fried meat dumpling: two choices of
 * one one-choice group said in one phrase, one of them on no line the turn made or changed —
 * another of its group is — were read as one thing where the words said two.
 */
export function oneOfTwoChoicesLost(d: TurnResult): string[] {
  const reached = linesReached(d);
  if (!reached.length) return [];
  const phrases = [...d.utterance.units.filter((x) => ordering(x)).map((x) => x.mods), ...d.utterance.bare.filter((b) => !b.asked).map((b) => b.mods)];
  const out: string[] = [];
  for (const mods of phrases) {
    const chosen = new Map<string, Set<string>>();
    for (const m of mods) {
      if (m.kind !== "choice" || m.neg || m.cands.length !== 1) continue;
      const c = m.cands[0]!;
      if (d.menu.groups.get(c.group)?.select !== "one") continue;
      chosen.set(c.group, (chosen.get(c.group) ?? new Set()).add(c.choice));
    }
    for (const [group, choices] of chosen) {
      if (choices.size < 2) continue;
      // ("우유는 오트로 바꿔": the group's default named as the group itself, then what it becomes.)
      const fallback = d.menu.groups.get(group)?.default;
      const lost = [...choices].filter((c) => c !== fallback && !reached.some((l) => l.options[group] === c));
      if (lost.length) out.push(`${group}: ${lost.join(", ")} said beside another, on no line`);
    }
  }
  return out;
}
