// "딸기 마카롱 하나" then "초코도 하나요" / "딸기도요": a choice said with 도 ("also") where
// the line in hand has another choice of that group is another one made so, not the
// line changed. The new one is the item as it comes with that choice; where the line has
// other options of its own, whether the new one has them too is a guess, and so is the
// whole reading where the choice is not one the item must be given.
import type { CartLine } from "../../cart/cart.ts";
import { addItem } from "./line-changes.ts";
import type { Outcome } from "./outcomes.ts";
import type { TurnDraft } from "./turn-draft.ts";
import type { Bare } from "./utterance.ts";

/** Undefined unless the bare phrase is such a choice with 도 for a line in hand. */
export function anotherWithChoice(d: TurnDraft, b: Bare, inHand: CartLine | undefined): Outcome[] | undefined {
  if (d.utterance.lang !== "ko" || !inHand || !b.mods.length || b.parts.length || b.both || b.corrects) return undefined;
  // (Nothing but "please" said with it: "휘핑도 올려 주세요" adds to the line.)
  if ([...b.kws].some((k) => k !== "request")) return undefined;
  const alsoAt = new Set(d.utterance.atoms.filter((a) => a.kind === "menu" && a.flags.also).map((a) => a.start));
  const said = b.mods.filter((m) => m.at !== undefined && alsoAt.has(m.at));
  if (!said.length) return undefined;
  const groups = new Set<string>();
  for (const m of b.mods) {
    if (m.kind !== "choice" || m.neg) return undefined;
    const c = m.cands.find((x) => d.menu.itemGroup(inHand.item, x.group)?.select === "one");
    if (!c || inHand.options[c.group] === undefined || inHand.options[c.group] === c.choice) return undefined;
    groups.add(c.group);
  }
  const own = d.menu.itemGroups(inHand.item);
  const others = own.filter((g) => !groups.has(g.id) && inHand.options[g.id] !== undefined && JSON.stringify(inHand.options[g.id]) !== JSON.stringify(g.default));
  // A choice the item must be given (a flavour, no default) says which one it is; one with a
  // default ("핫도", "케첩도") may as well be said of the line in hand.
  const defining = own.filter((g) => groups.has(g.id)).every((g) => g.default === undefined);
  const unsure: Outcome[] = others.length || !defining ? [{ kind: "which-unsettled", text: said.map((m) => m.text).join(" ") }] : [];
  return [...unsure, ...addItem(d, inHand.item, b.qty ?? 1, {}, b.mods, [])];
}
