// "짜장 즉떡 3인분" where the menu calls the plain dish "즉떡 3인분" (its name and its serving,
// an alias with options) and the 짜장 one "짜장 즉떡": the longer phrase won and left "짜장"
// to name the 짜장 dish again, two dishes made (blind round 76). An alias that is an item's
// name and one of its choices, crossed by another item's whole name that starts before it
// and ends inside it, is that other item and the choice on its own: the words after the name
// say the choice the alias holds, which the other item takes too.
import type { MenuModel } from "../../../../shared/menu/model.ts";
import type { MenuRef } from "./lexicon.ts";
import type { PhraseMatch, Stream } from "./phrase-index.ts";
import type { PhraseCandidate } from "./atoms.ts";
import { alignedStart, uncover } from "./phrase-choice.ts";

const itemsOf = (refs: readonly MenuRef[]): string[] => refs.flatMap((r) => (r.kind === "item" ? [r.item] : []));

/** The choice words `rest` say that the alias's preset holds and that every item of `name` takes. */
function presetChoiceSaid(menu: MenuModel, alias: readonly MenuRef[], name: readonly MenuRef[], rest: readonly MenuRef[]): boolean {
  const presets = alias.flatMap((r) => (r.kind === "item" && r.preset ? [r.preset] : []));
  if (!presets.length || presets.length !== alias.length || !rest.length || !rest.every((r) => r.kind === "choice")) return false;
  const items = itemsOf(name);
  return rest.some(
    (r) => r.kind === "choice" && presets.every((p) => p[r.group] === r.choice) && items.every((i) => !!menu.itemGroup(i, r.group)?.choices.some((c) => c.id === r.choice)),
  );
}

/** Takes the other item's name and the choice in place of each such alias. */
export function presetAliasesCrossed(
  s: Stream,
  menu: MenuModel,
  matches: readonly PhraseMatch<MenuRef>[],
  chosen: PhraseCandidate[],
  covered: Int32Array,
  take: (c: PhraseCandidate) => void,
): void {
  for (const c of [...chosen]) {
    if (c.start < 0 || !c.menu?.length || !c.menu.every((r) => r.kind === "item" && !r.partial && r.preset)) continue;
    const own = new Set(itemsOf(c.menu));
    const name = matches.find(
      (m) =>
        m.start < c.start &&
        m.end > c.start &&
        m.end < c.end &&
        alignedStart(s, m.start) &&
        alignedStart(s, m.end) &&
        m.payloads.length > 0 &&
        m.payloads.every((r) => r.kind === "item" && !r.partial && !own.has(r.item)),
    );
    if (!name) continue;
    const rest = matches.find((m) => m.start === name.end && m.end === c.end && presetChoiceSaid(menu, c.menu!, name.payloads, m.payloads));
    if (!rest) continue;
    uncover(chosen, covered, name.start, c.end);
    take({ start: name.start, end: name.end, menu: name.payloads });
    take({ start: rest.start, end: rest.end, menu: rest.payloads });
  }
}
