// "beef fry and three parottas" → "and cancel one parotta", where the beef fry's counted option
// "Extra parotta" is also called "one more parotta" and its words without "more" read "one
// parotta" whole as that option: the parotta line stayed three (held-out r107a-017). A count
// group's name that is a number and then an item's own name says that count of that item as
// well: read as the number and the name (the name naming both the item and the group, as
// "parotta" said alone does), the reading steps after choose between them as for any such name.
import type { MenuModel } from "../../../../shared/menu/model.ts";
import { keyOf } from "./name-forms.ts";
import { englishNumberWords, parseDigits } from "./numbers.ts";
import type { MenuRef } from "./lexicon.ts";
import type { Atom } from "./scan.ts";

const NUMBER_WORDS = new Map(englishNumberWords().filter((w) => w.n > 0 && /^[a-z]+$/.test(w.text) && !/^(?:a|an|single|dozen)$/.test(w.text)).map((w) => [w.text, w.n]));

/** The item whose own name or alias the words are, else undefined. */
function itemNamed(menu: MenuModel, words: string): string | undefined {
  const key = keyOf(words);
  const hits = menu.menu.items.filter((it) => [...Object.values(it.name), ...Object.values(it.aliases ?? {}).flat()].some((n) => typeof n === "string" && keyOf(n) === key));
  return hits.length === 1 ? hits[0]!.id : undefined;
}

export function countAndNameInAGroupName(atoms: Atom[], menu: MenuModel): Atom[] {
  return atoms.flatMap((a): Atom[] => {
    if (a.kind !== "menu" || a.fuzzy || !a.refs.length || !a.refs.every((r) => r.kind === "group" && menu.groups.get(r.group)?.select === "count") || a.tok1 <= a.tok0) return [a];
    const m = /^(\S+)\s+(.+)$/.exec(a.text.trim());
    const n = m ? (parseDigits(m[1]!) ?? NUMBER_WORDS.get(m[1]!.toLowerCase())) : undefined;
    const item = m && n !== undefined ? itemNamed(menu, m[2]!) : undefined;
    if (!m || n === undefined || !item) return [a];
    const at = a.start + a.text.indexOf(m[2]!, m[1]!.length);
    const refs: MenuRef[] = [{ kind: "item", item, partial: false }, ...a.refs];
    return [
      { start: a.start, end: a.start + m[1]!.length, tok0: a.tok0, tok1: a.tok0, text: m[1]!, kind: "num", value: n, times: false, counted: false, article: false, flags: {} } as Atom,
      { ...a, start: at, tok0: a.tok0 + 1, text: m[2]!, refs },
    ];
  });
}
