// "버섯솥밥 세트 하나요" then "그냥 단품으로 할게요" / "음료는 괜찮아요 그냥 단품으로 주세요":
// 단품 (the dish by itself) said with no thing named is the set in hand made back into the
// dish it is named after. The word was a filler: the turn was answered alone with the set
// kept. ("세트 말고 단품으로", a thing named, is upgrades.ts's downgrade.) What the set has
// and the dish lacks, said in the same breath ("음료는 괜찮아요"), is why; it asks nothing.
import { replace } from "./line-changes.ts";
import type { Outcome } from "./outcomes.ts";
import { groupsOf, type Unit } from "./utterance.ts";
import { focusLines, type TurnDraft } from "./turn-draft.ts";
import { baseItemOf } from "./upgrades.ts";

const SINGLE = /^단품/;

export function singleDishSaid(d: TurnDraft): Outcome[] | undefined {
  const u = d.utterance;
  if (u.lang !== "ko" || !u.atoms.some((a) => a.kind === "kw" && SINGLE.test(a.text.trim()))) return undefined;
  if (u.units.some((x) => !x.asked)) return undefined;
  const inHand = [...focusLines(d)].reverse().filter((l) => baseItemOf(d, l));
  const l = inHand[0];
  if (!l) return undefined;
  const dish = baseItemOf(d, l)!;
  // (Only the set's own groups the dish does not take may be said beside it.)
  const setOnly = (g: string) => !!d.menu.itemGroup(l.item, g) && !d.menu.itemGroup(dish, g);
  if (!u.bare.every((b) => b.qty === undefined && !b.parts.length && b.mods.every((m) => groupsOf(m).every(setOnly)))) return undefined;
  const unit: Unit = { kind: "item", item: dish, text: "단품", qtyExplicit: false, mods: [], parts: [], topic: false, the: false, only: false, each: false, remove: false, clause: 0, kws: new Set(), corrects: false, replaced: false, preset: {}, asked: false, dir: true, afterChange: false, qtyTarget: false };
  return [{ kind: "acted-on", text: unit.text }, ...(inHand.length > 1 ? [{ kind: "which-unsettled" as const, text: unit.text }] : []), ...replace(d, [l], unit, undefined)];
}
