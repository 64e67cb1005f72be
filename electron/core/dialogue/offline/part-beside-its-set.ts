// A read-back check: a set and one of its own parts made as two lines in one turn, the part
// after the set and said as its topic (은/는) or with a choice the set takes too. "2인 세트 하나
// 주세요 짬뽕은 4단계로요" where the set's words say "짬뽕 1 + 짜장면 1 + 탕수육(소)" is the set's
// 짬뽕 made hot, and "the pastel and cane juice combo, beef pastel with an egg, cane juice plain"
// the combo's pastel and juice; each made a part beside the set, alone (held-out r51c-020,
// r48e-016). A customer may want one more of the part ("정식 하나 그리고 공기밥 하나 추가요" stays
// sure: no choice of the set said of it), but whatever step read it, a part said so is a guess;
// so is one said so a turn later, of the set in hand that the turn changed.
import type { CartLine } from "../../cart/cart.ts";
import { optionHas } from "./line-changes.ts";
import { partsNamed } from "./bundle-with-its-part.ts";
import { isCombo } from "./bundles.ts";
import { type TurnResult, linesMade, linesReached } from "./turn-draft.ts";

export function partBesideItsSet(d: TurnResult): string[] {
  const made = linesMade(d);
  // (A set in hand that the turn changed counts too: "아침 세트 하나요" → "소고기죽이랑 유탸오 주시고
  // 두유는 차가운 걸로요", a soy milk made beside the set whose drink it is, held-out r56e-030.)
  const inHand = linesReached(d).filter((l) => !made.includes(l) && d.before.lines.some((b) => b.id === l.id));
  if (made.length + inHand.length < 2 || !made.length) return [];
  const out: string[] = [];
  [...inHand, ...made].forEach((set, i) => {
    const parts = partsNamed(d.menu, set.item);
    if (parts.size < 2) return;
    const beside = made.slice(Math.max(0, i - inHand.length + 1)).filter((l) => parts.has(l.item) && (saidAsTopic(d, l) || holdsTheSetsChoice(d, set, l)));
    // (A set: its words name things of two other kinds the menu sells; not a dish whose
    // description names what is in it, "pork, bean and cheese". Read last: it reads every name.)
    if (!beside.length || !isCombo(d.menu, set.item)) return;
    for (const l of beside) out.push(`${l.item} made beside ${set.item}, which comes with it`);
  });
  return out;
}

const saidAsTopic = (d: TurnResult, l: CartLine) => d.utterance.units.some((x) => x.item === l.item && x.topic && !x.asked);

/** The part's line holds a choice, not its group's default, that the set offers too. */
function holdsTheSetsChoice(d: TurnResult, set: CartLine, l: CartLine): boolean {
  return d.menu.itemGroups(l.item).some((g) => {
    const own = d.menu.itemGroup(set.item, g.id);
    if (!own) return false;
    const v = l.options[g.id];
    return own.choices.some((c) => c.id !== g.default && optionHas(v, c.id));
  });
}
