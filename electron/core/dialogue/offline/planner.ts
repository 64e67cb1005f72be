// One turn of the offline engine, planned against a draft of the cart (turn-draft.ts):
// the words are parsed, then each intent found in them is carried out by its own step
// (cancel, questions and offers (offers.ts), confirming the read-back, order options, items
// ordered, changed or removed (order-unit.ts, line-edits.ts, line-changes.ts), phrases with no item),
// each a plain function over the turn's draft that returns its outcomes; the planner
// collects them in order. Confidence is computed from the outcomes (accounting.ts), the
// reply is worded from them (reply.ts). Nothing is applied to the session here: the
// engine applies the same cart actions afterwards.
import { eachOfAKind } from "./each-kind.ts";
import type { MenuModel } from "../../../../shared/menu/model.ts";
import { missingGroups, type CartAction, type CartState } from "../../cart/cart.ts";
import type { Ask } from "../engine.ts";
import { accountFor, isConfident, isUnderstood } from "./accounting.ts";
import { lineDoubts } from "./line-doubts.ts";
import { singleDishSaid } from "./single-dish.ts";
import { riskyShapes } from "./risky-shapes.ts";
import type { MenuLexicon } from "./lexicon.ts";
import { bareUnit } from "./bare-edits.ts";
import { keepOnlyNamed } from "./keep-only.ts";
import { justThePart } from "./just-the-part.ts";
import { theOtherChoice } from "./the-other-choice.ts";
import { theOtherItem } from "./the-other-item.ts";
import { sidesOfThePlate } from "./sides-of-the-plate.ts";
import { kindsOfTheLine, saidOfAdded } from "./kinds-of-the-line.ts";
import { kindsRestated } from "./kinds-restated.ts";
import { choiceKindsOfTheLine } from "./choice-kinds-of-the-line.ts";
import type { OfflineMemory } from "./memory.ts";
import { confirm, followUp } from "./order-progress.ts";
import { askOf, cartChanged, ofKind, type Outcome } from "./outcomes.ts";
import { parseUtterance } from "./parse.ts";
import { distributeEach, oneForEachBefore } from "./unit-lines.ts";
import { say, type Lang } from "./phrases.ts";
import { wordReply } from "./reply.ts";
import { scan } from "./scan.ts";
import { suggestFor } from "./suggest.ts";
import { orderUnit } from "./order-unit.ts";
import { addedQty } from "./same-again.ts";
import { sameChoiceAsLine } from "./same-as-line.ts";
import { acceptItemOffer, acceptOptionOffer, answerQuestions, countOfTheOfferFirst } from "./offers.ts";
import { apply, lineById, newDraft, recentLines, type TurnDraft } from "./turn-draft.ts";
import type { Utterance } from "./utterance.ts";

export interface Plan {
  actions: CartAction[];
  reply: string;
  lang: Lang;
  /** Something was applied, answered or asked: false means "I did not understand". */
  understood: boolean;
  /** The whole utterance was accounted for and nothing guessed (accounting.ts). */
  confident: boolean;
  checkout?: boolean;
  cancelled?: boolean;
  ask?: Ask;
  memory: OfflineMemory;
  utterance: Utterance;
  /** What the turn did and could not do, in order (why it is or is not confident). */
  outcomes: readonly Outcome[];
}

export interface PlanInput {
  menu: MenuModel;
  lex: MenuLexicon;
  text: string;
  state: CartState;
  memory: OfflineMemory;
  langHint?: string;
}

export function planTurn(input: PlanInput): Plan {
  const { menu, state } = input;
  const mem: OfflineMemory = { ...input.memory, focus: [...input.memory.focus], lastAdded: [...input.memory.lastAdded], lastTouched: [...(input.memory.lastTouched ?? [])] };
  const text = input.text.trim();
  const prevAsk = mem.ask;
  const askedLine = prevAsk?.kind === "choice" ? lineById(state, prevAsk.lineId) : undefined;
  const sc = scan(input.lex, text, state.lines.map((l) => l.item));
  const focus = recentLines(state, mem.focus, mem.focus.length ? mem.focus : state.lines.map((l) => l.id));
  const u = parseUtterance(sc, {
    menu,
    ...(askedLine && prevAsk?.kind === "choice" ? { asked: { item: askedLine.item, group: prevAsk.group, qty: askedLine.qty } } : {}),
    focus: focus.map((l) => ({ item: l.item, missing: missingGroups(menu, l), qty: l.qty, options: l.options })),
    ...(mem.offer ? { offered: mem.offer } : {}),
  });
  const lang = pickLang(menu, sc.lang, mem.lang, input.langHint);
  mem.focus = mem.focus.filter((id) => lineById(state, id));
  mem.lastAdded = mem.lastAdded.filter((id) => lineById(state, id));
  // ("잔 하나 더 주세요": a thing asked of staff and nothing else, requests-to-staff.ts.)
  const staffAsked = sc.atoms.some((a) => a.kind === "kw" && a.flags.askedOfStaff);
  if (!text || !u.substance) return nothing(input.text, u, lang, mem, staffAsked);
  const d = newDraft({ menu, lex: input.lex, utterance: u, lang, mem, state });
  return finish(d, carryOut(d, prevAsk));
}

function pickLang(menu: MenuModel, detected: "ko" | "en" | undefined, remembered: string | undefined, hint: string | undefined): Lang {
  const ok = (l: string | undefined): l is Lang => !!l && (l === "ko" || l === "en") && menu.languages.includes(l);
  if (ok(detected)) return detected;
  if (ok(remembered)) return remembered;
  if (ok(hint)) return hint;
  return ok(menu.defaultLanguage) ? menu.defaultLanguage : "en";
}

/** Empty, emoji, fillers only: greet, thank, point to staff, or say it was not understood. */
function nothing(text: string, u: Utterance, lang: Lang, mem: OfflineMemory, staffAsked = false): Plan {
  let reply = say.notUnderstood(lang);
  if (u.unknownWords.length === 0 && text.trim()) {
    const lower = text.toLowerCase();
    if (staffAsked) reply = say.askStaff(lang);
    else if (/감사|고맙|thank/.test(lower)) reply = say.thanks(lang);
    else if (/안녕|hello|\bhi\b|\bhey\b|저기요|여기요/.test(lower)) reply = say.greeting(lang);
  }
  const understood = reply !== say.notUnderstood(lang);
  mem.lang = lang;
  return {
    actions: [],
    reply,
    lang,
    understood,
    confident: understood,
    memory: { ...mem, promptedMore: false },
    utterance: u,
    outcomes: [],
    ...(mem.ask ? { ask: mem.ask } : {}),
  };
}

/** Every intent in the utterance, in the order that keeps later ones right; their outcomes in order. */
function carryOut(d: TurnDraft, prevAsk: Ask | undefined): Outcome[] {
  const { utterance: u, mem } = d;
  const k = u.orderKws;
  const orderUnits = u.units.filter((x) => !x.asked);
  const hasOrderContent = orderUnits.length > 0 || u.bare.length > 0 || u.orderChoices.length > 0;
  const out: Outcome[] = [];

  // Cancel everything ("다 취소해 주세요", "start over"); whatever follows is a new order.
  const cancelAll = k.has("cancel-all") || (k.has("cancel") && (k.has("all") || (!orderUnits.length && !u.bare.some((b) => b.mods.length || b.qty !== undefined) && !k.has("pronoun"))));
  if (cancelAll && !orderUnits.some((x) => x.remove)) {
    out.push(...cancelOrder(d));
    if (!orderUnits.some((x) => !x.remove)) return out;
  }

  // ("Which size for the Iced Tea?" → "same as the Coke": the Coke's size.)
  const sameAs = sameChoiceAsLine(d, prevAsk);
  if (sameAs) return [...out, ...sameAs];
  out.push(...answerQuestions(d, hasOrderContent));
  // "토핑으로 페퍼로니 추가되나요? 그럼 추가해 주세요": what the answer offers is taken in the same breath.
  const offered = ofKind(out, "answered").find((o) => o.offerOption);
  if (offered?.offerOption && !hasOrderContent && (k.has("add") || k.has("request")) && !k.has("no")) {
    // (Taken now, so no longer offered for a "yes" next turn.)
    const { offerOption, ...answer } = offered;
    mem.offerOption = offerOption;
    const accepted = acceptOptionOffer(d);
    if (accepted) {
      out[out.indexOf(offered)] = answer;
      return [...out, ...accepted];
    }
  }

  const yes = k.has("yes") && !k.has("no");
  const no = k.has("no") && !k.has("yes");
  const wantsCheckout = k.has("checkout") && !orderUnits.some((x) => x.kind === "item" && !x.remove && !x.the);

  // Confirming the order that was read back.
  if (mem.awaitingConfirm && !hasOrderContent) {
    if (yes || wantsCheckout) return [...out, ...confirm(d)];
    if (no) {
      mem.awaitingConfirm = false;
      return [...out, { kind: "acted-on" }, { kind: "asked-what-to-change" }];
    }
  }
  if (hasOrderContent) mem.awaitingConfirm = false;

  if (yes && !hasOrderContent) {
    const accepted = acceptOptionOffer(d);
    if (accepted) return [...out, ...accepted];
  }
  if (mem.offer && (!orderUnits.length || countOfTheOfferFirst(d, orderUnits)) && !wantsCheckout) {
    const accepted = acceptItemOffer(d, yes, hasOrderContent);
    if (accepted) {
      out.push(...accepted.outcomes);
      if (accepted.done) return out;
    }
  }

  // Several words for one order option ("매장에서 마시고 갈게요"): the last one said counts, once.
  for (const [group, choice] of new Map(u.orderChoices.map((oc) => [oc.group, oc.choice]))) out.push(...setOrderOption(d, group, choice));

  // "one of each cookie": a line for every kind of it.
  const everyKind = eachOfAKind(d);
  if (everyKind) return [...out, ...everyKind];
  // "그냥 단품으로 할게요" of a set in hand: the dish it is named after.
  const single = singleDishSaid(d);
  if (single) return [...out, ...single];
  // "a currywurst with fries" then "actually just fries": the part alone in place of the line.
  const part = justThePart(d);
  if (part) return [...out, ...part];
  // "the other rice" of a plate with garlic rice: the rice group's other choice.
  const other = theOtherChoice(d);
  if (other) return [...out, ...other];
  // "no the other gumbo" of a seafood gumbo: the one other gumbo in its place.
  const otherItem = theOtherItem(d);
  if (otherItem) return [...out, ...otherItem];
  // "never mind the salad, rice" of a plate with fries and salad: the plate's sides.
  const sides = sidesOfThePlate(d);
  if (sides) return [...out, ...sides];
  // "just the scone" with a latte and a scone ordered: the rest goes.
  const kept = keepOnlyNamed(d, orderUnits);
  // "소주 두 병" then "참이슬 하나 진로 하나": the kinds of the line just ordered.
  // ("actually one horchata and one jamaica": the kinds of a line said again.)
  const kinds = kept ? undefined : (kindsOfTheLine(d, orderUnits) ?? kindsRestated(d, orderUnits));
  if (kept) out.push(...kept);
  else if (kinds) out.push(...kinds);
  else {
    if (u.lang === "en") oneForEachBefore(orderUnits, u.atoms);
    else distributeEach(orderUnits);
    for (const unit of orderUnits) out.push(...orderUnit(d, unit, orderUnits));
  }
  // "two ramune" then "one melon one strawberry": the kinds of the line just ordered, by its choices.
  const choiceKinds = kept || kinds ? undefined : choiceKindsOfTheLine(d);
  if (choiceKinds) out.push(...choiceKinds);
  for (const b of u.bare) out.push(...bareUnit(d, b, prevAsk));
  if (u.unknownOptions.length && cartChanged(out)) out.push({ kind: "unknown-option" });
  const unknown = ofKind(out, "unknown-name").map((o) => o.text);
  if (unknown.length) {
    const alts = suggestFor(d.menu, unknown.join(" "), d.lang);
    out.push({ kind: "not-on-menu", alternatives: alts, withOverview: !(alts.length || cartChanged(out)) });
  }

  if (wantsCheckout || (no && mem.promptedMore && !hasOrderContent)) {
    mem.checkoutRequested = true;
    out.push({ kind: "checkout-requested" }, { kind: "acted-on" });
  } else if (yes && !hasOrderContent && !isUnderstood(out)) {
    // "yes" to "anything else?": go on.
    out.push({ kind: "go-on" }, { kind: "acted-on" });
  }
  return out;
}

function cancelOrder(d: TurnDraft): Outcome[] {
  const out: Outcome[] = [];
  if (d.state.lines.length) {
    apply(d, { type: "clear" });
    out.push({ kind: "order-cleared" });
    d.mem.focus = [];
    d.mem.lastAdded = [];
    d.mem.lastTouched = [];
  } else out.push({ kind: "nothing-to-cancel" });
  out.push({ kind: "acted-on" });
  d.mem.awaitingConfirm = false;
  d.mem.checkoutRequested = false;
  return out;
}

function setOrderOption(d: TurnDraft, group: string, choice: string): Outcome[] {
  const r = apply(d, { type: "setOrderOption", group, value: choice });
  if (!r.ok) return [{ kind: "acted-on" }, { kind: "cart-refused", error: r.error }];
  return [{ kind: "acted-on" }, { kind: "order-option-set", group, choice }];
}

/**
 * The counted option this turn gave with no item named ("초 세 개 넣어 주세요", "add mochi":
 * the turn was about the option), on the last line it touched that has it. (Said with the
 * item, "a chai latte with an extra shot" → "make that two" is two chai lattes.)
 */
function countedThisTurn(d: TurnDraft): OfflineMemory["lastCounted"] {
  const u = d.utterance;
  if (u.units.some((x) => !x.asked)) return undefined;
  const mods = u.bare.flatMap((b) => [...b.mods, ...b.parts.flatMap((p) => p.mods)]);
  const counted = mods.flatMap((m) => (m.kind === "count" && m.op !== "clear" && (m.numbered || m.op === "add") ? [m.group] : []));
  for (const id of [...d.touched].reverse()) {
    const l = lineById(d.state, id);
    const group = l && counted.find((g) => d.menu.itemGroup(l.item, g));
    if (l && group) return { lineId: l.id, group };
  }
  return undefined;
}

/** The turn's outcomes, the follow-up question, confidence, words and memory, as one plan. */
function finish(d: TurnDraft, done: Outcome[]): Plan {
  const { mem } = d;
  mem.promptedMore = false;
  const next = followUp(d, done);
  const outcomes = next ? [...done, next] : done;
  const understood = isUnderstood(outcomes);
  const reply = wordReply(d, outcomes, understood);
  const ask = askOf(outcomes);
  const live = (id: string) => !!lineById(d.state, id);
  if (d.touched.length) mem.focus = [...mem.focus.filter((id) => !d.touched.includes(id)), ...d.touched].filter(live).slice(-8);
  const added = ofKind(outcomes, "line-added").map((o) => o.lineId);
  if (added.length) mem.lastAdded = added.filter(live);
  if (added.length) mem.lastAddedQty = addedQty(d, mem.lastAdded);
  mem.removedLast = !added.length && outcomes.some((o) => o.kind === "line-removed");
  if (d.touched.length) {
    // (What the customer left to the kiosk on the lines just added: "참이슬 하나 진로 하나" next says it.)
    mem.saidOfAdded = added.length ? saidOfAdded(d, added) : undefined;
    mem.lastTouched = [...new Set(d.touched)].filter(live);
    mem.lastCounted = countedThisTurn(d);
  }
  const answers = ofKind(outcomes, "answered");
  mem.ask = ask;
  mem.offer = answers.filter((a) => a.offer).pop()?.offer;
  mem.offerOption = answers.filter((a) => a.offerOption).pop()?.offerOption;
  mem.lang = d.lang;
  const cancelled = outcomes.some((o) => o.kind === "order-cleared");
  const checkout = outcomes.some((o) => o.kind === "placing-order");
  if (cancelled) {
    mem.focus = [];
    mem.lastAdded = [];
    mem.lastTouched = [];
  }
  return {
    actions: d.actions,
    reply,
    lang: d.lang,
    understood,
    confident: isConfident(outcomes, accountFor(d.utterance, d.menu), d.utterance, lineDoubts(d), riskyShapes(d)),
    ...(checkout ? { checkout: true } : {}),
    ...(cancelled ? { cancelled: true } : {}),
    ...(ask ? { ask } : {}),
    memory: mem,
    utterance: d.utterance,
    outcomes,
  };
}
