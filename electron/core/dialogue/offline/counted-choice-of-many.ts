// "catfish plate with mac, greens and yams" on a plate that sells "Two sides" / "Three sides"
// beside its many-group of sides: three sides said is the "Three sides" plate, not the
// two-side plate with three sides on it (priced too low). Read from the menu only: a
// one-group whose every choice's name carries a number, tied to a many-group of the item by
// its own name or its choices' names ("Number of sides", "사이드 개수"). Where the number of
// choices on the line fits exactly one such choice, that choice is set (unless the
// customer named the count themselves); where more were said than the count held allows
// and none fits, it is a guess.
import type { EffectiveGroup } from "../../../../shared/menu/model.ts";
import type { OptionValue } from "../../../../shared/menu/schema.ts";
import { leadingNumber } from "./numbers.ts";
import { keyOf } from "./name-forms.ts";

/** Each choice's number by its id, when every choice of the group has one and no two share it. */
export function numbersOfChoices(g: EffectiveGroup): Map<string, number> | undefined {
  if (g.select !== "one" || g.choices.length < 2) return undefined;
  const out = new Map<string, number>();
  for (const c of g.choices) {
    const ns = [...new Set(Object.values(c.name).map(leadingNumber))];
    if (ns.length !== 1 || ns[0] === undefined) return undefined;
    out.set(c.id, ns[0]);
  }
  return new Set(out.values()).size === out.size ? out : undefined;
}

/** Whether the one-group's name or its choices' names hold a name of the many-group. */
function counts(one: EffectiveGroup, many: EffectiveGroup): boolean {
  const manyKeys = [...Object.values(many.group.name), ...Object.values(many.group.aliases ?? {}).flat()]
    .filter((t): t is string => typeof t === "string")
    .map(keyOf)
    .filter((k) => k.length >= 2);
  const own = [...Object.values(one.group.name), ...one.choices.flatMap((c) => Object.values(c.name))].map(keyOf);
  return own.some((o) => manyKeys.some((k) => o.includes(k)));
}

export interface CountedChoice {
  /** The count's choice the line takes, set on `cur`. */
  set?: { group: string; choice: string };
  /** The many-group of which more were said than any count choice holds: a guess. */
  unsure?: string;
}

/**
 * The count's choice that fits how many choices of a many-group the line now holds, for
 * each many-group changed in this turn (`changed`); `said` holds groups the customer named.
 */
export function countedChoiceOfMany(groups: EffectiveGroup[], cur: Record<string, OptionValue>, changed: ReadonlySet<string>, said: ReadonlySet<string>): CountedChoice {
  const out: CountedChoice = {};
  for (const many of groups) {
    if (many.select !== "many" || !changed.has(many.id) || !Array.isArray(cur[many.id])) continue;
    const n = (cur[many.id] as string[]).length;
    if (n < 2) continue;
    for (const one of groups) {
      if (one === many || said.has(one.id)) continue;
      const numbers = numbersOfChoices(one);
      if (!numbers || !counts(one, many)) continue;
      const fits = [...numbers].filter(([, k]) => k === n);
      const now = cur[one.id] ?? one.default;
      const held = numbers.get(String(now ?? ""));
      if (fits.length === 1) {
        if (now !== fits[0]![0]) out.set = { group: one.id, choice: fits[0]![0] };
      } else if (held === undefined || n > held) out.unsure = many.id;
    }
  }
  return out;
}
