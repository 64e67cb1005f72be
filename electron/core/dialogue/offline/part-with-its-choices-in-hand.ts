// English, a later turn: "frituras combo" → "chicken pastelillo" where the combo in hand says
// it holds "one pastelillo (your filling)" and its filling is still to be picked: the part named
// with its choices, and nothing else, is the set's own part, its choices the set's (not a
// pastelillo sold alone beside it). The Korean turn says the part as the topic ("커피는 따뜻하게",
// bundle-with-its-part.ts); this is the English word order, choices first. A guess, as any
// reading of a part (blind round 70).
import type { MenuModel } from "../../../../shared/menu/model.ts";
import type { Atom } from "./scan.ts";
import { optionsOfThePart, readAsOptions } from "./bundle-with-its-part.ts";

const onlyChoices = (a: Atom | undefined) => a?.kind === "menu" && !a.fuzzy && a.refs.length > 0 && a.refs.every((r) => r.kind === "choice");
const idle = (a: Atom) => (a.kind === "kw" && a.keywords.every((w) => w === "filler" || w === "request")) || (a.kind === "sep" && a.why === "punct");

/** The atoms with "chicken pastelillo" of the set in hand read as the set's choices. */
export function partWithItsChoicesInHand(atoms: Atom[], menu: MenuModel, unplaced: Atom[], inHand: readonly string[]): Atom[] {
  const bundle = inHand.at(-1);
  if (!bundle) return atoms;
  const said: number[] = [];
  let k = 0;
  while (k < atoms.length && idle(atoms[k]!)) k++;
  while (onlyChoices(atoms[k])) said.push(k++);
  const part = atoms[k];
  if (!said.length || part?.kind !== "menu" || part.fuzzy || part.refs.length !== 1 || part.refs[0]!.kind !== "item" || part.refs[0]!.partial) return atoms;
  const item = part.refs[0]!;
  if (item.item === bundle || inHand.includes(item.item) || !atoms.slice(k + 1).every(idle)) return atoms;
  const options = optionsOfThePart(menu, bundle, item, atoms, said);
  if (options === undefined || options === "not the bundle's" || !options.length) return atoms;
  unplaced.push(part);
  return [...atoms.slice(0, said[0]!), ...readAsOptions(atoms, said[0]!, k, options), ...atoms.slice(k + 1)];
}
