// English "tall stack of pancakes with blueberries": an item named by an alias that carries its
// options ("tall stack", the pancakes' full stack), then "of" and the same item by its own name.
// One order of it, said the way English puts the noun after its measure; the name after "of"
// is no second order (held-out r108b-008 had made a tall stack and a second, plain stack
// holding the toppings said after it). Only where both words name that one item, the second
// with no options of its own.
import { asFiller } from "./atom-forms.ts";
import type { Atom } from "./scan.ts";

const isOf = (a: Atom | undefined) => a?.kind === "kw" && a.keywords.length > 0 && a.keywords.every((k) => k === "of");

/** The one item a word names with the options its alias carries. */
function itemWithPreset(a: Atom | undefined): string | undefined {
  if (a?.kind !== "menu" || a.fuzzy) return undefined;
  const items = a.refs.filter((r) => r.kind === "item" && !r.partial);
  const it = items[0];
  return items.length === 1 && it?.kind === "item" && it.preset && Object.keys(it.preset).length ? it.item : undefined;
}

/** The one item a word names plainly, by its name or an alias with no options (its other readings choices: "pancakes" of a combo's main too). */
function plainItem(a: Atom | undefined): string | undefined {
  if (a?.kind !== "menu" || a.fuzzy || !a.refs.every((r) => r.kind === "item" || r.kind === "choice")) return undefined;
  const items = a.refs.filter((r) => r.kind === "item");
  const it = items[0];
  return items.length === 1 && it?.kind === "item" && !it.partial && !(it.preset && Object.keys(it.preset).length) ? it.item : undefined;
}

export function nameSaidAgainAfterOf(atoms: Atom[]): Atom[] {
  for (let i = 0; i + 2 < atoms.length; i++) {
    const item = itemWithPreset(atoms[i]);
    if (!item || !isOf(atoms[i + 1]) || plainItem(atoms[i + 2]) !== item) continue;
    return [...atoms.slice(0, i + 1), asFiller(atoms[i + 1]!), asFiller(atoms[i + 2]!), ...atoms.slice(i + 3)];
  }
  return atoms;
}
