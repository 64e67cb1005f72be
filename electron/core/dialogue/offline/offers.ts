// Questions and the offers that follow them, one step of the planner each: a question is
// answered from the menu and the cart; "yes" to "shall I add it?" or "would you like one?"
// (or "그럼 보통맛으로 하나 주세요" right after asking about it) orders what was offered.
import { viewCart } from "../../cart/cart.ts";
import { answerQuestion } from "./answers.ts";
import { addItem, changeOptions } from "./line-changes.ts";
import { itemTakes } from "./options.ts";
import type { Outcome } from "./outcomes.ts";
import { focusLines, type TurnDraft } from "./turn-draft.ts";
import type { Unit } from "./utterance.ts";

/** Questions are answered from the menu and the cart; they order nothing. */
export function answerQuestions(d: TurnDraft, hasOrderContent: boolean): Outcome[] {
  const out: Outcome[] = [];
  for (const q of d.utterance.questions) {
    const bare = !q.items.length && !q.categories.length && !q.choices.length && !q.groups.length && !q.unknown.length && !q.tags.length;
    const specific = ["menu", "price", "cart", "recommend", "describe"].some((w) => q.kws.has(w as never));
    if (bare && !specific && hasOrderContent) continue;
    // "Oh, it's sold out? Then a potato pizza": a passing remark, not a question to answer.
    const onlyUnknown = !q.items.length && !q.categories.length && !q.choices.length && !q.groups.length && !q.tags.length;
    if (onlyUnknown && hasOrderContent && !q.kws.has("have") && !q.kws.has("menu")) continue;
    const a = answerQuestion(d.menu, q, viewCart(d.menu, d.state), d.lang);
    out.push({
      kind: "answered",
      text: a.text,
      aboutUnknown: q.unknown.length > 0,
      ...(a.offer ? { offer: a.offer } : {}),
      ...(a.offerOption ? { offerOption: a.offerOption } : {}),
    });
  }
  return out;
}

/** "Yes" to "shall I add it?" after "푸딩 추가 돼요?": the option goes on the line in hand (undefined: no such offer). */
export function acceptOptionOffer(d: TurnDraft): Outcome[] | undefined {
  const o = d.mem.offerOption;
  if (!o) return undefined;
  d.mem.offerOption = undefined;
  const mod = { kind: "choice" as const, cands: [{ group: o.group, choice: o.choice, name: true }], neg: false, text: "" };
  const target = focusLines(d).reverse().find((l) => itemTakes(d.menu, l.item, mod));
  if (!target) return undefined;
  return [{ kind: "acted-on" }, ...changeOptions(d, target, [mod], undefined).outcomes];
}

/**
 * "Yes" to "would you like one?" after "do you have X?", or "그럼 보통맛으로 하나 주세요"
 * right after asking about X: the thing asked about is what is ordered (undefined: it is
 * not). `done` when nothing else in the utterance is left to do.
 */
export function acceptItemOffer(d: TurnDraft, yes: boolean, hasOrderContent: boolean): { outcomes: Outcome[]; done: boolean } | undefined {
  const { utterance: u } = d;
  const k = u.orderKws;
  const o = d.mem.offer!;
  const b = u.bare.find((x) => x.qty !== undefined || x.mods.some((m) => itemTakes(d.menu, o.item, m)));
  if (!((yes && !hasOrderContent) || (b && (k.has("request") || k.has("yes") || b.qty !== undefined)))) return undefined;
  d.mem.offer = undefined;
  const outcomes: Outcome[] = [{ kind: "acted-on" }, ...addItem(d, o.item, b?.qty ?? 1, o.options, b?.mods ?? [], b?.parts ?? [])];
  if (b) u.bare.splice(u.bare.indexOf(b), 1);
  return { outcomes, done: !u.bare.length && !u.orderChoices.length && !u.units.some((x) => !x.asked) };
}

/**
 * "whats in the revuelta" → "ok give me two of those and a bean and cheese": a count said of
 * the thing just asked about ("of those", "of them"), before anything else is named, is
 * that many of it; the things named after it are orders of their own.
 */
export function countOfTheOfferFirst(d: TurnDraft, orderUnits: readonly Unit[]): boolean {
  const atoms = d.utterance.atoms;
  const first = atoms.findIndex((a) => a.kind === "menu");
  const b = d.utterance.bare.find((x) => x.qty !== undefined && x.qtyExplicit && !x.asked && !x.mods.length && !x.parts.length);
  if (!b || !orderUnits.every((x) => x.clause > b.clause)) return false;
  const pointing = atoms.findIndex((a) => a.kind === "num" && a.flags.among === true);
  if (pointing >= 0) return first < 0 || first > pointing;
  // "what's kishk?" → "ok i'll try one, and a za'atar too": the count in a clause of its own,
  // before anything is named, is the offer's too (not "two, a za'atar and a kishk", a count
  // of the things named after it).
  const after = orderUnits.reduce((n, x) => n + (x.qty ?? 1), 0);
  return b.qty === 1 || b.qty !== after;
}
