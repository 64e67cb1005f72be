// English "a box of twelve assorted yakgwa with the bojagi wrap": the name of what a box (a set, a
// platter) holds said right after the box's name, the way English puts the noun after "a box of
// twelve", where the box's own description says it holds that ("Gift box of twelve yakgwa"). It
// says what the box is, not a yakgwa more: read as part of the box's words (held-out round 87,
// first run, made a classic yakgwa beside the box, answered alone). The box's own choices may
// stand between ("assorted"), and "of" ("a box of six of the yakgwa"). Not where the word is also
// one of the box's own choices (a box whose "All ma'amoul" is said "maamoul": that choice, read by
// the steps for a box's kinds), nor where it is counted ("a box of twelve and two yakgwa") or
// follows a comma or "and" (said as a thing of its own). The Korean order, the thing first, is
// what-it-holds-said-first.ts.
import type { MenuModel } from "../../../../shared/menu/model.ts";
import { asFiller, theItemNamed } from "./atom-forms.ts";
import { describedWith, keyOf, spokenNames } from "./name-forms.ts";
import type { Atom } from "./scan.ts";

/** Whether a word names one of the item's own choices. */
function choiceOf(menu: MenuModel, item: string, text: string): boolean {
  const k = keyOf(text);
  return menu.itemGroups(item).some((g) => g.choices.some((c) => spokenNames(c).some((n) => keyOf(n) === k)));
}

/** A word of the box's own choices ("assorted"), or "of"/"the", between the box and what it holds. */
function besideTheBox(menu: MenuModel, box: string, a: Atom | undefined): boolean {
  if (a?.kind === "kw") return a.keywords.length > 0 && a.keywords.every((k) => k === "of" || k === "the");
  return a?.kind === "menu" && a.refs.every((r) => r.kind === "choice") && a.refs.some((r) => r.kind === "choice" && !!menu.itemGroup(box, r.group));
}

export function whatItHoldsSaidAfter(atoms: Atom[], menu: MenuModel): Atom[] {
  const out = [...atoms];
  atoms.forEach((x, i) => {
    if (x.kind !== "menu" || x.fuzzy) return;
    const box = theItemNamed(x, ["category"]);
    if (!box || !menu.item(box)?.description) return;
    let j = i + 1;
    while (j < i + 4 && besideTheBox(menu, box, atoms[j])) j++;
    const y = atoms[j];
    if (y?.kind !== "menu" || y.fuzzy || y.partial) return;
    const held = theItemNamed(y, ["category", "group"]);
    if (!held || held === box || !describedWith(menu, box, [y.text]) || choiceOf(menu, box, y.text)) return;
    out[j] = asFiller(y);
  });
  return out;
}
