// A read-back check: a line the turn made or changed that still waits for a required choice,
// where the turn's own words said a choice of that group by name. "a combo with a vanilla
// shake, no tomato on the burger" made the combo and asked "which shake flavour: Vanilla,
// Chocolate or Strawberry?", answered alone (held-out round 45, first run): the customer had
// said it. Whatever path lost the word, asking for what was just said is no sure answer.
// Korean names are matched at the start of a word, spaces left out (a particle may follow).
import type { MenuModel } from "../../../../shared/menu/model.ts";
import { missingGroups } from "../../cart/cart.ts";
import { keyOf, saysName, spokenNames, wordsOf } from "./name-forms.ts";
import { type TurnResult, linesReached } from "./turn-draft.ts";

/** The group's choices with the names each is said by. */
function choicesOf(menu: MenuModel, group: string): Array<{ id: string; names: string[] }> {
  return (menu.groups.get(group)?.choices ?? []).map((c) => ({ id: c.id, names: spokenNames(c, true) }));
}

/** The names (as keys) of the choices a line holds. */
function takenNames(menu: MenuModel, options: Readonly<Record<string, unknown>>): string[] {
  return Object.entries(options).flatMap(([g, v]) => {
    const ids = Array.isArray(v) ? v : [v];
    return (menu.groups.get(g)?.choices ?? []).filter((c) => ids.includes(c.id)).flatMap((c) => spokenNames(c, true).map(keyOf));
  });
}

/** Each entry: a required group still asked on a line the turn reached, one of whose choices the words named. */
export function askedWhatWasSaid(d: TurnResult): string[] {
  const reached = linesReached(d);
  const asked = reached.map((line) => ({ line, groups: missingGroups(d.menu, line) })).filter((x) => x.groups.length > 0);
  if (!asked.length) return [];
  const words = wordsOf(d.utterance.text);
  const out: string[] = [];
  // (Said of another line the turn reached, "a large coke and an iced tea", "a chicken
  // empanada and a croqueta", or of another group of the same line, "반반 하나 후라이드로요" the
  // half-and-half's first half: a choice of that name went there.)
  const taken = new Set(reached.flatMap((o) => takenNames(d.menu, o.options)));
  for (const { line, groups } of asked) {
    for (const group of groups) {
      const said = choicesOf(d.menu, group).find((c) => c.names.some((n) => saysName(words, n) && !taken.has(keyOf(n))));
      if (said) out.push(`${group} asked on ${line.item}, but "${said.names[0]}" was said`);
    }
  }
  return out;
}
