// "the chilaquiles red with two eggs over easy": a number said after "with" (add-in-counts.ts
// marks it) that no counted option took is still the count of what follows it, never the item's
// count. Where the item's description says the item comes with that many ("with two eggs"), the
// words say it as it comes and take nothing; else nothing holds the number and the turn is a
// guess. (The blind round 64 had made two plates of "with two eggs", alone.)
import type { MenuModel } from "../../../../shared/menu/model.ts";
import { englishNumberWords } from "./numbers.ts";
import { describedWith } from "./name-forms.ts";
import type { Atom } from "./scan.ts";

/** "with two eggs" said of one of these items whose description says it comes with two eggs. */
export function saidAsItComes(menu: MenuModel, items: readonly string[], atoms: readonly Atom[], num: Atom): boolean {
  if (num.kind !== "num" || !num.flags.ofOption) return false;
  const next = atoms[atoms.indexOf(num) + 1];
  return items.some((it) => countAfterWithGuess(menu, it, num, next) === undefined);
}

/** A guess when the number after "with" names no count the item's description says; else undefined. */
export function countAfterWithGuess(menu: MenuModel, item: string | undefined, num: Atom & { kind: "num" }, next: Atom | undefined): string | undefined {
  const thing = next?.kind === "menu" ? next.text : "";
  const guess = `"${`${num.text} ${thing}`.trim()}" after "with": a count that nothing took`;
  if (!item || !thing) return guess;
  const words = englishNumberWords().filter((w) => w.n === num.value && !/^an?\b/.test(w.text)).map((w) => w.text);
  const said = [...words, String(num.value)].map((w) => `${w} ${thing}`);
  return describedWith(menu, item, said) ? undefined : guess;
}
