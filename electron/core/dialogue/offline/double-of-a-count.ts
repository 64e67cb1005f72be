// "a twist in a waffle cone with double sprinkles", "beef curry with double katsu": "double",
// "triple" right before a counted option that nothing on the menu comes with one of (no
// minimum, none by default) is how many in all — two sprinkles, two katsu toppings. The
// lexicon reads "double" so only where items come with one (lexicon.ts); elsewhere the word
// was not understood. Where the group is named as more of a thing ("Extra chashu", "Extra
// shot") the dish may hold one already, so "double" is one more or two in all: read as two,
// but a guess.
import type { MenuModel } from "../../../../shared/menu/model.ts";
import { hasAddWord } from "./add-words.ts";
import type { Atom } from "./atoms.ts";
import { MULTIPLIERS } from "./language.ts";
import { servedWithOne } from "./name-shapes.ts";

export function doubleOfACount(atoms: Atom[], menu: MenuModel): Atom[] {
  let out: Atom[] | undefined;
  for (let i = 0; i + 1 < atoms.length; i++) {
    const a = atoms[i]!;
    const next = atoms[i + 1]!;
    if (a.kind !== "unknown" || next.kind !== "menu" || next.tok0 !== a.tok1 + 1 || !next.refs.length) continue;
    const times = MULTIPLIERS.find(([w]) => w === a.text.trim().toLowerCase())?.[1];
    if (times === undefined) continue;
    const groups = next.refs.flatMap((r) => (r.kind === "group" && r.times === undefined ? [r.group] : []));
    if (groups.length !== 1 || groups.length !== next.refs.length) continue;
    const g = menu.groups.get(groups[0]!);
    if (!g || g.select !== "count" || (g.max ?? 0) < times || (g.min ?? 0) > 0 || servedWithOne(menu, g.id)) continue;
    const extra = Object.values(g.name).some((n) => typeof n === "string" && hasAddWord(n));
    const joined: Atom = { ...next, start: a.start, tok0: a.tok0, text: `${a.text} ${next.text}`, refs: [{ kind: "group", group: g.id, add: false, times }], flags: { ...next.flags, ...(extra ? { guessed: true } : {}) } };
    out ??= [...atoms];
    out.splice(out.indexOf(a), 2, joined);
  }
  return out ?? atoms;
}
