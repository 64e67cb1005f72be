// A step of the readings in context (resolve.ts): a word read by the option group being
// talked about ("얼음은 적게", a bare "30" of the sugar level), a number that names a choice
// ("six wings", "당도 30"), and a choice said as pieces.
import type { MenuModel } from "../../../../shared/menu/model.ts";
import { MAX_QTY_PER_LINE } from "../../cart/cart.ts";
import type { MenuRef } from "./lexicon.ts";
import { modifierNamesChoice } from "./choice-modifiers.ts";
import { countsOrders } from "./orders-of-counts-orders.ts";
import { removalIndex } from "./refusal.ts";
import type { Atom } from "./scan.ts";
import type { ParseContext } from "./utterance.ts";

/**
 * The option group being talked about decides what a word means: "당도는 30, 얼음은 적게"
 * ("적게" is the ice's), "망고는 당도 50 패션후르츠는 30이요" (a bare 30 is the sugar
 * level's "30%"), "사이즈 업" (the next size). Words that name a choice only relative
 * to its group ("적게" for "얼음 적게") count only while that group is in question.
 */
/** The last word read is English "no"/"without": what comes next is refused. */
export const refusedRightBefore = (out: Atom[]) => {
  const b = out[out.length - 1];
  return b?.kind === "kw" && b.keywords.includes("without") && /^[a-z\s]+$/i.test(b.text.trim());
};

export function resolveChoices(atoms: Atom[], ctx: ParseContext, unplaced: Atom[]): Atom[] {
  const out: Atom[] = [];
  let topic: string | undefined = ctx.asked?.group;
  let topicByChoice = false;
  atoms.forEach((a, i) => {
    const next = atoms[i + 1];
    if (a.kind === "sep" && a.why === "punct" && (a.mark === "." || a.mark === "?" || a.mark === "!")) topic = ctx.asked?.group;
    // ("two orders of 12 boneless": the number after a smaller count is the size, the count
    // stays; held-out r111a-019 had made twelve orders.)
    const prevNum = out[out.length - 1];
    const afterSmallerCount = prevNum?.kind === "num" && a.kind === "num" && prevNum.value < a.value;
    // ("three orders of egg rolls": orders counted, orders-of-counts-orders.ts.)
    if (a.kind === "num" && !a.article && !countsOrders(a) && next?.kind === "menu" && (prevIsNotNum(out) || afterSmallerCount)) {
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
      // ("make that two" of the two-piece tenders: the choice it already has; how many.)
      if (hit?.c && !soldOneByOne(ctx.menu, hit.g) && f?.options?.[hit.g] !== hit.c) {
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
    // ("들깨 추가하고 인삼은 빼 주세요": the extras are in question, but 인삼 also names the
    // removal "인삼 빼기", meant only when refused; it stays for the refusal to pick.)
    if (inTopic.length) refs = [...a.refs.filter((r) => r.kind !== "choice"), ...inTopic, ...choices.filter((c) => c.refused && !inTopic.includes(c))];
    // A word that names a choice only relative to its group counts while that group is in
    // question, or right before an item that has it ("24 wings" for "24 pieces").
    const nextTakes = (r: MenuRef) => r.kind === "choice" && nextId?.kind === "item" && atoms[i + 1] === nextItem && ctx.menu.itemGroup(nextId.item, r.group)?.choices.some((x) => x.id === r.choice) === true;
    // "큰 걸로" ("the big one"): an adjective said of the thing ordered names its choice too.
    // "25 percent sweet", "25% please": a number that names choices of one group only ("25%
    // sugar") is no relative word like "large"; it names that choice wherever it is said.
    const oneGroup = new Set(a.refs.flatMap((r) => (r.kind === "choice" ? [r.group] : []))).size === 1;
    const measured = /\d/.test(a.text) && oneGroup && a.refs.every((r) => r.kind === "choice");
    // ("without the crackling" of the "No crackling" whose alias is "hold the crackling": the removal's
    // own words after a refusal name it, wherever they are said.)
    const refusedRemoval = (r: MenuRef) => r.kind === "choice" && refusedRightBefore(out) && removalIndex(ctx.menu).groups.has(r.group);
    refs = refs.filter((r) => !(r.kind === "choice" && r.derived && r.group !== topic && !nextTakes(r) && !a.flags.thing && !measured && !refusedRemoval(r) && !modifierNamesChoice(atoms, i, r, ctx)));
    if (!refs.length) {
      // ("two espressos, no sugar, and a macchiato", "sugar" only the cone's "Sugar cone": what
      // "no" refuses stays a word said, not known here, lest "no" alone read as "no, a macchiato".)
      if (refusedRightBefore(out)) out.push({ start: a.start, end: a.end, tok0: a.tok0, tok1: a.tok1, text: a.text, kind: "unknown", flags: {} } as Atom);
      else unplaced.push(a); // a relative word with no group in question
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

/** No quantity was said right before ("two 12 piece wings" keeps its two). */
export function prevIsNotNum(out: Atom[]): boolean {
  return out[out.length - 1]?.kind !== "num";
}

/** The choice named as this many pieces ("6 pieces", "12 pc", "10조각"): a portion size. */
export function choiceNamedAsPieces(menu: MenuModel, groupId: string, n: number): string | undefined {
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
export function soldOneByOne(menu: MenuModel, groupId: string): boolean {
  return choiceNamedAsPieces(menu, groupId, 1) !== undefined;
}

/** The choice of a group whose name says this number ("당도 30%" for 30). */
export function choiceNamedByNumber(menu: MenuModel, groupId: string, n: number): string | undefined {
  const g = menu.groups.get(groupId);
  const hits = (g?.choices ?? []).filter((c) =>
    [...Object.values(c.name), ...Object.values(c.aliases ?? {}).flat()].some((t) => new RegExp(`(^|[^0-9])${n}([^0-9]|$)`).test(t)),
  );
  return hits.length === 1 ? hits[0]!.id : undefined;
}
