// "튀김우동 세트요, 미니 규동으로 하고 우동은 곱빼기로요": a kind of thing ("우동", a
// category) said as the topic, with options only, where nothing of that kind is ordered
// but a line made this turn has the kind's word inside its name ("우동 + 미니동 세트") and
// takes the options: the part of that line, not a new plain one of the kind. (Round 26 added
// a plain udon beside the set, answered alone.)
import type { CartLine } from "../../cart/cart.ts";
import { keyOf } from "./lexicon.ts";
import { itemTakes } from "./options.ts";
import { lineById, type TurnDraft } from "./turn-draft.ts";
import type { Unit } from "./utterance.ts";

/** The one line made this turn that the kind said as a topic talks about, if there is one. */
export function lineNamingTheKind(d: TurnDraft, u: Unit): CartLine | undefined {
  if (u.kind !== "category" || !u.category || !(u.topic || u.the) || u.qty !== undefined || u.remove || !u.mods.length) return undefined;
  const cat = d.menu.menu.categories.find((c) => c.id === u.category);
  const word = keyOf(cat?.name[d.lang] ?? "");
  if (!word) return undefined;
  const lines = d.created.map((id) => lineById(d.state, id)).filter((l): l is CartLine => !!l);
  const named = lines.filter((l) => d.menu.item(l.item)?.category !== u.category && d.lex.itemWords(l.item).keys.some((k) => k !== word && k.includes(word)) && u.mods.every((m) => itemTakes(d.menu, l.item, m)));
  return named.length === 1 ? named[0] : undefined;
}
