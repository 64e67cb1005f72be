// "make the small thin crust" with a small cheese pizza and a large veggie on the order:
// "the small" names the one line that is small, and the words after it change that line —
// not the line talked about last. In Korean, the choice said as the topic: "너구리는 계란 빼 주세요".
import type { CartLine } from "../../cart/cart.ts";
import type { TurnDraft } from "./turn-draft.ts";
import type { Bare, Mod } from "./utterance.ts";

/** The line "the <choice>" names and the options said for it, or undefined. */
export function lineNamedByChoice(d: TurnDraft, b: Bare, lines: CartLine[]): { line: CartLine; mods: Mod[] } | undefined {
  const [first, ...rest] = b.mods;
  if (!d.utterance.lang || first?.kind !== "choice" || first.neg || first.at === undefined || !rest.length || b.parts.length || b.both) return undefined;
  const at = d.utterance.atoms.findIndex((a) => a.start === first.at);
  const before = d.utterance.atoms[at - 1];
  // (Korean says it as the topic: "너구리는 계란 빼 주세요" of a 너구리 and an 안성탕면, r111b-013.)
  const topic = d.utterance.lang === "ko" && d.utterance.atoms[at]?.kind === "menu" && d.utterance.atoms[at]!.flags.topic === true;
  if (!topic && (d.utterance.lang !== "en" || before?.kind !== "kw" || !/\bthe$/i.test(before.text))) return undefined;
  const holds = (l: CartLine) => first.cands.some((c) => d.menu.itemGroup(l.item, c.group)?.select === "one" && l.options[c.group] === c.choice);
  const takes = (l: CartLine) => first.cands.some((c) => d.menu.itemGroup(l.item, c.group) !== undefined);
  const named = lines.filter(holds);
  // Told apart from the others of its kind: one line holds it, another could and does not.
  if (named.length !== 1 || !lines.some((l) => !holds(l) && takes(l))) return undefined;
  return { line: named[0]!, mods: rest };
}

/**
 * "하나는 콜라 하나는 우롱차" then "콜라 말고 생맥주로 바꿔 주세요", "the coke instead of … ": a
 * choice refused and another of its group said in its place names the one line that holds the
 * refused choice (of lines that take the group); the swap goes there, not to the last line.
 */
export function lineHoldingTheRefused(d: TurnDraft, b: Bare, lines: CartLine[]): CartLine | undefined {
  if (b.parts.length || b.both) return undefined;
  const refused = b.mods.filter((m): m is Extract<Mod, { kind: "choice" }> => m.kind === "choice" && m.neg);
  const said = b.mods.filter((m): m is Extract<Mod, { kind: "choice" }> => m.kind === "choice" && !m.neg);
  if (refused.length !== 1 || !said.length) return undefined;
  const groups = new Set(said.flatMap((m) => m.cands.map((c) => c.group)));
  const holds = (l: CartLine) => refused[0]!.cands.some((c) => groups.has(c.group) && d.menu.itemGroup(l.item, c.group)?.select === "one" && l.options[c.group] === c.choice);
  const takes = (l: CartLine) => [...groups].some((g) => d.menu.itemGroup(l.item, g) !== undefined);
  const named = lines.filter(holds);
  // (Told apart: one line holds it, another takes the group and does not.)
  return named.length === 1 && lines.some((l) => !holds(l) && takes(l)) ? named[0] : undefined;
}
