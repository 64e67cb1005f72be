// "salted caramel slice but no caramel drizzle": the slice is "topped with caramel drizzle"
// (its description) and spells leaving it off as "No sauce drizzle" (aliases "no drizzle",
// "no sauce"); "caramel drizzle" is also the add-on topping, not on the slice, so the refusal
// took nothing off and the turn was sure (held-out round 53). A refused thing the line does
// not hold, that the item's description names, is what it comes with: the item's one removal
// choice whose words share a word with it ("drizzle") is the hold meant. Two or none: read
// as before (the read-back, refused-what-it-comes-with.ts, makes that a guess).
import type { EffectiveGroup, MenuModel } from "../../../../shared/menu/model.ts";
import type { OptionValue } from "../../../../shared/menu/schema.ts";
import { REMOVAL_PREFIX, REMOVAL_SUFFIX, removalIndex } from "./refusal.ts";
import { describedWith, spokenNames, wordsOf } from "./name-forms.ts";
import type { ChoiceCand } from "./utterance.ts";

/** Words too common to tell two holds apart. */
const WEAK = new Set(["no", "the", "a", "an", "of", "on", "with", "without", "hold", "extra", "add", "side", "please"]);

const contentWords = (names: readonly string[]) => new Set(names.flatMap((n) => wordsOf(n)).filter((w) => (w.length >= 3 || (/[가-힣]/.test(w) && w.length >= 2)) && !WEAK.has(w)));

/** The names a refused choice is said by: the words said and the choices' own names. */
export function refusedNames(menu: MenuModel, cands: readonly ChoiceCand[], text: string): string[] {
  return [text, ...cands.flatMap((c) => spokenNames(menu.groups.get(c.group)?.choices?.find((k) => k.id === c.choice), true))];
}

export function holdOfWhatItComesWith(
  menu: MenuModel,
  item: string,
  groups: readonly EffectiveGroup[],
  cands: readonly ChoiceCand[],
  text: string,
  cur: Record<string, OptionValue>,
): { g: EffectiveGroup; choice: string } | undefined {
  if (cands.some((c) => [cur[c.group]].flat().includes(c.choice))) return undefined;
  const names = refusedNames(menu, cands, text);
  if (!describedWith(menu, item, names)) return undefined;
  const said = contentWords(names);
  const idx = removalIndex(menu);
  const hits: Array<{ g: EffectiveGroup; choice: string }> = [];
  for (const g of groups) {
    if (g.select !== "many" || !idx.groups.has(g.id) || cands.some((c) => c.group === g.id)) continue;
    for (const c of g.choices) {
      if (idx.adds.has(`${g.id}/${c.id}`)) continue;
      const rest = spokenNames(c, true).map((n) => n.trim().replace(REMOVAL_PREFIX, "").replace(REMOVAL_SUFFIX, ""));
      if ([...contentWords(rest)].some((w) => said.has(w))) hits.push({ g, choice: c.id });
    }
  }
  return hits.length === 1 ? hits[0] : undefined;
}
