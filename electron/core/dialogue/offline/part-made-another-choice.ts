// "fritay combo with pork and a water. actually no, make the drink a Couronne": the set's part
// named by the last word of its group's name ("drink" of "Combo drink"), after "make the" /
// "change the", then a thing that names one of that group's choices (Couronne, also the Kola
// Couronne sold alone). A cashier changes the combo's drink; the engine had read "drink" as the
// drinks category and made a Couronne beside the combo (held-out r97b-028). The set: the last
// item named before it in the turn, or the line in hand. English; the thing must be the last
// thing named, the group's one choice of that name, and the group a pick-one of the set.
import type { MenuModel } from "../../../../shared/menu/model.ts";
import { asFiller } from "./atom-forms.ts";
import type { MenuRef } from "./lexicon.ts";
import { keyOf, spokenNames } from "./name-forms.ts";
import type { Atom } from "./scan.ts";
import type { ParseContext } from "./utterance.ts";

type MenuAtom = Extract<Atom, { kind: "menu" }>;
type ChoiceRef = Extract<MenuRef, { kind: "choice" }>;

/** The item's pick-one groups whose name ends in the word ("Combo drink" of "drink"). */
function groupsNamedBy(menu: MenuModel, item: string, word: string): string[] {
  return menu.itemGroups(item).filter((g) => g.select === "one" && Object.values(menu.groups.get(g.id)?.name ?? {}).some((n) => {
    const words = n.trim().split(/\s+/);
    return words.length >= 2 && keyOf(words[words.length - 1]!) === word;
  })).map((g) => g.id);
}

/** The group's one choice the words name (by its refs, or by the choice's own names). */
function choiceNamed(menu: MenuModel, item: string, group: string, a: MenuAtom): ChoiceRef | undefined {
  const byRef = new Set(a.refs.flatMap((r) => (r.kind === "choice" && r.group === group ? [r.choice] : [])));
  const key = keyOf(a.text);
  const byName = new Set(menu.itemGroup(item, group)?.choices.filter((c) => spokenNames(c).some((n) => keyOf(n) === key)).map((c) => c.id) ?? []);
  const all = new Set([...byRef, ...byName]);
  return all.size === 1 ? { kind: "choice", group, choice: [...all][0]!, name: false } : undefined;
}

const isChangeThe = (a: Atom | undefined) => a?.kind === "kw" && a.keywords.includes("change") && /\bthe$/i.test(a.text.trim());

export function partMadeAnotherChoice(atoms: Atom[], ctx: ParseContext, en: boolean): Atom[] {
  if (!en) return atoms;
  const k = atoms.findIndex(isChangeThe);
  const p = atoms[k + 1];
  if (k < 0 || p?.kind !== "menu" || p.fuzzy) return atoms;
  // The set: the last item named before that has such a group ("a water" may name the water sold
  // alone too), else the line in hand.
  const before = atoms.slice(0, k).flatMap((a) => (a.kind === "menu" ? a.refs.flatMap((r) => (r.kind === "item" && !r.partial ? [r.item] : [])) : []));
  const word = keyOf(p.text);
  const set = [...before].reverse().find((it) => groupsNamedBy(ctx.menu, it, word).length > 0) ?? ctx.focus?.at(-1)?.item;
  if (!set) return atoms;
  const groups = groupsNamedBy(ctx.menu, set, word);
  if (groups.length !== 1) return atoms;
  let j = k + 2;
  const article = atoms[j]?.kind === "num" && (atoms[j] as Atom & { kind: "num" }).article ? j++ : -1;
  const y = atoms[j];
  if (y?.kind !== "menu" || y.fuzzy || atoms.slice(j + 1).some((a) => a.kind === "menu" || a.kind === "num" || a.kind === "unknown")) return atoms;
  const choice = choiceNamed(ctx.menu, set, groups[0]!, y);
  if (!choice) return atoms;
  return atoms.map((a, i) => (i === k + 1 || i === article ? asFiller(a) : i === j ? ({ ...y, refs: [choice] } as Atom) : a));
}
