// Whether the offline engine may answer a turn alone (hybrid mode): only when the whole
// utterance is accounted for. Every word that names something on the menu, a number or
// an unknown thing must have been given a role by the parse (an item, its quantity, an
// option, an order option, a question); every refusal must have something to refuse;
// nothing may have been guessed between (spelling tolerance, part of a name, an option
// moved away from the item it was said with, two choices for one slot); and the planner's
// outcomes must show it carried everything out as said (no option the item does not take,
// no cart rule that refused, no item guessed from its options). This is the one place
// that decides; everything else only reports.
import type { MenuModel } from "../../../../shared/menu/model.ts";
import { askOf, cartChanged, type Outcome, type OutcomeKind } from "./outcomes.ts";
import { itemTakes } from "./options.ts";
import { optionNamesAnItem } from "./option-names.ts";
import { conflicting } from "./ellipsis.ts";
import type { MenuRef } from "./lexicon.ts";
import { refusalKind, refusalScope, removalIndex } from "./refusal.ts";
import { englishNumberWords, koreanNumberWords } from "./numbers.ts";
import { choicesBetweenItems } from "./word-order.ts";
import { asideGuesses } from "./asides.ts";
import { itemsSaidTogether } from "./items-said-together.ts";
import { numbersNothingTook } from "./numbers-taken.ts";
import type { Utterance } from "./utterance.ts";
import type { Keyword } from "./language.ts";

export interface TurnAccount {
  /** Content words nothing used. */
  unexplained: string[];
  /** Refusals with nothing to refuse ("I don't want it on ..."). */
  unattached: string[];
  /** What had to be guessed between. */
  guesses: string[];
}

/** Counting words ("one", "two", "하나"), not sizes that count ("half dozen", "single"). */
const NUMBER_WORDS: ReadonlySet<string> = new Set([...englishNumberWords(), ...koreanNumberWords()].filter((w) => !w.prenoun && w.n > 0 && !/\s|dozen|single|^an?$/.test(w.text)).map((w) => w.text));

/** Words that say how much of something ("extra hot", "light ice"). */
const INTENSITY: ReadonlySet<string> = new Set(["extra", "xtra", "double", "triple", "light", "lite", "less", "more", "heavy", "easy", "super", "very", "really", "less"]);

/** Outcomes that mean something said was not carried out as said, or had to be guessed. */
const DOUBTFUL: ReadonlySet<OutcomeKind> = new Set([
  "cart-refused",
  "options-not-taken",
  "option-fits-no-line",
  "item-guessed",
  "which-unsettled",
  "another-or-same",
  "part-or-all",
  "part-of-a-name",
  "count-unsettled",
  "count-unplaced",
  "options-without-item",
  "cannot-do",
  "unknown-option",
  "not-on-menu",
  "asked-which",
]);

/** What the turn could not carry out as said, one entry per outcome (empty: all of it). */
export function doubtsIn(outcomes: readonly Outcome[]): Outcome[] {
  return outcomes.filter((o) => DOUBTFUL.has(o.kind) || (o.kind === "answered" && o.aboutUnknown));
}

const UNDERSTOOD: ReadonlySet<OutcomeKind> = new Set(["acted-on", "answered", "placing-order", "order-cleared"]);

/** Something was applied, answered, asked or acted on: false means "I did not understand". */
export function isUnderstood(outcomes: readonly Outcome[]): boolean {
  return cartChanged(outcomes) || outcomes.some((o) => UNDERSTOOD.has(o.kind)) || askOf(outcomes) !== undefined;
}

export function accountFor(u: Utterance, menu: MenuModel): TurnAccount {
  const en = u.lang === "en";
  const unexplained: string[] = [...u.unplaced];
  const unattached: string[] = [];
  const guesses: string[] = [...u.guesses];
  // Atoms some refusal covers ("오이랑 당근 빼고": both).
  const refused = new Set<number>();
  const removalGroups = removalIndex(menu).groups;
  u.atoms.forEach((a, i) => {
    if (refusalKind(a, menu, en) === "refuse") for (const x of refusalScope(u.atoms, i, en, menu)) refused.add(x.start);
    // "오이랑 당근 빼고" where "당근 빼고" is the menu's own removal: the list before it too.
    if (a.kind === "menu" && a.refs.length && a.refs.every((r) => r.kind === "choice" && !r.refused && removalGroups.has(r.group))) {
      for (let j = i - 1; j >= 0; j--) {
        const x = u.atoms[j]!;
        if (x.kind === "sep" && x.why === "conj") continue;
        if (x.kind !== "menu" || x.flags.kept || !x.refs.every((r) => r.kind === "choice" && r.refused)) break;
        refused.add(x.start);
      }
    }
  });
  // Options the reading refused ("no pickles": "no" before an option refuses it).
  // (And a removal's thing said to be kept, "양파는 넣고": keep-default.ts gave it that role.)
  for (const m of [...u.units.flatMap((x) => [...x.mods, ...x.parts.flatMap((p) => p.mods)]), ...u.bare.flatMap((b) => [...b.mods, ...b.parts.flatMap((p) => p.mods)])]) {
    if (m.kind === "choice" && (m.neg || m.keep) && m.at !== undefined) refused.add(m.at);
  }
  u.atoms.forEach((a, i) => {
    // "오이" for the removal "오이 빼기" names it only when refused ("오이 추가" is not "no cucumber").
    if (a.kind === "menu" && a.refs.length && a.refs.every((r) => r.kind === "choice" && r.refused) && !refused.has(a.start)) guesses.push(`"${a.text}" names a removal but was not refused`);
    const refusal = refusalKind(a, menu, en) === "refuse";
    // ("one with zhug, one without": the reading gave the bare "without" what it refuses, one-without.ts.)
    const attached = refusal && (refusalScope(u.atoms, i, en, menu).length > 0 || (a.kind === "kw" && refused.has(a.start)));
    if (refusal && !attached) unattached.push(a.text);
    // (A number is used only by what took it: a line's or a part's quantity, an option's count —
    // clause.ts records an option's number only when the option took it —, a choice it names.)
    if (a.kind === "num" && !u.explained.has(a.start) && !attached) unexplained.push(`"${a.text}": a number no quantity or count took`);
    else if ((a.kind === "menu" || a.kind === "unknown") && !u.explained.has(a.start) && !attached) unexplained.push(a.text);
    // "쫄면" for 쫄면사리: a choice named by a clipping of its name is a guess.
    if (a.kind === "menu" && a.refs.length && a.refs.every((r) => r.kind === "choice" && r.clipped)) guesses.push(`"${a.text}" is only part of a choice's name`);
    // A reading step took its best guess at it (servings-sizes.ts).
    if (a.kind !== "sep" && a.flags.guessed) guesses.push(`"${a.text}": read by a guess`);
  });
  u.atoms.forEach((a, i) => {
    if (!en) return;
    const next = u.atoms[i + 1];
    const word = a.text.toLowerCase();
    // "extra hot", "light iced": how much of a choice that has no "how much" on the menu (a
    // menu's "Extra cheese" is read whole, "extra pickles" adds a topping).
    // ("more cheese" read as the menu's "Extra cheese" has its degree.)
    const degreeless = (r: MenuRef) => r.kind === "choice" && menu.groups.get(r.group)?.select === "one" && !choiceWords(menu, r.group, r.choice).some((w) => INTENSITY.has(w));
    // ("one more large": the "more" is the count's, one more of it, large.)
    const prev = u.atoms[i - 1];
    const ofCount = prev?.kind === "num" && !!prev.flags.more;
    if (a.kind === "kw" && INTENSITY.has(word) && !ofCount && next?.kind === "menu" && next.refs.length && next.refs.every(degreeless))
      guesses.push(`"${a.text} ${next.text}": the menu has no such degree of it`);
    // "a large pepperoni well done": a way of making it the menu does not have, not "done".
    if (a.kind === "kw" && word === "done" && u.atoms[i - 1]?.text.toLowerCase() === "well") guesses.push(`"well done" is not on the menu`);
  });
  guesses.push(...itemsSaidTogether(u, menu));
  // "take out the pepperoni": to go, or the pepperoni taken out?
  u.atoms.forEach((a, i) => {
    const the = u.atoms[i + 1];
    if (en && a.kind === "menu" && a.refs.some((r) => r.kind === "order") && /^take\s*out$/i.test(a.text) && the?.kind === "kw" && the.keywords.includes("the")) guesses.push(`"${a.text} the": to go, or taken out?`);
  });
  // "make one of those with a lemonade", "the two and the one": an item the menu calls by a
  // number ("the one" for the Number 1 combo) said as a bare number is a count or "that
  // one" as often as the item. ("number one", "#1", "combo 1" say which; the "#" is gone
  // from the words read, so digits are taken as said with it.)
  for (const a of u.atoms) {
    if (a.kind !== "menu" || !a.refs.some((r) => r.kind === "item")) continue;
    const word = a.text.toLowerCase().replace(/^the\s+/, "").trim();
    if (NUMBER_WORDS.has(word)) guesses.push(`"${a.text}": a number, or the item called so?`);
  }
  // "no, a mocha" as a turn's first words: the last thing ordered taken back, or a "no" to
  // "anything else?" and one more thing? (A refusal names no count: "no onions".)
  const first = u.atoms[0];
  if (en && first?.kind === "kw" && /^(no|nope)$/i.test(first.text) && u.atoms.slice(1).find((a) => a.kind !== "sep")?.kind === "num" && u.units.some((x) => x.kind === "item" && !x.asked && !x.remove)) guesses.push(`"${first.text}, " then an order: a correction, or one more?`);
  // "a chocolate croissant" where only "Hot chocolate" and "Butter croissant" are sold: a
  // piece of other items' names, read into nothing, may be a thing the menu does not have.
  // (Said right before an item's name, as a kind of it; not a head noun after one, "works
  // pizza", nor before a name said with "with", "a pizza with everything".)
  u.atoms.forEach((a, i) => {
    if (a.kind !== "menu" || !a.refs.length || !a.refs.every((r) => r.kind === "item" && r.partial)) return;
    const next = u.atoms[i + 1];
    if (next?.kind !== "menu" || /^with\s/i.test(next.text) || !next.refs.some((r) => r.kind === "item" && !r.partial)) return;
    if (!u.units.some((x) => x.text === a.text || x.text.includes(a.text))) guesses.push(`"${a.text}": part of a name, read into nothing`);
  });
  // "make the first one large": "the first one" is read as the line talked about last; which
  // line is first (added first, said first) is a guess.
  for (const a of u.atoms) if (en && a.kind === "kw" && /\b(first|second|third)\b/i.test(a.text) && a.keywords.includes("pronoun")) guesses.push(`"${a.text}": which line is that?`);
  // "a side of ranch": an option ordered on its own, as a side, is not an item's option.
  u.atoms.forEach((a, i) => {
    const of = u.atoms[i + 1];
    const next = u.atoms[i + 2];
    if (en && a.kind === "menu" && a.refs.some((r) => r.kind === "category") && !a.refs.some((r) => r.kind === "item") && of?.kind === "kw" && of.keywords.includes("of") && next?.kind === "menu" && next.refs.every((r) => r.kind === "choice"))
      guesses.push(`"${a.text} of ${next.text}": an option on its own`);
  });
  // "아아 하나요 아 그리고 라떼도 같은 걸로": the same what, another 아아 or the latte made the same way?
  if (!en && u.orderKws.has("same") && u.units.some((x) => x.kind === "item" && !x.asked)) guesses.push("the same as what");
  // "라떼 바닐라로": the latte with vanilla syrup, or the 바닐라라떼 the menu sells?
  for (const x of u.units) if (!en && x.kind === "item" && x.item && !x.asked && optionNamesAnItem(menu, x.item, x.mods)) guesses.push(`"${x.text}": an option that with the name is another item`);
  // "a pizza with everything" where no item is called that, nor one group settles (everything.ts): everything of what?
  u.atoms.forEach((a, i) => {
    const next = u.atoms[i + 1];
    if (en && a.kind === "kw" && a.keywords.includes("with") && next?.kind === "kw" && next.keywords.includes("all") && !u.explained.has(next.start)) guesses.push(`"${a.text} ${next.text}" names nothing on the menu`);
  });
  for (const x of u.units) {
    if (x.asked) continue;
    if (x.partial || x.fuzzy) guesses.push(`"${x.text}" is only part of a name`);
    const partsQty = x.parts.reduce((s, p) => s + p.qty, 0);
    if (x.parts.length && (!x.qtyExplicit || (x.qty !== undefined && partsQty > x.qty))) guesses.push(`"${x.text}": parts do not add up`);
    // "치즈케이크 두 조각 하나는 포장": a part with nothing of its own said (the take-out is the
    // whole order's) was not carried out as said.
    else if (!en && x.parts.some((p) => !p.mods.length) && !u.units.some((y) => y !== x && y.kind !== "item" && !y.asked)) guesses.push(`"${x.text}": a part with nothing said of it`);
    if (twoChoicesForOneSlot(menu, x.item, x.mods)) guesses.push(`"${x.text}": two choices for one option`);
    // "two pizzas a large with ham and a medium with bacon": a part choosing otherwise than
    // what was said for all of them; what was said for all was one of the parts.
    if (x.parts.some((p) => conflicting(x.mods, p.mods, menu))) guesses.push(`"${x.text}": a part chooses otherwise than the whole`);
    // "a large pizza with pepperoni and a medium pizza with the same": the same what? (Not
    // "and a latte the same way", read as the one before: same-other-item.ts.)
    if (en && x.kws.has("same") && !x.sameRead && u.units.some((y) => y !== x && y.clause < x.clause && y.kind !== "unknown")) guesses.push(`"${x.text}": the same as which?`);
    // "two lattes, one with oat almond": one of them given two choices for one slot.
    if (x.parts.some((p) => twoChoicesForOneSlot(menu, x.item, p.mods))) guesses.push(`"${x.text}": two choices for one option in a part`);
    // "additional cheese" where the menu has no such words: the group is named, no choice.
    // (Also a group of many said for a part, "two hot dogs, one with just mustard and one with
    // the works"; not "하나는 얼음 넣고", the one-choice group as it comes.)
    for (const mods of [x.mods, ...x.parts.map((p) => p.mods)]) {
      for (const m of mods) {
        if (m.kind !== "group" || m.neg || mods.some((o) => o.kind === "choice" && o.cands.some((c) => c.group === m.group))) continue;
        if (mods === x.mods || menu.groups.get(m.group)?.select === "many") guesses.push(`"${m.text}" names no choice`);
      }
    }
  }
  // "medium pepperoni large sausage" with no item: two choices for one option, whatever they order.
  // (Not "우유는 오트로 바꿔", "make the whole milk oat": a change names the old choice and the new.)
  for (const b of u.bare) if (en && !b.kws.has("change") && twoChoicesAnySlot(menu, b.mods)) guesses.push("two choices for one option with no item");
  // (An item named, a word several items share or a category, like "pizzas"; options none
  // of them takes, like "a medium pepperoni" next to "two cokes", are an order of their own.)
  const named = u.units.filter((x) => x.kind !== "unknown" && !x.asked).flatMap((x) => itemsMeant(menu, x));
  // (Nor "a large cheese and a medium with mushrooms": counted on its own, choosing otherwise
  // than every item named in a one-choice option, it cannot be their options said apart.)
  // (Said after them, and with no correction in the turn: "a large, no wait, a regular matcha" is one.)
  const ownOrder = (b: Utterance["bare"][number]) => {
    const items = u.units.filter((x) => x.kind !== "unknown" && !x.asked);
    const corrected = u.kws.has("correction") || u.kws.has("soft-correction") || b.corrects;
    return en && !corrected && b.qty !== undefined && items.every((x) => x.clause < b.clause && conflicting(x.mods, b.mods, menu));
  };
  // (Nor "a small pizza with pepperoni but leave off the mushrooms": refusals alone, with one
  // thing ordered, can only be said of it.)
  // (Toppings and such: refusing one of a one-choice group, "not the thin", says nothing of what is wanted.)
  const takenOff = (m: Utterance["bare"][number]["mods"][number]) => m.kind === "choice" && m.neg && m.cands.every((c) => menu.groups.get(c.group)?.select === "many");
  const onlyRefusals = (b: Utterance["bare"][number]) => b.mods.every(takenOff) && new Set(named).size === 1;
  if (u.bare.some((b) => !ownOrder(b) && !onlyRefusals(b) && b.mods.some((m) => named.some((item) => itemTakes(menu, item, m))))) guesses.push("options said apart from the items ordered");
  // "the large pie with pesto ... and ham pizza", "five pies ... on all of those pizzas": an
  // item named again with no quantity of its own may be the same thing said twice.
  const ordered = u.units.filter((x) => x.kind === "item" && !x.asked && !x.remove && !x.replaced);
  // "fries, onion rings, and no fries for me": ordered and refused in one breath.
  for (const x of u.units) if (en && x.remove && !x.asked && ordered.some((y) => y.item === x.item && y.clause < x.clause)) guesses.push(`"${x.text}" ordered and refused in one breath`);
  for (const x of ordered) {
    // ("no cheese on the veggie one": "the" points at the one just ordered.)
    // (Not the one "하나 더" copied, one-more-made-so.ts: "삼계탕 하나 주시고 마늘 빼고 하나 더"
    // where the menu spells "삼계탕 하나" as the item's own name; nor "another shake but
    // chocolate", another-of-the-item.ts.)
    if (x.qty === undefined && !x.the && !x.another && ordered.some((y) => y !== x && y.item === x.item && !y.another)) guesses.push(`"${x.text}" named again without a quantity`);
    // "라떼 하나 ... 카페라떼 한 잔 두유로 바꿔 주세요": an item named twice with a change word
    // may be another one made so, or the first one changed.
    else if (x.kws.has("change") && ordered.some((y) => y !== x && y.item === x.item)) guesses.push(`"${x.text}" named again with a change`);
  }
  // "a large mexican pizza with a large pepsi", "a large pan pizza with sausage and also can
  // i do a large with pepperoni": one option said twice for one thing ordered (an item, or a
  // word several items share) — two things, or one?
  for (const x of u.units) {
    if (x.asked || x.remove || x.replaced || x.kind === "unknown") continue;
    const said = x.mods.filter((m) => m.kind === "choice" && !m.neg).map((m) => (m.kind === "choice" ? m.cands.map((c) => `${c.group}/${c.choice}`).join("|") : ""));
    if (new Set(said).size < said.length) guesses.push(`"${x.text}": an option said twice`);
  }
  guesses.push(...choicesBetweenItems(u, menu));
  guesses.push(...correctionsTakingBack(u));
  if (en && partOfTheCountMadeAnother(u)) guesses.push('"one of them" made another item');
  guesses.push(...asideGuesses(u, menu));
  guesses.push(...numbersNothingTook(u));
  return { unexplained, unattached, guesses };
}

/**
 * The one confidence rule: understood, carried out as said, every word accounted for, and
 * the cart after the turn holding what was said (`lineDoubts`, line-doubts.ts), and none
 * of the shapes of turn that blind rounds showed are read wrong too often (`risky`,
 * risky-shapes.ts).
 */
export function isConfident(outcomes: readonly Outcome[], account: TurnAccount, u: Utterance, lineDoubts: readonly string[], risky: readonly string[] = []): boolean {
  return (
    lineDoubts.length === 0 &&
    risky.length === 0 &&
    isUnderstood(outcomes) &&
    !asksWhatWasSaid(outcomes, u) &&
    !checkoutNamingItems(outcomes, u) &&
    doubtsIn(outcomes).length === 0 &&
    u.fuzzy === 0 &&
    u.unknownWords.length === 0 &&
    account.unexplained.length === 0 &&
    account.unattached.length === 0 &&
    account.guesses.length === 0
  );
}

/** The words of a choice's names in every language, lower case. */
function choiceWords(menu: MenuModel, group: string, choice: string): string[] {
  const c = menu.groups.get(group)?.choices?.find((x) => x.id === choice);
  return c ? Object.values(c.name).flatMap((n) => n.toLowerCase().split(/\s+/)) : [];
}

/** Options with no item: some one-choice group any of them may set is given two choices. */
function twoChoicesAnySlot(menu: MenuModel, mods: Utterance["bare"][number]["mods"]): boolean {
  const seen = new Map<string, string>();
  for (const m of mods) {
    if (m.kind !== "choice" || m.neg) continue;
    const ones = m.cands.filter((c) => menu.groups.get(c.group)?.select === "one");
    if (ones.some((c) => seen.has(c.group) && seen.get(c.group) !== c.choice)) return true;
    for (const c of ones) seen.set(c.group, c.choice);
  }
  return false;
}

/**
 * "냉면은 안 먹을게요" read as "nothing more, that's my order": a turn that goes to checkout while
 * naming something on the menu it did nothing with was about that thing, not the order.
 */
function checkoutNamingItems(outcomes: readonly Outcome[], u: Utterance): boolean {
  if (!outcomes.some((o) => o.kind === "checkout-requested" || o.kind === "placing-order") || cartChanged(outcomes)) return false;
  return u.atoms.some((a) => a.kind === "menu" && a.refs.some((r) => r.kind === "item" || r.kind === "category"));
}

/** The kiosk asks for a choice of a group the customer did say something for: a word went astray. */
function asksWhatWasSaid(outcomes: readonly Outcome[], u: Utterance): boolean {
  const mods = [...u.units.flatMap((x) => [...x.mods, ...x.parts.flatMap((p) => p.mods)]), ...u.bare.flatMap((b) => [...b.mods, ...b.parts.flatMap((p) => p.mods)])];
  // Only words that name choices of one group say which group they answer.
  const said = new Set(mods.flatMap((m) => (m.kind === "choice" && !m.neg && new Set(m.cands.map((c) => c.group)).size === 1 ? [m.cands[0]!.group] : [])));
  return outcomes.some((o) => o.kind === "asked-choice" && said.has(o.group));
}

/** The items a unit may mean: its item, the items a shared word names, or its category's. */
function itemsMeant(menu: MenuModel, x: Utterance["units"][number]): string[] {
  if (x.item) return [x.item];
  if (x.kind === "ambiguous") return x.candidates ?? [];
  return menu.menu.items.filter((i) => i.category === x.category).map((i) => i.id);
}

/**
 * Two choices said for one slot ("small large"): each choice is placed in a one-choice
 * group it fits, a free one first (반반: 후라이드 then 양념 fill both halves); a choice
 * that only fits a slot already given something else is a clash. `item` undefined: a
 * word several items share ("pizza"), judged by the menu's groups.
 */
function twoChoicesForOneSlot(menu: MenuModel, item: string | undefined, mods: Utterance["units"][number]["mods"]): boolean {
  const seen = new Map<string, string>();
  const groupOf = (g: string) => (item ? menu.itemGroup(item, g) : menu.groups.get(g));
  for (const m of mods) {
    if (m.kind !== "choice" || m.neg) continue;
    // ("poori and two extra chapati": the count "Extra chapati" said by its name, not the bread.)
    if (m.orCount?.named && groupOf(m.orCount.group)?.select === "count") continue;
    const fits = m.cands.filter((c) => groupOf(c.group)?.select === "one" && (groupOf(c.group)?.choices ?? []).some((x) => x.id === c.choice));
    if (!fits.length) continue;
    const c = fits.find((x) => !seen.has(x.group) || seen.get(x.group) === x.choice);
    if (!c) return true;
    seen.set(c.group, c.choice);
  }
  return false;
}

/**
 * "actually take the olives off and put mushrooms instead", "actually no vanilla just
 * caramel", "아니다, 시럽은 빼 주세요": a correction that takes something back is where
 * readings of what it takes back and what stays part ways (on stores never seen, several of
 * the wrong answers given alone were such turns). The model reads them.
 */
function correctionsTakingBack(u: Utterance): string[] {
  // Korean says it with X 말고 Y ("아 그거 말고 쫄면사리로요", "세트 말고 단품으로"): on stores
  // never seen, half of such turns answered alone were wrong. ("치즈스틱은 말고요" only refuses.)
  const gives = u.units.some((x) => !x.asked && !x.remove && !x.replaced) || [...u.units.flatMap((x) => x.mods), ...u.bare.flatMap((b) => b.mods)].some((m) => m.kind === "choice" && !m.neg);
  const corrects = u.kws.has("correction") || u.kws.has("soft-correction") || (u.lang === "ko" && u.kws.has("instead") && gives);
  if (!corrects) return [];
  // "콜라 두 병... 아 아니다 하나는 사이다로", "two colas, no wait, one of them a sprite": a correction
  // that changes part of a count — does the rest stay as it was? (Sealed round 42 was answered
  // alone with the one cider only.)
  if (partOfACountCorrected(u)) return ["a correction that changes part of a count"];
  const takesBack = TAKING_BACK.some((k) => u.kws.has(k)) || [...u.units.flatMap((x) => x.mods), ...u.bare.flatMap((b) => b.mods)].some((m) => (m.kind === "choice" || m.kind === "group") && m.neg);
  return takesBack ? ["a correction that takes something back"] : [];
}
const TAKING_BACK: readonly Keyword[] = ["refuse", "remove", "cancel", "without", "instead", "no"];

/**
 * "two lychee sodas, one of them a milk tea": part of the count said made another item — one of
 * the two changed, or a third thing? ("of them" is read as filler, so the words say it.)
 */
function partOfTheCountMadeAnother(u: Utterance): boolean {
  const m = /\b(one|two|three|\d+) of (?:them|those|these)\b/i.exec(u.text);
  if (!m) return false;
  const at = u.atoms.findLastIndex((a) => a.kind === "num" && a.text.trim().toLowerCase() === m[1]!.toLowerCase());
  // (Of a count said before it in the turn: not "what comes on the chili dog? okay one of those, and a water".)
  const split = u.atoms.slice(0, Math.max(0, at)).some((a) => a.kind === "num" && !a.article && a.value >= 2);
  // (The item right after it, "a milk tea": not "one of them with no pickles and a medium coke".)
  const next = u.atoms.slice(at + 1).find((a) => !(a.kind === "num" && a.article));
  return at >= 0 && split && next?.kind === "menu" && next.refs.some((r) => r.kind === "item");
}

/** After a correction word, a count said as a part ("하나는", "한 병은") of a count said before it. */
function partOfACountCorrected(u: Utterance): boolean {
  const at = u.atoms.findIndex((a) => a.kind === "kw" && a.keywords.includes("correction"));
  // (Of a count said before it in the same turn: "아니다 하나는 콜라로" after "사이다 두 병" in the turn
  // before is read as one of the line in hand.)
  if (u.lang !== "ko" || at < 0 || !u.atoms.slice(0, at).some((a) => a.kind === "num" && !a.article && a.value >= 2)) return false;
  return u.atoms.slice(at + 1).some((a) => a.kind === "num" && !a.article && /[는은]$/.test(a.text.trim()));
}

