// "half and half", said to the kiosk's question "Which chicken: Dark meat, White meat or
// Mixed?": the mixed choice, not the "Half & Half" drink the menu also sells (the twelfth
// English red team: the drink added, the choice left open). A cashier who just asked hears
// the asked group's choice first: where exactly one of its choices is the mix (named "mixed",
// "mix", "one of each", "half and half"), "half and half" said as the answer is that choice.
import type { MenuModel } from "../../../../shared/menu/model.ts";
import { spokenNames, wordsOf } from "./name-forms.ts";

/** How people say "some of each, half each". */
const HALVES = /^(?:half and half|half n half|half half|fifty fifty|50 50|half of each)$/;
/** A choice's name that says it is the mix of the others. */
const MIXED = /^(?:mixed|mix|half and half|one of each|half of each|mixed meat|half each)$/;

/** The asked group's mixed choice, where the words are "half and half"; else undefined. */
export function halvesAsTheMix(menu: MenuModel, offered: ReadonlySet<string>, group: string, said: string): string | undefined {
  if (!HALVES.test(wordsOf(said).join(" "))) return undefined;
  const mixed = (menu.groups.get(group)?.choices ?? []).filter((c) => offered.has(c.id) && spokenNames(c, true).some((n) => MIXED.test(wordsOf(n).join(" "))));
  return mixed.length === 1 ? mixed[0]!.id : undefined;
}
