// "a cup of seafood gumbo" → "no the other gumbo", "a bowl of chicken gumbo" → "the other
// gumbo": "the other" before a word of the name of the one line in hand, a word that exactly
// one other item's name has too, is that other item in the line's place, with the line's
// options it takes (the cup). The word alone named the line's own item (the menu's "gumbo"),
// so the engine added a second one, or kept the one refused. Of several other items with
// that word, or several lines in hand, the words say no more than which: left to the rest.
import type { MenuModel } from "../../../../shared/menu/model.ts";
import { replace } from "./line-changes.ts";
import type { Outcome } from "./outcomes.ts";
import { focusLines, type TurnDraft } from "./turn-draft.ts";

/** The words of every name of an item (English names and aliases), lower case. */
function nameWords(menu: MenuModel, item: string): Set<string> {
  const it = menu.item(item);
  const names = [it?.name.en ?? "", ...(it?.aliases?.en ?? []).map((a) => (typeof a === "string" ? a : a.text))];
  return new Set(names.flatMap((n) => n.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean)));
}

export function theOtherItem(d: TurnDraft): Outcome[] | undefined {
  const u = d.utterance;
  if (u.lang !== "en" || u.units.length !== 1 || u.bare.length || u.questions.length || u.orderChoices.length) return undefined;
  const x = u.units[0]!;
  if (x.kind !== "item" || !x.item || x.qtyExplicit || x.mods.length || x.parts.length || x.remove || x.only) return undefined;
  const word = x.text.trim().toLowerCase();
  if (!/^[a-z]+$/.test(word) || !new RegExp(`(?:^|\\s)the other ${word}\\s*[.!]?$`).test(u.text.trim().toLowerCase())) return undefined;
  const lines = focusLines(d);
  if (lines.length !== 1) return undefined;
  const l = lines[lines.length - 1]!;
  if (!nameWords(d.menu, l.item).has(word)) return undefined;
  const others = d.menu.menu.items.filter((it) => it.id !== l.item && !it.soldOut && nameWords(d.menu, it.id).has(word));
  if (others.length !== 1) return undefined;
  x.absorbed = true;
  const unit = { ...x, item: others[0]!.id };
  return [{ kind: "acted-on", text: x.text }, ...replace(d, [l], unit, undefined)];
}
