// Before clauses are built, the words are read in the light of the menu and the
// conversation: a word that names both an item and a choice (콜라, the set's drink), a
// number that names a choice ("당도 30"), a word that only names a choice relative to
// its group ("얼음은 적게"), measure words ("a shot of vanilla"), and words after "with"
// that are options rather than things ordered.
import type { MenuModel } from "../../../../shared/menu/model.ts";
import { MAX_QTY_PER_LINE } from "../../cart/cart.ts";
import { keyOf, type MenuRef } from "./lexicon.ts";
import { choiceByParts } from "./part-answers.ts";
import { countSaidAgain, fineWithoutRefuses, nextTimeRefuses } from "./count-corrections.ts";
import { categoryAsHeading } from "./category-heading.ts";
import { halvesAsOne, pairAsItsCombo } from "./halves.ts";
import { countsNamedAsChoices, groupBeforeThePart, leftOutOfTheOther, oneOfTheTwo, partAfterItsOption } from "./line-parts.ts";
import { partsAfterTheirOptions, partsOfTheCount, totalBeforeItsLines } from "./count-parts.ts";
import { bothSaidFirst } from "./both-first.ts";
import { numberNamesItsChoice } from "./number-choices.ts";
import { familyNamedByItsTail } from "./name-families.ts";
import { counterNamesItsChoice } from "./counter-choices.ts";
import { notChoiceAsItsOpposite } from "./not-choices.ts";
import { itemNamedAsChoiceOfNext } from "./set-named-by-choice.ts";
import { modifierNamesChoice } from "./choice-modifiers.ts";
import { countedGroupWordAsItems } from "./counted-group-word.ts";
import { flavoursOfABox } from "./flavour-items.ts";
import { halvesOfAMix, piecesOfAnItem } from "./piece-counts.ts";
import { sizeStepOfTheLine } from "./size-steps.ts";
import { dropMeasures, moreOfAGroup } from "./measure-words.ts";
import { itemNamedByItsCounter } from "./counter-nouns.ts";
import { choiceBeforeItsNone } from "./choice-then-none.ts";
import type { Atom } from "./scan.ts";
import type { ParseContext } from "./utterance.ts";

export interface ContextReading {
  atoms: Atom[];
  /** Menu words no reading could place (a relative word with no group in question). */
  unplaced: Atom[];
}

/** One reading of the words: atoms in, atoms out. */
type Step = (atoms: Atom[]) => Atom[];

/** All the readings, in order. */
export function readInContext(atoms: Atom[], ctx: ParseContext, en: boolean): ContextReading {
  const unplaced: Atom[] = [];
  // Steps that read a word into others say so (a measure word, a category said as a heading).
  const consumed: Atom[] = [];
  const consuming = (step: Step): Step => (a) => {
    const out = step(a);
    for (const x of a) if (!overlapsAny(x, out)) consumed.push(x);
    return out;
  };
  const steps: Step[] = [
    ...(en
      ? [
          (a: Atom[]) => familyNamedByItsTail(a, ctx.menu),
          (a: Atom[]) => choiceBeforeItsNone(a, ctx.menu),
          (a: Atom[]) => sizeStepOfTheLine(a, ctx),
          (a: Atom[]) => piecesOfAnItem(a, ctx.menu),
          (a: Atom[]) => halvesOfAMix(a, ctx.menu),
          (a: Atom[]) => flavoursOfABox(a, ctx),
          (a: Atom[]) => countedGroupWordAsItems(a, ctx.menu),
          (a: Atom[]) => numberNamesItsChoice(a, ctx),
        ]
      : [nextTimeRefuses, (a: Atom[]) => fineWithoutRefuses(a, ctx.menu), (a: Atom[]) => itemNamedByItsCounter(a, ctx.menu), (a: Atom[]) => notChoiceAsItsOpposite(a, ctx.menu), (a: Atom[]) => itemNamedAsChoiceOfNext(a, ctx.menu), consuming((a) => categoryAsHeading(a, ctx.menu)), (a: Atom[]) => numberNamesItsChoice(a, ctx), (a: Atom[]) => counterNamesItsChoice(a, ctx.menu), (a: Atom[]) => halvesAsOne(a, ctx.menu, unplaced)]),
    (a) => pairAsItsCombo(a, ctx, unplaced),
    (a) => choiceByParts(a, ctx, unplaced),
    countsNamedAsChoices,
    countSaidAgain,
    groupBeforeThePart,
    ...(en ? [] : [consuming(totalBeforeItsLines), (a: Atom[]) => partsAfterTheirOptions(a, ctx, unplaced), (a: Atom[]) => leftOutOfTheOther(a, ctx.menu), (a: Atom[]) => partAfterItsOption(a, ctx.menu), (a: Atom[]) => partsOfTheCount(a, ctx), bothSaidFirst]),
    oneOfTheTwo,
    consuming((a) => dropMeasures(a, ctx.menu, unplaced)),
    (a) => moreOfAGroup(a, ctx.menu),
    (a) => resolveItemChoice(a, ctx, en),
    (a) => resolveChoices(a, ctx, unplaced),
    markOptionContext,
  ];
  const read = steps.reduce((a, step) => step(a), atoms);
  for (const a of lostOnTheWay(atoms, read, [...consumed, ...unplaced])) unplaced.push(a);
  return { atoms: read, unplaced };
}

const overlapsAny = (x: Atom, ys: readonly Atom[]) => ys.some((y) => y.start < x.end && x.start < y.end);

/**
 * Menu words and unknown ones that no step kept (alone or in a wider reading) and none said
 * it consumed or could not place: lost on the way, so the turn did not account for them.
 */
export function lostOnTheWay(said: readonly Atom[], read: readonly Atom[], accounted: readonly Atom[]): Atom[] {
  return said.filter((a) => (a.kind === "menu" || a.kind === "unknown") && !overlapsAny(a, read) && !accounted.includes(a));
}

/**
 * A word that names both an item and a choice (콜라 the drink, or the set's drink): a
 * choice when it answers a group of the item in hand ("세트 하나 콜라로", "음료는
 * 콜라", the kiosk's own question, "감자튀김은 치즈스틱으로 바꿔"), an item when it
 * has its own quantity or stands apart ("세트 하나랑 콜라 하나"). A word that names a
 * category and an option group ("음료", "사이드") is the group when ordering.
 */
function resolveItemChoice(atoms: Atom[], ctx: ParseContext, en: boolean): Atom[] {
  const out: Atom[] = [];
  let lastItem: string | undefined;
  let lastPreset: Record<string, unknown> | undefined;
  let sepSince = false;
  let groupTopic: string | undefined;
  // Choices already said for the item in hand, and whether the last word was one of them
  // ("당근 케이크랑 라떼": a list of the set's choices joined by 랑).
  let given = new Set<string>();
  let lastWasChoice = false;
  const utterKws = new Set(atoms.flatMap((a) => (a.kind === "kw" ? a.keywords : [])));
  // "fries and a diet coke" to "which drink for the combo?": words that answer the question
  // asked make the other choices of that item said with them its choices too (its side).
  const answersAsked = ctx.asked !== undefined && atoms.some((a) => a.kind === "menu" && a.refs.some((r) => r.kind === "choice" && r.group === ctx.asked!.group));
  atoms.forEach((a, i) => {
    if (a.kind === "sep") {
      // ("a three entree plate: orange chicken, ...": a colon opens the list of its parts, as a comma goes on with them.)
      if ((a.why !== "punct" || (a.mark !== "," && a.mark !== ":")) && !(a.why === "conj" && lastWasChoice)) sepSince = true;
      out.push(a);
      return;
    }
    if (a.kind !== "menu") {
      // ("세트 오렌지주스로 하나랑 햄치즈": a count closes the list of the item's choices.)
      if (a.kind === "num" && !a.article) lastWasChoice = false;
      out.push(a);
      return;
    }
    let refs = a.refs;
    const hasGroup = refs.some((r) => r.kind === "group" || r.kind === "choice");
    if (hasGroup && refs.some((r) => r.kind === "category")) refs = refs.filter((r) => r.kind !== "category");
    let items = refs.filter((r): r is Extract<MenuRef, { kind: "item" }> => r.kind === "item");
    const choices = refs.filter((r): r is Extract<MenuRef, { kind: "choice" }> => r.kind === "choice");
    // "원조 세 줄이요": a set's choice (원조 for 원조김밥) with its own quantity and no item in
    // hand that has it names the item it is named after (part of a name: a guess).
    if (!items.length && choices.length && refs.length === choices.length && !en && atoms[i + 1]?.kind === "num" && !a.flags.dir) {
      const held = lastItem ? choices.filter((c) => ctx.menu.itemGroup(lastItem!, c.group)) : [];
      // "양념 소스 두 개" where 양념소스 is a choice of the 소스 item: that item, made so.
      const own = held.length ? undefined : itemNamedInChoice(ctx.menu, choices, a.text);
      const named = held.length || own ? [] : itemsNamedByChoices(ctx.menu, choices);
      // "양념 소스 두 개 추가하고 머스타드도 하나요": the item in hand was named with another
      // choice of that group, so this one with its own count is another of that item.
      const other = held.length === 1 && lastPreset?.[held[0]!.group] !== undefined && lastPreset[held[0]!.group] !== held[0]!.choice ? held[0]! : undefined;
      if (other) {
        refs = [{ kind: "item", item: lastItem!, partial: false, preset: { [other.group]: other.choice } }];
        items = refs as Array<Extract<MenuRef, { kind: "item" }>>;
      } else if (own) {
        refs = [{ kind: "item", item: own.item, partial: false, preset: { [own.group]: own.choice } }];
        items = refs as Array<Extract<MenuRef, { kind: "item" }>>;
      } else if (named.length === 1) {
        refs = [{ kind: "item", item: named[0]!, partial: true }];
        items = refs as Array<Extract<MenuRef, { kind: "item" }>>;
      }
    }
    if (items.length && choices.length) {
      const next = atoms[i + 1];
      const prev = atoms[i - 1];
      // Its own quantity ("콜라 하나", "two cokes"), unless "로" makes it the way the item
      // comes ("세트 사이다로 하나") or the number starts the next part ("하나는 콜라 하나는 사이다").
      const ownQty = en ? prev?.kind === "num" && !prev.article : next?.kind === "num" && !a.flags.dir && !next.flags.topic;
      const fitsItem = (item: string | undefined) => (item ? choices.filter((c) => ctx.menu.itemGroup(item, c.group)?.choices.some((x) => x.id === c.choice)) : []);
      let pick: typeof choices = [];
      // "water instead of the juice": a choice of the group of the choice it takes the place
      // of (the kids meal's drink), not the bottle sold alone.
      const replaced = en ? choicesAfterInsteadOf(atoms, i) : [];
      if (replaced.length) pick = choices.filter((c) => replaced.some((o) => o.group === c.group && o.choice !== c.choice));
      if (!pick.length && groupTopic) pick = choices.filter((c) => c.group === groupTopic);
      if (!pick.length && !ownQty) {
        const withWord = en && (prev?.kind === "kw" && prev.keywords.includes("with") || (prev?.kind === "num" && atoms[i - 2]?.kind === "kw" && (atoms[i - 2] as Atom & { keywords: string[] }).keywords.includes("with")));
        // "a latte, a mocha and a chai": an article starts another thing ordered.
        const article = en && prev?.kind === "num" && prev.article && !withWord;
        // A required choice of the item in hand not given yet: "a cake set with carrot cake
        // and a vanilla latte" names the set's drink, not a second order.
        const missingRequired = (item: string) =>
          fitsItem(item).filter((c) => ctx.menu.itemGroup(item, c.group)?.required && !given.has(c.group));
        if (article && lastItem) pick = missingRequired(lastItem);
        else if (lastItem && (!sepSince || a.flags.dir || withWord)) pick = fitsItem(lastItem);
        else if (lastItem && sepSince) pick = missingRequired(lastItem);
        else if (!lastItem && ctx.asked) pick = fitsItem(ctx.asked.item).filter((c) => c.group === ctx.asked!.group || a.flags.dir || (answersAsked && !given.has(c.group)));
        // ("햄치즈는 빼주세요" with a 햄치즈 토스트 in the cart: the line of that item is meant, not a set's toast.)
        // (Not "make one of them a bowl": the line's own item takes the choice so named.)
        const itemInHand = !lastItem && (ctx.focus ?? []).some((f) => items.some((it) => it.item === f.item) && !fitsItem(f.item).length);
        if (!pick.length && !lastItem && !itemInHand) {
          // ("with oat please" a turn after a latte, "both with sprite" after two combos: "with"
          // gives the lines in hand a choice.)
          // ("oat please" a turn after a hot chocolate: a word said alone, no count, that the
          // line in hand takes as a choice, is that choice rather than the item also so called.)
          // (Not "forget the potstickers": a thing taken off, or pointed at with "the", is the line.)
          const pointed = prev?.kind === "kw" && prev.keywords.includes("the");
          // ("and onion rings" after a meal: "and" orders one more thing.)
          const alone = en && !atoms.slice(0, i).some((x) => x.kind === "num" || x.kind === "sep") && !pointed && !["remove", "cancel", "refuse", "without"].some((k) => utterKws.has(k as never)) && atoms.filter((x) => x.kind === "menu").length === 1;
          const referring = a.flags.dir || a.flags.topic || utterKws.has("change") || withWord || alone;
          for (const f of [...(ctx.focus ?? [])].reverse()) {
            const fit = fitsItem(f.item).filter((c) => referring || f.missing.includes(c.group));
            if (fit.length) {
              pick = fit;
              break;
            }
          }
        }
      }
      if (pick.length) {
        out.push({ ...a, refs: pick });
        for (const c of pick) given.add(c.group);
        lastWasChoice = true;
        return;
      }
      refs = refs.filter((r) => r.kind !== "choice");
    }
    const firstItem = refs.find((r): r is Extract<MenuRef, { kind: "item" }> => r.kind === "item");
    lastWasChoice = !firstItem && refs.some((r) => r.kind === "choice");
    if (firstItem) {
      lastItem = firstItem.item;
      lastPreset = firstItem.preset;
      sepSince = false;
      // ("불고기 세트 ... 하나랑 햄치즈 단품 하나": a choice the item's name gave is given.)
      given = new Set(Object.keys(firstItem.preset ?? {}));
    }
    for (const r of refs) if (r.kind === "choice") given.add(r.group);
    const g = refs.find((r) => r.kind === "group");
    groupTopic = g && g.kind === "group" ? g.group : refs.some((r) => r.kind === "choice") ? undefined : groupTopic;
    out.push(refs === a.refs ? a : { ...a, refs });
  });
  return out;
}

/** The choices named right after "instead of (the)" following atom i (none when it is anything else). */
function choicesAfterInsteadOf(atoms: readonly Atom[], i: number): Array<{ group: string; choice: string }> {
  const k = atoms[i + 1];
  if (k?.kind !== "kw" || !k.keywords.includes("instead") || !/\bof$/i.test(k.text)) return [];
  let j = i + 2;
  if (atoms[j]?.kind === "kw" && (atoms[j] as Atom & { keywords: string[] }).keywords.includes("the")) j++;
  const y = atoms[j];
  if (y?.kind !== "menu" || !y.refs.length || !y.refs.every((r) => r.kind === "choice")) return [];
  return y.refs.flatMap((r) => (r.kind === "choice" ? [{ group: r.group, choice: r.choice }] : []));
}

/** Items whose own name is one of these choices' names (a set's 김밥 choice "원조김밥" → the 원조김밥). */
/** The one item taking the choice whose own name is part of the words said for the choice. */
function itemNamedInChoice(menu: MenuModel, choices: Array<{ group: string; choice: string }>, said: string): { item: string; group: string; choice: string } | undefined {
  if (choices.length !== 1) return undefined;
  const c = choices[0]!;
  const words = keyOf(said);
  const hits = menu.menu.items.filter((it) =>
    menu.itemGroup(it.id, c.group)?.choices.some((x) => x.id === c.choice) &&
    [...Object.values(it.name), ...Object.values(it.aliases ?? {}).flat().map((x) => (typeof x === "string" ? x : x.text))].some((n) => { const k = keyOf(n); return k.length >= 2 && k !== words && words.includes(k); }),
  );
  return hits.length === 1 ? { item: hits[0]!.id, ...c } : undefined;
}

function itemsNamedByChoices(menu: MenuModel, choices: Array<{ group: string; choice: string }>): string[] {
  const keys = new Set<string>();
  for (const c of choices) {
    const ch = menu.groups.get(c.group)?.choices?.find((x) => x.id === c.choice);
    for (const n of [...Object.values(ch?.name ?? {}), ...Object.values(ch?.aliases ?? {}).flat()]) if (typeof n === "string") keys.add(keyOf(n));
  }
  return menu.menu.items.filter((it) => [...Object.values(it.name), ...Object.values(it.aliases ?? {}).flat().map((x) => (typeof x === "string" ? x : x.text))].some((n) => keys.has(keyOf(n)))).map((it) => it.id);
}

/**
 * The option group being talked about decides what a word means: "당도는 30, 얼음은 적게"
 * ("적게" is the ice's), "망고는 당도 50 패션후르츠는 30이요" (a bare 30 is the sugar
 * level's "30%"), "사이즈 업" (the next size). Words that name a choice only relative
 * to its group ("적게" for "얼음 적게") count only while that group is in question.
 */
function resolveChoices(atoms: Atom[], ctx: ParseContext, unplaced: Atom[]): Atom[] {
  const out: Atom[] = [];
  let topic: string | undefined = ctx.asked?.group;
  let topicByChoice = false;
  atoms.forEach((a, i) => {
    const next = atoms[i + 1];
    if (a.kind === "sep" && a.why === "punct" && (a.mark === "." || a.mark === "?" || a.mark === "!")) topic = ctx.asked?.group;
    if (a.kind === "num" && !a.article && next?.kind === "menu" && prevIsNotNum(out)) {
      // "six wings", "24 buffalo wings": a number that names a size of the item said next
      // ("6 pieces") is that size, not how many are ordered.
      const item = next.refs.find((r) => r.kind === "item");
      const hit = item?.kind === "item" ? ctx.menu.itemGroups(item.item).map((g) => ({ g: g.id, c: choiceNamedAsPieces(ctx.menu, g.id, a.value) })).find((x) => x.c && ctx.menu.itemGroup(item.item, x.g)?.choices.some((c) => c.id === x.c)) : undefined;
      if (hit?.c && a.value > 1 && !soldOneByOne(ctx.menu, hit.g)) {
        out.push({ ...a, kind: "menu", refs: [{ kind: "choice", group: hit.g, choice: hit.c, name: false }], fuzzy: false, partial: false } as Atom);
        return;
      }
    }
    // "make it ten" of the six-piece nuggets: the number names the line's "10 piece" choice.
    const before = out[out.length - 1];
    if (a.kind === "num" && !a.article && a.value > 1 && before?.kind === "kw" && before.keywords.includes("change") && !atoms.some((x) => x.kind === "menu" && x.refs.some((r) => r.kind === "item"))) {
      const f = ctx.focus?.[ctx.focus.length - 1];
      const hit = f ? ctx.menu.itemGroups(f.item).map((g) => ({ g: g.id, c: choiceNamedAsPieces(ctx.menu, g.id, a.value) })).find((x) => x.c && ctx.menu.itemGroup(f.item, x.g)?.choices.some((c) => c.id === x.c)) : undefined;
      if (hit?.c && !soldOneByOne(ctx.menu, hit.g)) {
        out.push({ ...a, kind: "menu", refs: [{ kind: "choice", group: hit.g, choice: hit.c, name: false }], fuzzy: false, partial: false } as Atom);
        return;
      }
    }
    if (a.kind === "num" && !a.counted && !a.article) {
      // A number cannot be a quantity when it is 0 or past any line's limit (당도 70, 100%).
      const notQty = a.value === 0 || a.value > MAX_QTY_PER_LINE;
      const prev = out[out.length - 1];
      const afterGroup = prev?.kind === "menu" && prev.refs.some((r) => r.kind === "group" && r.group === topic);
      // "six large diet cokes": options between the number and the item still make it a count.
      let k = i + 1;
      while (atoms[k]?.kind === "menu" && (atoms[k] as Atom & { kind: "menu" }).refs.every((r) => r.kind === "choice")) k++;
      const ahead = atoms[k];
      const itemNext = ahead?.kind === "menu" && ahead.refs.some((r) => r.kind === "item");
      const itemPrev = prev?.kind === "menu" && prev.refs.some((r) => r.kind === "item");
      let group = topic;
      if (!group && notQty) group = (ctx.focus ?? []).map((f) => ctx.menu.itemGroups(f.item).find((g) => choiceNamedByNumber(ctx.menu, g.id, a.value))?.id).reverse().find(Boolean);
      const choice = group ? choiceNamedByNumber(ctx.menu, group, a.value) : undefined;
      // After a choice ("인절미 빙수 2인용 하나"), not a group word, a small number is how many.
      const byChoiceOnly = topicByChoice && group === topic;
      if (group && choice && (afterGroup || notQty || (!(itemNext || itemPrev) && !byChoiceOnly))) {
        out.push({ ...a, kind: "menu", refs: [{ kind: "choice", group, choice, name: false }], fuzzy: false, partial: false } as Atom);
        return;
      }
    }
    if (a.kind !== "menu") {
      out.push(a);
      return;
    }
    const group = a.refs.find((r) => r.kind === "group");
    if (group && group.kind === "group") {
      topic = group.group;
      topicByChoice = false;
      const g = ctx.menu.groups.get(group.group);
      const step = next?.kind === "kw" ? (next.keywords.includes("up") ? 1 : next.keywords.includes("down") ? -1 : 0) : 0;
      // ("휘핑크림 올려서": a word that also names one of the group's choices is that choice put on, not a step.)
      const namesItsChoice = a.refs.some((r) => r.kind === "choice" && r.group === group.group);
      if (step && g?.select === "one" && !namesItsChoice) {
        out.push({ ...a, step } as Atom);
        return;
      }
    }
    const choices = a.refs.filter((r): r is Extract<MenuRef, { kind: "choice" }> => r.kind === "choice");
    if (!choices.length) {
      out.push(a);
      return;
    }
    // After a choice of a one-choice group, a word that fits that group and others is for
    // the others ("반반 후라이드 양념으로": the first half, then the second).
    const oneTaken = topicByChoice && topic !== undefined && ctx.menu.groups.get(topic)?.select === "one" && choices.some((c) => c.group !== topic);
    let inTopic = oneTaken ? [] : choices.filter((c) => c.group === topic);
    // "a large pizza and a large coke": the size of the item said next, not the pizza's.
    const nextItem = atoms.slice(i + 1).find((x) => x.kind === "menu" && x.refs.some((r) => r.kind === "item"));
    const nextId = nextItem?.kind === "menu" ? nextItem.refs.find((r) => r.kind === "item") : undefined;
    if (inTopic.length && nextId?.kind === "item") {
      const takes = (c: { group: string; choice: string }) => ctx.menu.itemGroup(nextId.item, c.group)?.choices.some((x) => x.id === c.choice) === true;
      if (!inTopic.some(takes) && choices.some(takes)) inTopic = [];
    }
    let refs = a.refs;
    if (inTopic.length) refs = [...a.refs.filter((r) => r.kind !== "choice"), ...inTopic];
    // A word that names a choice only relative to its group counts while that group is in
    // question, or right before an item that has it ("24 wings" for "24 pieces").
    const nextTakes = (r: MenuRef) => r.kind === "choice" && nextId?.kind === "item" && atoms[i + 1] === nextItem && ctx.menu.itemGroup(nextId.item, r.group)?.choices.some((x) => x.id === r.choice) === true;
    // "큰 걸로" ("the big one"): an adjective said of the thing ordered names its choice too.
    // "25 percent sweet", "25% please": a number that names choices of one group only ("25%
    // sugar") is no relative word like "large"; it names that choice wherever it is said.
    const oneGroup = new Set(a.refs.flatMap((r) => (r.kind === "choice" ? [r.group] : []))).size === 1;
    const measured = /\d/.test(a.text) && oneGroup && a.refs.every((r) => r.kind === "choice");
    refs = refs.filter((r) => !(r.kind === "choice" && r.derived && r.group !== topic && !nextTakes(r) && !a.flags.thing && !measured && !modifierNamesChoice(atoms, i, r, ctx)));
    if (!refs.length) {
      unplaced.push(a); // a relative word with no group in question
      return;
    }
    if (!inTopic.length && choices.length) {
      const next = choices.find((c) => !c.derived)?.group;
      if (next) topicByChoice = true;
      topic = next ?? topic;
    }
    out.push(refs.length === a.refs.length ? a : { ...a, refs });
  });
  return out;
}

/**
 * After "with" (until the next full item name or the end of the sentence) words are
 * options: "an iced coffee with cream and two sugars" orders no cream item and no sugar
 * item, even when "cream" is part of some item's name.
 */
function markOptionContext(atoms: Atom[]): Atom[] {
  let inWith = false;
  const fullItem = (x: Atom | undefined) => x?.kind === "menu" && x.refs.some((r) => r.kind === "item" && !r.partial);
  const out: Atom[] = [];
  atoms.forEach((a, i) => {
    if (a.kind === "sep" && a.why === "punct" && a.mark !== ",") inWith = false;
    if (a.kind === "kw" && a.keywords.includes("with") && /[a-z]/.test(a.text)) inWith = true;
    if (fullItem(a)) inWith = false;
    // "with oat milk and a pumpkin muffin": a word right before an item name is part of a name.
    const partOfName = fullItem(atoms[i + 1]);
    const partial = a.kind === "menu" && a.partial && a.refs.every((r) => r.kind === "item" || r.kind === "category");
    if (!inWith || partOfName || !(a.kind === "unknown" || partial)) {
      out.push(a);
      return;
    }
    // "two sugars": the number counts the option, not the order.
    if (out[out.length - 1]?.kind === "num") out.pop();
    out.push({ ...a, kind: "unknown", optionWord: true } as unknown as Atom);
  });
  return out;
}


/** No quantity was said right before ("two 12 piece wings" keeps its two). */
function prevIsNotNum(out: Atom[]): boolean {
  return out[out.length - 1]?.kind !== "num";
}

/** The choice named as this many pieces ("6 pieces", "12 pc", "10조각"): a portion size. */
function choiceNamedAsPieces(menu: MenuModel, groupId: string, n: number): string | undefined {
  const g = menu.groups.get(groupId);
  const re = new RegExp(`^${n}\\s*(?:pieces?|pcs?|pc|ea|count|ct|조각|개|마리|피스)$`, "i");
  const hits = (g?.choices ?? []).filter((c) => [...Object.values(c.name), ...Object.values(c.aliases ?? {}).flat()].some((t) => typeof t === "string" && re.test(t.trim())));
  return hits.length === 1 ? hits[0]!.id : undefined;
}

/**
 * A portion group that sells the item one piece at a time ("1 piece", "2 piece", "3 piece"
 * of a fish dinner): a bare number said for the item counts dinners ("two haddock dinners",
 * "make that two"), as it would for any item; only where the smallest portion is many pieces
 * ("6 pieces" of wings) is "six wings" the portion, for six orders of it would make no sense.
 * The portion is still read where its own words are said ("two piece cod").
 */
function soldOneByOne(menu: MenuModel, groupId: string): boolean {
  return choiceNamedAsPieces(menu, groupId, 1) !== undefined;
}

/** The choice of a group whose name says this number ("당도 30%" for 30). */
function choiceNamedByNumber(menu: MenuModel, groupId: string, n: number): string | undefined {
  const g = menu.groups.get(groupId);
  const hits = (g?.choices ?? []).filter((c) =>
    [...Object.values(c.name), ...Object.values(c.aliases ?? {}).flat()].some((t) => new RegExp(`(^|[^0-9])${n}([^0-9]|$)`).test(t)),
  );
  return hits.length === 1 ? hits[0]!.id : undefined;
}
