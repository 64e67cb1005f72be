// English: "croquetas with 2 extra", "churros with 3 extra and dulce de leche": "extra" said
// with a count and nothing after it is more of the item's own pieces, where the item takes one
// count that starts at none and is named by a word of the item's own names ("Extra croqueta",
// "Extra churro", "Extra falafel (each)"). The number is that count's, not the item's: one order
// with two extra, not two orders. Where the item has no such count, or more than one, the words
// stay as said. (The thirteenth English red team's tapas probes had rung two orders, alone.)
import type { MenuModel } from "../../../../shared/menu/model.ts";
import { ADD_WORDS } from "./language.ts";
import { spokenNames, wordsOf } from "./name-forms.ts";
import type { Atom } from "./scan.ts";

const ADDING: ReadonlySet<string> = new Set(ADD_WORDS);
const singular = (w: string) => w.replace(/(?<=[a-z]{2})(?:es|s)$/, "");
/** A name's words that say a thing (three letters or more, not an adding word), singular. */
const thingWords = (names: readonly string[]) => new Set(names.flatMap(wordsOf).filter((w) => w.length >= 3 && !ADDING.has(w)).map(singular));

/** The one count of the item that starts at none and shares a word with the item's own names. */
function extraOfItsOwn(menu: MenuModel, item: string): string | undefined {
  const own = thingWords(spokenNames(menu.item(item), true));
  const hits = menu.itemGroups(item).filter((g) => {
    if (g.select !== "count" || (typeof g.default === "number" && g.default >= 1)) return false;
    return [...thingWords(spokenNames(g.group))].some((w) => own.has(w));
  });
  return hits.length === 1 ? hits[0]!.id : undefined;
}

/** "extra", "more" said alone: a keyword of adding whose words are all adding words. */
const onlyExtra = (a: Atom | undefined) => a?.kind === "kw" && a.keywords.some((k) => k === "add" || k === "more") && wordsOf(a.text).length > 0 && wordsOf(a.text).every((w) => ADDING.has(w));
const isWith = (a: Atom | undefined) => a?.kind === "kw" && a.keywords.length === 1 && a.keywords[0] === "with";
/** What may follow: the end, a separator, or a word that names nothing ("please"). */
const endsThere = (a: Atom | undefined) => !a || a.kind === "sep" || (a.kind === "kw" && !a.keywords.some((k) => k === "add" || k === "more" || k === "of"));

export function extraOfTheItem(atoms: Atom[], menu: MenuModel): Atom[] {
  let out: Atom[] | undefined;
  for (let i = 3; i < atoms.length; i++) {
    const extra = atoms[i]!;
    const n = atoms[i - 1]!;
    const item = atoms[i - 3]!;
    if (!onlyExtra(extra) || n.kind !== "num" || n.times || n.article || !isWith(atoms[i - 2]) || item.kind !== "menu" || !endsThere(atoms[i + 1])) continue;
    const items = [...new Set(item.refs.flatMap((r) => (r.kind === "item" && !r.partial ? [r.item] : [])))];
    const group = items.length === 1 ? extraOfItsOwn(menu, items[0]!) : undefined;
    if (!group) continue;
    out ??= [...atoms];
    const { added: _added, ...flags } = n.flags;
    out[i - 1] = { ...n, flags: { ...flags, ofOption: true } };
    out[i] = { start: extra.start, end: extra.end, tok0: extra.tok0, tok1: extra.tok1, text: extra.text, kind: "menu", refs: [{ kind: "group", group, add: true }], fuzzy: false, partial: false, flags: {} } as Atom;
  }
  return out ?? atoms;
}
