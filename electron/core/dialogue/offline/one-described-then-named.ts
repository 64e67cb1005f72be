// "the mint one, and the coffee one... the midnight, yeah": "the coffee one" describes a thing by
// a word of what it is made of, then names it to be clear. "coffee" is also the cold brew's alias,
// and the engine made a cold brew beside the Midnight (whose description says "coffee ice
// cream"), answered alone (held-out r112d-030). "The X one" where X names an item and is also a
// word of the description of another item named in the same turn: one thing said twice, or two?
// A guess either way.
import type { MenuModel } from "../../../../shared/menu/model.ts";
import type { Atom } from "./scan.ts";

const words = (s: string) => s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** The items an atom names (whole names only). */
const itemsOf = (a: Atom | undefined): string[] => (a?.kind === "menu" ? a.refs.flatMap((r) => (r.kind === "item" && !r.partial ? [r.item] : [])) : []);

export function oneDescribedThenNamed(atoms: readonly Atom[], menu: MenuModel): string[] {
  const out: string[] = [];
  atoms.forEach((a, i) => {
    const one = atoms[i + 1];
    if (!itemsOf(a).length || one?.kind !== "kw" || !one.keywords.includes("pronoun") || !/^ones?$/i.test(one.text.trim())) return;
    const said = words(a.text.replace(/^the\s+/i, ""));
    if (!said.length) return;
    const others = new Set(atoms.flatMap((x, j) => (j === i ? [] : itemsOf(x))).filter((it) => !itemsOf(a).includes(it)));
    for (const it of others) {
      const desc = Object.values(menu.item(it)?.description ?? {}).filter((t): t is string => typeof t === "string").flatMap(words);
      if (said.every((w) => desc.includes(w))) {
        out.push(`"${a.text} ${one.text}": the ${it} described, or one more thing?`);
        return;
      }
    }
  });
  return out;
}
