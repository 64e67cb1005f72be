// "and one for her", "one for him too", "two for the kids": a count said a turn later with
// nothing but whom it is for stands for that many more of the line in hand (English), not the
// line set to that many (the fourth English red team's "Sure, 1 cheesesteak" had kept one,
// answered alone).
import { CHILDREN, PEOPLE, WHOM_ALONE } from "./talk-words.ts";
import type { TurnDraft } from "./turn-draft.ts";
import type { Bare } from "./utterance.ts";

const words = (text: string) => text.toLowerCase().replace(/[^a-z0-9' ]+/g, " ").split(/\s+/).filter(Boolean);

const OPENERS = new Set(["and", "plus", "oh", "ok", "okay", "um", "uh", "also", "then"]);
const CLOSERS = new Set(["too", "also", "please", "thanks"]);
const COUNT = /^(?:one|two|three|four|five|six|\d+)$/;
const WHOSE = /^(?:my|the|our|his|her|their)$/;

/** The words after "for": a person ("her", "my buddy", "the kids", "my little sister"). */
function isWhom(rest: string[]): boolean {
  if (rest.length === 1) return WHOM_ALONE.test(rest[0]!);
  if (rest.length < 2 || rest.length > 3 || !WHOSE.test(rest[0]!)) return false;
  const noun = rest[rest.length - 1]!;
  return PEOPLE.test(noun) || CHILDREN.test(noun);
}

/**
 * The whole turn is "(and) N for <person> (too)": a count, whom it is for, nothing else.
 * Undefined otherwise; else the count said.
 */
export function countForSomeone(d: TurnDraft, b: Bare): number | undefined {
  const u = d.utterance;
  if (u.lang !== "en" || u.units.length || u.bare.length !== 1 || b.qty === undefined || !b.qtyExplicit) return undefined;
  if (b.mods.length || b.parts.length || b.both || b.only || b.corrects || b.setQty) return undefined;
  let w = words(u.text);
  while (w.length && OPENERS.has(w[0]!)) w = w.slice(1);
  while (w.length && CLOSERS.has(w[w.length - 1]!)) w = w.slice(0, -1);
  if (w.join(" ").endsWith(" as well")) w = w.slice(0, -2);
  if (w.length < 3 || !COUNT.test(w[0]!) || w[1] !== "for" || !isWhom(w.slice(2))) return undefined;
  return b.qty;
}

/**
 * The words (lower case, spaced) without "for <person>" ("and one for my son mild" → "and one
 * mild"): whom a thing is for says nothing of what it is.
 */
export function withoutWhom(text: string): string {
  const w = words(text);
  const out: string[] = [];
  for (let i = 0; i < w.length; i++) {
    const n = w[i] === "for" ? [1, 2, 3].find((k) => isWhom(w.slice(i + 1, i + 1 + k))) : undefined;
    if (n === undefined) out.push(w[i]!);
    else i += n;
  }
  return out.join(" ");
}

