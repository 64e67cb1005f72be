// "낙곱새 보통맛은 많이 매워요" → "그럼 순한맛으로 2인분 주세요": Korean options said with a count
// larger than the one line in hand, and no word that adds (더, 추가, 같은 걸로), say what that line
// now is: two servings, made mild; not the options set and the count dropped (a guess then:
// the count showed nowhere in the cart). A count smaller than the line's is some of it (read
// elsewhere); English "two with oat milk" after a latte is two more, and stays so.
import type { CartLine } from "../../cart/cart.ts";
import type { TurnDraft } from "./turn-draft.ts";
import type { Bare } from "./utterance.ts";

const ADDS = ["add", "more", "same", "pronoun"] as const;

/** The count the one line in hand becomes, or undefined. */
export function countTheLineBecomes(d: TurnDraft, b: Bare, l: CartLine, targets: number): number | undefined {
  if (d.utterance.lang !== "ko" || targets !== 1 || b.both || b.parts.length || !b.mods.length) return undefined;
  if (b.qty === undefined || !b.qtyExplicit || b.qty <= l.qty || ADDS.some((k) => b.kws.has(k))) return undefined;
  // (Only where it is the one line of that item, so nothing else the count could be of.)
  return d.state.lines.filter((x) => x.item === l.item).length === 1 ? b.qty : undefined;
}

/**
 * "make that two, one watermelon and one cherry" (the count set and its parts, bare-parts.ts
 * partsOfTheCountSet): the one line made that many before it is parted.
 */
export function countSetForItsParts(b: Bare, l: CartLine, targets: number): number | undefined {
  if (targets !== 1 || !b.setQty || b.both || b.qty === undefined || b.parts.length < 2) return undefined;
  return b.parts.reduce((n, p) => n + p.qty, 0) === b.qty && b.qty > l.qty ? b.qty : undefined;
}
