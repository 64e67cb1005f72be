// A read-back check: a line the turn made or changed that ends holding a thing left off and
// the same thing added ("No cotija" and one "Extra cotija", "No onions" and "Add onions"). No
// customer means both; some step kept a refusal that was taken back, or read a word said
// again as more of it. (The blind round 58, "no cotija, uh actually yes cotija, just no
// mayo": both were kept, answered alone.) Whatever the reading, such a line is a guess.
import type { MenuModel } from "../../../../shared/menu/model.ts";
import { withoutAddWords } from "./add-words.ts";
import { keyOf, spokenNames, withoutRemovalWord } from "./name-forms.ts";
import { type TurnResult, linesReached } from "./turn-draft.ts";
import type { CartLine } from "../../cart/cart.ts";

/** The keys of what the line's chosen options leave off, and of what they add. */
function leftOffAndAdded(menu: MenuModel, line: CartLine): { off: Set<string>; added: Set<string> } {
  const off = new Set<string>();
  const added = new Set<string>();
  for (const [gid, v] of Object.entries(line.options)) {
    const g = menu.groups.get(gid);
    if (!g) continue;
    if (typeof v === "number") {
      const from = typeof g.default === "number" ? g.default : 0;
      if (v > from) for (const k of namesSaid(menu, gid, undefined).added) added.add(k);
      continue;
    }
    for (const id of [v].flat()) {
      const said = namesSaid(menu, gid, id);
      for (const k of said.off) off.add(k);
      for (const k of said.added) added.add(k);
    }
  }
  off.delete("");
  added.delete("");
  return { off, added };
}

const namesSaidCache = new WeakMap<MenuModel, Map<string, { off: string[]; added: string[] }>>();

/** What a count group (choice undefined) or one choice of a group says is left off or added, by its names: once per menu. */
function namesSaid(menu: MenuModel, gid: string, id: string | undefined): { off: string[]; added: string[] } {
  let byChoice = namesSaidCache.get(menu);
  if (!byChoice) namesSaidCache.set(menu, (byChoice = new Map()));
  const key = `${gid}\u0000${id ?? ""}`;
  let said = byChoice.get(key);
  if (said) return said;
  said = { off: [], added: [] };
  const g = menu.groups.get(gid);
  if (g && id === undefined) {
    for (const n of spokenNames(g, true)) if (withoutAddWords(n)) said.added.push(keyOf(withoutAddWords(n)));
  } else if (g) {
    const c = g.choices?.find((x) => x.id === id);
    // (A single choice left as it comes, "Sauce: red", adds nothing said.)
    if (c && !(g.select === "one" && g.default === id)) {
      // (A removal by any of its names, "No onions" also called "onion", leaves off only.)
      const names = spokenNames(c, true);
      const left = names.filter((n) => withoutRemovalWord(n) !== n.trim());
      if (left.length) for (const n of left) said.off.push(keyOf(withoutRemovalWord(n)));
      else if (g.select === "many") for (const n of names) if (withoutAddWords(n)) said.added.push(keyOf(withoutAddWords(n)));
    }
  }
  byChoice.set(key, said);
  return said;
}

export function heldAndAdded(d: TurnResult): string[] {
  return linesReached(d).flatMap((l) => {
    const { off, added } = leftOffAndAdded(d.menu, l);
    const both = [...off].filter((k) => added.has(k));
    return both.length ? [`${l.item}: "${both[0]}" both left off and added`] : [];
  });
}
