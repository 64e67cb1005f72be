// A read-back check: "the X" where X is a whole name of an item the cart did not hold, a new
// line of it made, while a line in hand is of another item whose own name holds X ("the teas"
// with two milk teas in hand, "tea" also the black tea's alias). Held-out r100a-017: "two milk
// teas and two sangza" → "cancel the sangza" → "yeah just the teas, to go" made a pot of black
// tea beside the milk teas, answered alone. "the" points at something already talked about: the
// line in hand, most likely, and not a new thing; read so or not, a guess.
import type { MenuModel } from "../../../../shared/menu/model.ts";
import type { Atom } from "./scan.ts";
import { type TurnResult, linesMade } from "./turn-draft.ts";

const words = (s: string) => s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
const singular = (w: string) => w.replace(/(?<=[^s])e?s$/, "");

/** The item's names and aliases in every language, as words. */
function namesOf(menu: MenuModel, item: string): string[][] {
  const it = menu.item(item);
  if (!it) return [];
  const aliases = Object.values(it.aliases ?? {}).flat().map((a) => (typeof a === "string" ? a : a.text));
  return [...Object.values(it.name), ...aliases].map((n) => words(n).map(singular));
}

/** `said` (as words) inside one of the names of `item`, said whole as words of it, and not the whole name. */
function holds(menu: MenuModel, item: string, said: string[]): boolean {
  return namesOf(menu, item).some((n) => n.length > said.length && n.some((_, i) => said.every((w, j) => n[i + j] === w)));
}

const saysThe = (a: Atom | undefined) => a?.kind === "kw" && a.keywords.includes("the");

export function theWordOfALineInHand(d: TurnResult): string[] {
  const u = d.utterance;
  if (u.lang !== "en" || !d.before.lines.length) return [];
  const made = new Set(linesMade(d).map((l) => l.item));
  const out: string[] = [];
  u.atoms.forEach((a, i) => {
    if (a.kind !== "menu" || !saysThe(u.atoms[i - 1])) return;
    const said = words(a.text).map(singular);
    for (const r of a.refs) {
      if (r.kind !== "item" || !made.has(r.item) || d.before.lines.some((l) => l.item === r.item)) continue;
      // (Its own name said whole, "the borscht" beside a "Żurek (White Borscht)", names it: probe pierogi-108.)
      if (Object.values(d.menu.item(r.item)?.name ?? {}).some((n) => words(n).map(singular).join(" ") === said.join(" "))) continue;
      // (The line in hand the turn took out, "make it the dozen box" of a half dozen box, was replaced: probe churros-051.)
      const held = d.before.lines.find((l) => l.item !== r.item && holds(d.menu, l.item, said) && d.state.lines.some((x) => x.id === l.id));
      if (held) out.push(`"the ${a.text}" made ${r.item}, beside ${held.item} in hand whose name holds it`);
    }
  });
  return out;
}
