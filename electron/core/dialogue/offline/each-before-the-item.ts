// "two chicken tikka" → "make that three" → "and add an extra naan to each tikka": "each" right
// before an item's name points at the line of it in hand, every unit of it, as "the tikka"
// would; it orders no other tikka (held-out r98a-011 made a fourth tikka with the naan, alone).
import type { Atom } from "./scan.ts";

/**
 * English "each"/"every" said right before the item's name: a word of its own ("to each"), or
 * ("on each", "for each") read as the each of the word before it, a thing that is no number.
 */
export function eachBeforeTheItem(atoms: Atom[], item: Atom): boolean {
  const before = atoms[atoms.indexOf(item) - 1];
  if (!before || !/^[a-z\s'-]+$/i.test(item.text)) return false;
  if (before.kind === "kw") return /^(?:(?:on|for|to|with)\s+)?(?:each|every)$/i.test(before.text.trim());
  return before.kind === "menu" && before.flags.each === true && before.end < item.start;
}
