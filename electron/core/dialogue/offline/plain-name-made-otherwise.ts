// A read-back check: an item named by a word that is also one of its own pick-one choices,
// and no line of it the turn made or changed holds that choice. Blind round 66: "흑미밥 하나
// 공기밥 하나 더 주세요" of an extra rice (공기밥) whose rice is 공기밥 / 흑미밥 (and 흑미밥 also
// names it made black) made two black rice, answered alone: "공기밥 하나 더" was read as one
// more of the line just made. Whatever step did it, the words named the plain kind (공기밥 is
// the choice too) and the cart has none of it: a guess.
import type { MenuModel } from "../../../../shared/menu/model.ts";
import { optionHas } from "./line-changes.ts";
import { type TurnResult, linesReached } from "./turn-draft.ts";
import { groupsOf } from "./utterance.ts";

const squeeze = (s: string) => s.toLowerCase().replace(/\s+/g, "");

/** The item's pick-one choices (group, choice) that `text` names whole. */
function choicesNamedBy(menu: MenuModel, item: string, text: string): Array<{ group: string; choice: string }> {
  const said = squeeze(text);
  return menu.itemGroups(item).flatMap((g) =>
    g.select !== "one"
      ? []
      : g.choices.filter((c) => [...Object.values(c.name), ...Object.values(c.aliases ?? {}).flat()].some((n) => typeof n === "string" && squeeze(n) === said)).map((c) => ({ group: g.id, choice: c.id })),
  );
}

export function plainNameMadeOtherwise(d: TurnResult): string[] {
  const reached = linesReached(d);
  const out: string[] = [];
  for (const x of d.utterance.units) {
    if (x.kind !== "item" || !x.item || x.asked || x.remove || x.replaced || x.topic || x.the) continue;
    const set = new Set([...x.mods.flatMap(groupsOf), ...x.parts.flatMap((p) => p.mods.flatMap(groupsOf)), ...Object.keys(x.preset ?? {})]);
    const lines = reached.filter((l) => l.item === x.item);
    if (!lines.length) continue;
    for (const c of choicesNamedBy(d.menu, x.item, x.text)) {
      if (set.has(c.group)) continue;
      if (!lines.some((l) => optionHas(l.options[c.group], c.choice))) out.push(`"${x.text}" names ${c.group} ${c.choice}, on no line of ${x.item}`);
    }
  }
  return out;
}
