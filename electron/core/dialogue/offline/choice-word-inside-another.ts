// A read-back check. Held-out r119d-009: "ice cream cone" → "vanilla" → "dipped in chocolate"
// changed the vanilla answered a turn before into chocolate, alone, because "chocolate" was read
// apart from "dipped" (choice-named-around-in.ts reads it whole now). The family: a turn puts a
// new choice on a line in hand and, in the same turn, changes a one-of choice the line already
// had into one whose name is only a piece of the new choice's names ("Chocolate" inside
// "Chocolate dip"). The word was most likely said inside the new choice's name, not to change
// the answer given before: a guess.
import type { MenuModel } from "../../../../shared/menu/model.ts";
import { optionHas } from "./line-changes.ts";
import { spokenNames, wordsOf } from "./name-forms.ts";
import type { TurnResult } from "./turn-draft.ts";

const namesOf = (menu: MenuModel, group: string, choice: string) => spokenNames(menu.groups.get(group)?.choices?.find((c) => c.id === choice)).map(wordsOf);
const chosen = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : v === undefined || v === null ? [] : [String(v)]);

export function choiceWordInsideAnother(d: TurnResult): string[] {
  const out: string[] = [];
  for (const id of d.modified) {
    const was = d.before.lines.find((l) => l.id === id);
    const now = d.state.lines.find((l) => l.id === id);
    if (!was || !now) continue;
    // The choices the turn put on the line, group by group.
    const added = Object.entries(now.options).flatMap(([g, v]) => chosen(v).filter((c) => !optionHas(was.options[g], c)).map((c) => ({ group: g, choice: c })));
    for (const [g, v] of Object.entries(now.options)) {
      if (Array.isArray(v) || typeof v !== "string" || was.options[g] === undefined || was.options[g] === v || d.menu.groups.get(g)?.select !== "one") continue;
      // (Only an answer given before, not the group's default: "kids meal" → "apple slices and
      // apple juice" sets the side and the drink, both said whole.)
      if (JSON.stringify(was.options[g]) === JSON.stringify(d.menu.itemGroup(now.item, g)?.default)) continue;
      const own = namesOf(d.menu, g, v).filter((n) => n.length > 0);
      const inside = added.find((x) => x.group !== g && namesOf(d.menu, x.group, x.choice).some((n) => own.some((o) => o.length < n.length && o.every((w) => n.includes(w)))));
      if (inside) out.push(`${g} changed to ${v}, a word of the ${inside.choice} put on in the same turn`);
    }
  }
  return out;
}
