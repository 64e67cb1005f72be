// English: "a salmon teriyaki and a brown rice", "two chicken teriyaki and a white rice":
// a choice's name said with an article of its own, as a new thing in a list ("and a …",
// "can I get a …"), is the thing the menu sells that is made with that choice and named by
// the same noun (a Side of Rice whose base is Brown rice), not the plate's base. Said after
// "with" or "make it" it stays the line's choice. Read from the menu's names only.
import type { MenuModel } from "../../../../shared/menu/model.ts";
import type { MenuRef } from "./lexicon.ts";
import { spokenNames } from "./name-forms.ts";
import { tokenize } from "./normalize.ts";
import type { Atom } from "./scan.ts";

type ChoiceRef = Extract<MenuRef, { kind: "choice" }>;
type Named = Parameters<typeof spokenNames>[0] & object;

/** Words too common to say two names are of one thing. */
const SMALL = new Set(["the", "and", "with", "for", "of", "on", "in", "a", "an", "or", "no", "n"]);

const wordsOf = (x: Named, aliases = true): Set<string> => {
  const texts = aliases ? spokenNames(x) : Object.values(x.name);
  return new Set(texts.filter((t): t is string => !!t).flatMap((t) => tokenize(t).filter((k) => k.script !== "punct").map((k) => k.norm)).filter((w) => w.length >= 3 && !SMALL.has(w)));
};

/** The one item sold that takes the choice and shares a word of its name ("rice"), with the choice preset. */
function soldAlone(menu: MenuModel, refs: readonly ChoiceRef[]): MenuRef | undefined {
  const hits = new Map<string, MenuRef>();
  for (const r of refs) {
    const g = menu.groups.get(r.group);
    const c = g?.choices?.find((x) => x.id === r.choice);
    if (!g || !c || g.select !== "one") continue;
    const said = wordsOf(c as Named);
    const takers = menu.menu.items.filter((it) => menu.itemGroup(it.id, r.group)?.choices.some((x) => x.id === r.choice));
    // (Where one item alone takes it, "a tall stack" is that item already, read as such elsewhere.)
    if (takers.length < 2) continue;
    for (const it of takers) {
      // (The item's own name, not its aliases: "Side of Rice"; a "large tub" alias of the popcorn does not make "a large" a popcorn.)
      if (![...wordsOf(it as Named, false)].some((w) => said.has(w))) continue;
      hits.set(it.id, { kind: "item", item: it.id, preset: { [r.group]: r.choice }, partial: false });
    }
  }
  if (hits.size === 1) return [...hits.values()][0];
  // (A "Rice Bowl" and a "Side of Rice" both share "rice": the one made only with that choice is the choice as a thing.)
  const only = [...hits.values()].filter((h) => h.kind === "item" && menu.itemGroups(h.item).every((g) => refs.some((r) => r.group === g.id)));
  return only.length === 1 ? only[0] : undefined;
}

/** Each choice said with its own article at the start of a list's part: the item sold alone so named, if one is. */
export function choiceSoldAlone(atoms: Atom[], menu: MenuModel): Atom[] {
  return atoms.map((a, i) => {
    if (a.kind !== "menu" || a.fuzzy || a.partial || !a.refs.length || !a.refs.every((r) => r.kind === "choice")) return a;
    const article = atoms[i - 1];
    if (article?.kind !== "num" || !article.article) return a;
    const before = atoms[i - 2];
    const opens = !before || before.kind === "sep" || (before.kind === "kw" && before.keywords.length > 0 && before.keywords.every((w) => w === "request"));
    // (Said as a thing of its own, with nothing after it: "a large popcorn" is the popcorn's size.)
    const next = atoms[i + 1];
    if (!opens || (next && next.kind !== "sep" && !(next.kind === "kw" && next.keywords.every((w) => w === "request" || w === "filler")))) return a;
    const item = soldAlone(menu, a.refs as ChoiceRef[]);
    return item ? ({ ...a, refs: [item], soldAlone: true } as Atom) : a;
  });
}

/** Whether the words at `start` were read as a choice's thing sold alone (the article said it is a thing of its own). */
export function readAsSoldAlone(atoms: readonly Atom[], start: number | undefined): boolean {
  return atoms.some((a) => a.start === start && (a as Atom & { soldAlone?: boolean }).soldAlone === true);
}
