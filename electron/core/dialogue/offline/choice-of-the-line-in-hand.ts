// "currywurst combo with a cola" → "never mind the cola, spezi": a word that names both an item
// sold alone and the choice a line in hand has (the combo's drink), refused where no line of that
// item is in talk, is that choice refused; the other words of that group said with it are its
// choices too (the drink said in its place), not drinks ordered; "sorry, sprite not coke" too
// (round 77). Only where every thing the turn
// names is a choice of that group: anything else named, the words are left as they are.
import type { MenuRef } from "./lexicon.ts";
import type { Atom } from "./scan.ts";
import type { ParseContext } from "./utterance.ts";

type ChoiceRef = Extract<MenuRef, { kind: "choice" }>;

const REFUSING = new Set(["cancel", "remove"]);

export function choiceOfTheLineInHand(atoms: Atom[], ctx: ParseContext): Atom[] {
  const focus = ctx.focus ?? [];
  // ("sorry, sprite not coke": "not" between the thing said in its place and the one refused.)
  const at = atoms.findIndex((a) => a.kind === "kw" && (a.keywords.some((k) => REFUSING.has(k)) || (a.keywords.includes("refuse") && /^not$/i.test(a.text.trim()) && atoms.slice(0, atoms.indexOf(a)).some((b) => b.kind === "menu"))));
  if (!focus.length || at < 0) return atoms;
  let j = at + 1;
  while (atoms[j]?.kind === "kw" && (atoms[j] as Atom & { kind: "kw" }).keywords.every((k) => k === "the")) j++;
  const w = atoms[j];
  if (w?.kind !== "menu") return atoms;
  const items = w.refs.filter((r) => r.kind === "item");
  const choices = w.refs.filter((r): r is ChoiceRef => r.kind === "choice");
  if (items.length !== 1 || items[0]!.kind !== "item" || !choices.length || focus.some((f) => f.item === (items[0] as Extract<MenuRef, { kind: "item" }>).item)) return atoms;
  const holders = focus.filter((f) => choices.some((c) => f.options?.[c.group] === c.choice));
  if (holders.length !== 1) return atoms;
  const group = choices.find((c) => holders[0]!.options?.[c.group] === c.choice)!.group;
  const ofGroup = (r: MenuRef) => r.kind === "choice" && r.group === group;
  // (Only where what is said in its place also names an item: "never mind the fries, roll" reads right as it is.)
  if (!atoms.some((a, k) => k !== j && a.kind === "menu" && a.refs.some((r) => r.kind === "item") && a.refs.some(ofGroup))) return atoms;
  if (!atoms.every((a) => (a.kind !== "menu" && a.kind !== "unknown") || (a.kind === "menu" && a.refs.some(ofGroup)))) return atoms;
  return atoms.map((a) => (a.kind === "menu" ? ({ ...a, refs: a.refs.filter(ofGroup) } as Atom) : a));
}
