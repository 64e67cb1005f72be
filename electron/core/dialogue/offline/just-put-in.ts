// "팥빙수 하나 연유 빼고요" → "아 연유 그냥 넣어 주세요", "계란 그냥 넣어 주세요": the group's word, then
// 그냥 ("just"), then a verb that puts it in, where the group has a choice named by that word
// and that verb ("연유 넣어서", "계란 넣기"). Said without 그냥 the words are that choice's name;
// with 그냥 between, the group's word alone did nothing and the turn was answered alone with
// "what would you like?". The word is read as that choice, the verb as the request it is.
import type { MenuModel } from "../../../../shared/menu/model.ts";
import { keyOf } from "./lexicon.ts";
import type { Atom } from "./scan.ts";

/** Korean verbs that put a thing in or on (keep-default.ts reads the same). */
const PUT_IN = /^(?:넣|올려|올리|얹)/;

export function justPutIn(atoms: Atom[], menu: MenuModel): Atom[] {
  return atoms.map((a, i) => {
    const just = atoms[i + 1];
    const verb = atoms[i + 2];
    if (a.kind !== "menu" || a.fuzzy || just?.kind !== "kw" || just.text.trim() !== "그냥" || verb?.kind !== "kw" || !verb.keywords.includes("add") || !PUT_IN.test(verb.text.trim())) return a;
    const word = keyOf(a.text);
    const named = a.refs.flatMap((r) => {
      if (r.kind !== "group") return [];
      const g = menu.groups.get(r.group);
      if (g?.select !== "one") return [];
      return (g.choices ?? []).flatMap((c) => {
        const names = [...Object.values(c.name), ...Object.values(c.aliases ?? {}).flat()].filter((n): n is string => typeof n === "string").map(keyOf);
        return names.some((n) => n.startsWith(word) && PUT_IN.test(n.slice(word.length))) ? [{ kind: "choice" as const, group: r.group, choice: c.id, name: false }] : [];
      });
    });
    return named.length === 1 ? ({ ...a, refs: named } as Atom) : a;
  });
}
