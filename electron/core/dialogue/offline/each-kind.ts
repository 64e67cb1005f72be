// "one of each cookie", "one bag of each kind of chips", "one of each shake flavor", "three
// cookies, one of each kind", "one of each side": one line for every kind of the thing named —
// every choice of the item's one group of kinds (the cookie's kind, the shake's flavour), or
// every item of the category named (the sides). English; read from the menu's own names.
import type { MenuModel } from "../../../../shared/menu/model.ts";
import { addItem } from "./line-changes.ts";
import { keyOf, type MenuLexicon } from "./lexicon.ts";
import type { Outcome } from "./outcomes.ts";
import { withoutHesitationWords } from "./scan.ts";
import type { TurnDraft } from "./turn-draft.ts";

const NUMBER: Record<string, number> = { one: 1, a: 1, "1": 1, two: 2, "2": 2, three: 3, "3": 3 };
const TOTAL: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, "2": 2, "3": 3, "4": 4, "5": 5, "6": 6, "7": 7, "8": 8 };
/** Words for "a kind of" the thing: said before it ("each kind of chips") or after ("each shake flavor"). */
const KIND = "kinds?|types?|sorts?|flavou?rs?|varieties|variety";
const OPENING = /^(?:(?:um|uh|so|and|ok|okay|can i get|can i have|could i get|could i have|can we get|i'?ll have|i'?ll take|i'?ll get|we'?ll have|i want|i'?d like|give me|let me get|let me have|gimme) )*/;

/** "one [bag] of each [kind of] X [flavor]". */
const EACH_OF = new RegExp(`^(one|a|two|three|1|2|3) (?:\\w+ )?of each (?:(?:${KIND}) of )?(.+?)$`);
/** "three cookies[,] one of each [kind | seasoning]". */
const COUNTED_EACH = /^(two|three|four|five|six|seven|eight|[2-8]) (.+?) (one|1) of each(?: (\w+))?$/;

interface Kinds {
  item?: string;
  group?: string;
  items: string[];
}

/** The lines "one of each ..." makes, once the turn says only that; none where unsure. */
export function eachOfAKind(d: TurnDraft): Outcome[] | undefined {
  if (d.utterance.lang !== "en") return undefined;
  const text = withoutHesitationWords(d.utterance.text.toLowerCase()).replace(/[^a-z0-9' ]+/g, " ").replace(/\s+/g, " ").trim().replace(/ please$/, "").replace(OPENING, "");
  let n: number;
  let kinds: Kinds | undefined;
  let total: number | undefined;
  const counted = COUNTED_EACH.exec(text);
  const each = EACH_OF.exec(text);
  if (counted) {
    total = TOTAL[counted[1]!];
    n = 1;
    kinds = kindsOf(d.menu, d.lex, counted[2]!, counted[4]);
  } else if (each) {
    n = NUMBER[each[1]!]!;
    const [, what, kindWord] = new RegExp(`^(.+?)(?: (${KIND}|\\w+))?$`).exec(each[2]!)!;
    kinds = kindsOf(d.menu, d.lex, each[2]!, undefined) ?? (kindWord ? kindsOf(d.menu, d.lex, what!, kindWord) : undefined);
  } else return undefined;
  if (!kinds) return undefined;
  const lines = kinds.items.length;
  if (lines < 2 || (total !== undefined && total !== lines * n)) return undefined;
  const out: Outcome[] = [{ kind: "acted-on" }];
  for (const k of kinds.items) out.push(...(kinds.item ? addItem(d, kinds.item, n, { [kinds.group!]: k }, [], []) : addItem(d, k, n, {}, [], [])));
  return out;
}

/**
 * What "each X [kind word]" runs over: the choices of X's one group of kinds (the group the
 * kind word names, else its only one-choice group without a price of its own per choice), or
 * the items of the category X names.
 */
function kindsOf(menu: MenuModel, lex: MenuLexicon, what: string, kindWord: string | undefined): Kinds | undefined {
  const refs = refsOf(lex, what);
  const items = [...new Set(refs.flatMap((r) => (r.kind === "item" && !r.preset && !r.partial ? [r.item] : [])))];
  const categories = [...new Set(refs.flatMap((r) => (r.kind === "category" && !r.partial ? [r.category] : [])))];
  if (items.length === 1) {
    const item = items[0]!;
    const ones = menu.itemGroups(item).filter((g) => g.select === "one" && g.choices.length >= 2);
    const word = kindWord?.replace(/s$/, "");
    const groupName = (id: string) => Object.values(menu.groups.get(id)?.name ?? {}).join(" ").toLowerCase();
    const named = word && !new RegExp(`^(${KIND})$`).test(kindWord!) ? ones.filter((g) => groupName(g.id).split(/\s+/).some((w) => w.replace(/s$/, "") === word)) : [];
    const flavourish = word && /^flavou?r$/.test(word) ? ones.filter((g) => /flavou?r/.test(groupName(g.id))) : [];
    const pick = named.length === 1 ? named : flavourish.length === 1 ? flavourish : kindWord && !new RegExp(`^(${KIND})$`).test(kindWord) ? [] : ones.length === 1 ? ones : [];
    if (pick.length !== 1) return undefined;
    return { item, group: pick[0]!.id, items: pick[0]!.choices.map((c) => c.id) };
  }
  if (!items.length && categories.length === 1 && !kindWord) {
    const inIt = menu.menu.items.filter((i) => i.category === categories[0]).map((i) => i.id);
    return { items: inIt };
  }
  return undefined;
}

/** The menu's refs for the words, as said or in the plural / singular. */
function refsOf(lex: MenuLexicon, what: string) {
  const key = keyOf(what);
  for (const k of [key, key.replace(/s$/, ""), `${key}s`, key.replace(/es$/, "")]) {
    const refs = lex.fullKeys.get(k);
    if (refs?.length) return refs;
  }
  return [];
}
