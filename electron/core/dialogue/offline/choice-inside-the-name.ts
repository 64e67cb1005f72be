// A read-back check: the words that named an item also name one of its own choices, beyond
// the words of its menu name, and no line of it the turn made or changed holds that choice.
// Blind round 76: "lemon potatoes and fries with feta" where the menu gives the Fries the
// alias "fries with feta" and its toppings a Feta: the alias was read as the name alone and
// the fries came plain, answered alone. Whatever step swallowed the choice into the name (an
// alias, a longer name, a name read across words), the customer said the choice and the
// cart lacks it: a guess. (A choice said apart from the name is other checks' business.)
import type { MenuModel } from "../../../../shared/menu/model.ts";
import { optionHas } from "./line-changes.ts";
import { wordsOf } from "./name-forms.ts";
import { type TurnResult, linesReached } from "./turn-draft.ts";
import { groupsOf } from "./utterance.ts";

/** Whether `part` stands whole, word for word, inside `words`. */
function holds(words: readonly string[], part: readonly string[]): boolean {
  if (!part.length || part.length > words.length) return false;
  for (let i = 0; i + part.length <= words.length; i++) if (part.every((w, j) => words[i + j] === w)) return true;
  return false;
}

/** The item's choices (not counts) whose name the words `said` hold, none of its words one of the item's own name. */
function choicesInside(menu: MenuModel, item: string, said: readonly string[]): Array<{ group: string; choice: string }> {
  const named = namedChoicesOf(menu, item);
  if (!named || !said.some((w) => !named.own.has(w))) return [];
  return named.choices.filter((c) => c.names.some((words) => holds(said, words))).map(({ group, choice }) => ({ group, choice }));
}

type NamedChoices = { own: Set<string>; choices: Array<{ group: string; choice: string; names: string[][] }> };
const namedChoiceCache = new WeakMap<MenuModel, Map<string, NamedChoices | undefined>>();

/** The words of the item's own names, and its choices (not counts) with the names that could be said inside it: once per menu and item. */
function namedChoicesOf(menu: MenuModel, item: string): NamedChoices | undefined {
  let byItem = namedChoiceCache.get(menu);
  if (!byItem) namedChoiceCache.set(menu, (byItem = new Map()));
  if (byItem.has(item)) return byItem.get(item);
  const it = menu.item(item);
  let out: NamedChoices | undefined;
  if (it) {
    const ownNames = Object.values(it.name).map((n) => wordsOf(n ?? ""));
    const own = new Set(ownNames.flat());
    const namesOf = (c: { name: Record<string, string | undefined>; aliases?: Record<string, unknown[] | undefined> }) => [...Object.values(c.name), ...Object.values(c.aliases ?? {}).flat()].filter((n): n is string => typeof n === "string");
    // (The item named after the choice in any language, "페파로니 피자" of the Pepperoni pizza with a
    // pepperoni topping: the name, not the choice.)
    const namedAfter = (c: Parameters<typeof namesOf>[0]) => namesOf(c).some((n) => ownNames.some((o) => holds(o, wordsOf(n))));
    const choices = menu.itemGroups(item).flatMap((g) =>
      g.select === "count"
        ? []
        : g.choices
            .filter((c) => !namedAfter(c))
            .map((c) => ({
              group: g.id,
              choice: c.id,
              names: namesOf(c)
                .map((n) => ({ n, words: wordsOf(n) }))
                .filter(({ n, words }) => words.length > 0 && words.join("").length >= (/[\uac00-\ud7a3]/.test(n) ? 2 : 3) && words.every((w) => !own.has(w)))
                .map(({ words }) => words),
            }))
            .filter((c) => c.names.length > 0),
    );
    out = { own, choices };
  }
  byItem.set(item, out);
  return out;
}

export function choiceInsideTheName(d: TurnResult): string[] {
  const reached = linesReached(d);
  const out: string[] = [];
  for (const x of d.utterance.units) {
    if (x.kind !== "item" || !x.item || x.asked || x.remove || x.replaced) continue;
    const said = wordsOf(x.text);
    if (said.length < 2) continue;
    const lines = reached.filter((l) => l.item === x.item);
    if (!lines.length) continue;
    // (A choice of that group said apart, "fries with feta, no feta", or set by the name as the
    // menu wrote it, "two dozen wings" of "dozen wings": the words decide, not the name.)
    // (A preset counts only where a line holds it: a step that dropped it left the choice unmade.)
    const presetHeld = Object.entries(x.preset ?? {}).filter(([g, v]) => lines.some((l) => [v].flat().every((c) => optionHas(l.options[g], c as string))));
    const set = new Set([...x.mods.flatMap(groupsOf), ...x.parts.flatMap((p) => p.mods.flatMap(groupsOf)), ...presetHeld.map(([g]) => g)]);
    const inside = choicesInside(d.menu, x.item, said);
    // (A group is met where a line holds one of the choices the words hold: "diet coke" holds
    // the Diet Coke and the Coke, "hazy ipa" the Hazy IPA and the IPA.)
    const met = new Set(inside.filter((c) => lines.some((l) => optionHas(l.options[c.group], c.choice))).map((c) => c.group));
    for (const c of inside) {
      if (set.has(c.group) || met.has(c.group)) continue;
      out.push(`"${x.text}" names ${c.group} ${c.choice}, on no line of ${x.item}`);
    }
  }
  return out;
}
