// "a latte and a scone" → "just the scone", "아메리카노랑 치즈케이크요" → "아메리카노만 주세요":
// "just"/"only"/만 with the names of things already in the order, and nothing else said of
// them (no count, no option), keeps those and takes the rest away. (A third English red
// team found 20 such turns that left every line there, answered alone.)
import type { Outcome } from "./outcomes.ts";
import { removeFrom } from "./line-changes.ts";
import type { TurnDraft } from "./turn-draft.ts";
import type { Unit } from "./utterance.ts";

/** The lines taken away, or undefined when the words are not "just the X" of lines there. */
export function keepOnlyNamed(d: TurnDraft, units: readonly Unit[]): Outcome[] | undefined {
  const u = d.utterance;
  if (!units.length || u.bare.length || u.questions.length) return undefined;
  // "that's it, just the latte" is a way of finishing as much as of taking away.
  if (["checkout", "remove", "cancel", "change", "add", "more", "same", "both", "all"].some((k) => u.kws.has(k as never))) return undefined;
  const plain = (x: Unit) => x.kind !== "unknown" && !x.asked && !x.remove && !x.mods.length && !x.parts.length && !(x.qtyExplicit && x.qty !== undefined) && !x.replaces;
  // ("just the latte and the mocha": "just" said once, of the list.)
  if (!units.every(plain) || !units.some((x) => x.only)) return undefined;
  // ("just the pizza", "only the bowl": a kind's word names the lines of that kind there are.)
  const names = (x: Unit, item: string) => item === x.item || !!x.candidates?.includes(item) || (!!x.category && d.menu.item(item)?.category === x.category);
  if (!units.every((x) => d.state.lines.some((l) => names(x, l.item)))) return undefined;
  const rest = d.state.lines.filter((l) => !units.some((x) => names(x, l.item)));
  if (!rest.length) return undefined;
  return [...units.map((x): Outcome => ({ kind: "acted-on", text: x.text })), ...rest.flatMap((l) => removeFrom(d, l, l.qty))];
}
