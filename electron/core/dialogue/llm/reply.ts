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
