// The reply of one LLM turn as the customer gets it: the model's text, streamed a
// sentence at a time, with every sentence the engine's vetting refuses held back
// (an amount of money the cart does not back — a model must not quote prices from
// memory — or a piece of the kiosk's instructions), and the engine's own sentences
// (read-backs and questions from the cart) in between.
// Sentences are the unit because text already streamed cannot be taken back, and
// speech is synthesised per sentence anyway.
import { findMoneyMentions } from "./money.ts";

/** A terminator followed by a space ends a sentence ("4.50" does not); so does a newline. */
const SENTENCE_END = /[.!?。！？…]+["')\]]*(?=\s)|\n/;

export class ReplyStream {
  private readonly parts: string[] = [];
  private pending = "";
  /** Model sentences held back by the vetting. */
  readonly suppressed: string[] = [];
  /** The model's sentences that were said. */
  readonly modelSentences: string[] = [];

  constructor(
    private readonly onDelta: ((delta: string) => void) | undefined,
    /** true: the sentence may be said. */
    private readonly vet: (sentence: string) => boolean,
  ) {}

  /** Text as the model streams it. */
  modelDelta(delta: string): void {
    this.pending += delta;
    for (let m = SENTENCE_END.exec(this.pending); m; m = SENTENCE_END.exec(this.pending)) {
      const end = m.index + m[0].length;
      this.modelSentence(this.pending.slice(0, end));
      this.pending = this.pending.slice(end);
    }
  }

  /** The model's message ended: what is left is the last sentence. */
  endModelMessage(): void {
    const rest = this.pending;
    this.pending = "";
    this.modelSentence(rest);
  }

  /** Drops model text not yet said (the call failed part-way). */
  discardPending(): void {
    this.pending = "";
  }

  /** A sentence of the engine's own (from the cart), said as is. */
  say(text: string): void {
    const t = text.trim();
    if (t) this.write(t);
  }

  get text(): string {
    return this.parts.join(" ");
  }

  get isEmpty(): boolean {
    return this.parts.length === 0;
  }

  private modelSentence(raw: string): void {
    const s = raw.trim();
    if (!s) return;
    if (!this.vet(s)) {
      this.suppressed.push(s);
      return;
    }
    this.modelSentences.push(s);
    this.write(s);
  }

  private write(t: string): void {
    this.onDelta?.(this.parts.length > 0 ? ` ${t}` : t);
    this.parts.push(t);
  }
}

/** Every amount of money in `sentence` is one the cart produced this turn. */
export function priceOk(sentence: string, currency: string, allowed: ReadonlySet<number>): boolean {
  return findMoneyMentions(sentence, currency).every((m) => m.candidates.some((c) => allowed.has(c)));
}

/**
 * Discounts, percentages and "free" offers. The cart produces none of these (prices
 * come only from the menu), so a model sentence that makes such a claim is one the
 * cart did not back: "everything is 50 % off today", "오늘은 무료예요".
 * Narrow on purpose: "feel free to ask" and "sugar-free" are not offers.
 */
const DISCOUNT_CLAIM = new RegExp(
  [
    String.raw`\d+(?:[.,]\d+)?\s*(?:%|％|percent\b|per\s*cent\b|퍼센트|프로(?!그))`,
    String.raw`\b(?:discount(?:s|ed)?|on\s+sale|half[-\s]price|free\s+of\s+charge|for\s+free|at\s+no\s+(?:extra\s+)?(?:cost|charge)|on\s+the\s+house|buy\s+one,?\s+get\s+one|bogo|coupons?|promo(?:tion)?s?|complimentary)\b`,
    String.raw`\b(?:is|are|it's|they're|that's|be|comes?)\s+(?:completely\s+|totally\s+|all\s+)?free\b(?!-)`,
    String.raw`\b\d+\s*\+\s*\d+\b`,
    "할인|무료|공짜|세일|반값|쿠폰|증정|서비스로\\s*드|덤으로|원\\s*플러스\\s*원",
  ].join("|"),
  "i",
);

/**
 * Saying there is none is not an offer: "we don't have any discounts", "할인은 안 돼요",
 * "무료는 아니에요". These phrases are taken out before the check, so a sentence that
 * denies one offer and makes another ("no coupons, but 50% off today") is still caught.
 */
const DISCOUNT_DENIAL = new RegExp(
  [
    String.raw`\b(?:no|not\s+any|(?:don't|do\s+not|can't|cannot)\s+(?:have|offer|give|do)(?:\s+any)?)\s+(?:discounts?|coupons?|promotions?|promos?|sales?)\b`,
    String.raw`\b(?:isn't|is\s+not|aren't|are\s+not|not)\s+(?:on\s+sale|free|discounted)\b`,
    String.raw`(?:할인|쿠폰|무료|공짜|세일|증정|프로모션)\s*(?:은|는|이|가|도)?\s*(?:없|안\s*(?:돼|되|해|드려)|불가|어렵|하지\s*않|해\s*드리지\s*않|아니)`,
  ].join("|"),
  "gi",
);

const PERCENT = /(\d+(?:[.,]\d+)?)\s*(?:%|％|퍼센트)/g;

/** Percentages the menu itself names (a "50% sweet" choice), which a reply may repeat. */
export function menuPercents(menuJson: unknown): Set<string> {
  return new Set([...JSON.stringify(menuJson).matchAll(PERCENT)].map((m) => m[1]!));
}

/** The sentence offers a discount, a percentage or something free that the menu does not name. */
export function claimsDiscount(sentence: string, allowedPercents: ReadonlySet<string> = new Set()): boolean {
  const rest = sentence.replace(DISCOUNT_DENIAL, " ").replace(PERCENT, (all, n: string) => (allowedPercents.has(n) ? " " : all));
  return DISCOUNT_CLAIM.test(rest);
}
