// English "without pickles or cabbage" where the menu spells the removal "No pickles" (an
// alias "without pickles") and has no plain "pickles" to refuse: the removal said by its own
// name refuses the things listed after it with "or"/"and"/a comma too, as "no pickles or
// cabbage" does when "no" is a word of its own. Read as such only where the thing after it
// names a removal of the same group when refused ("cabbage" for "No cabbage"); "and extra
// amba" is wanted. "without mushrooms or sweet potato" where "sweet potato" also names an item
// sold alone (a sweet potato tempura) and the same group spells "No sweet potato": the item's
// words are the refused thing too, not one more order (removal-named-item.ts makes it the removal).
import type { MenuModel } from "../../../../shared/menu/model.ts";
import type { Atom } from "./scan.ts";
import { removalIndex } from "./refusal.ts";
import { keyOf, spokenNames, withoutRemovalWord } from "./name-forms.ts";

const SAID_AS_REMOVAL = /^(?:no|without|hold(?:\s+the)?|leave\s+off|skip(?:\s+the)?)\s/i;
const ADDS = /^(?:extra|add|more|double|additional)\b/i;

type MenuAtom = Atom & { kind: "menu" };

const isArticle = (a: Atom | undefined) => a?.kind === "kw" && a.keywords.length > 0 && a.keywords.every((w) => w === "the");

function removalGroups(a: Atom, menu: MenuModel): Set<string> | undefined {
  if (a.kind !== "menu" || !SAID_AS_REMOVAL.test(a.text.trim())) return undefined;
  const groups = removalIndex(menu).groups;
  if (!a.refs.length || !a.refs.every((r) => r.kind === "choice" && groups.has(r.group))) return undefined;
  return new Set(a.refs.flatMap((r) => (r.kind === "choice" ? [r.group] : [])));
}

/** The atoms after a removal said by its name at `i` that it refuses too (none if it is not one). */
export function refusedAfterRemovalName(atoms: readonly Atom[], i: number, menu: MenuModel): Atom[] {
  const groups = removalGroups(atoms[i]!, menu);
  if (!groups) return [];
  const out: Atom[] = [];
  let j = i + 1;
  for (;;) {
    const join = atoms[j];
    const joins = !!join && ((join.kind === "sep" && (join.why === "conj" || (join.why === "punct" && join.mark === ","))) || (join.kind === "kw" && /^(?:or|nor)$/i.test(join.text.trim())));
    if (!joins) break;
    // ("hold the lettuce and the tartar": the article said again before the next thing.)
    const article = isArticle(atoms[j + 1]) ? 1 : 0;
    const next = atoms[j + 1 + article];
    if (next?.kind !== "menu" || ADDS.test(next.text.trim())) break;
    const refused = (next as MenuAtom).refs.some((r) => r.kind === "choice" && r.refused && groups.has(r.group));
    if (!(refused && (next as MenuAtom).refs.every((r) => r.kind === "choice")) && !itemTheGroupLeavesOut(next as MenuAtom, groups, menu)) break;
    out.push(next);
    j += 2 + article;
  }
  return out;
}

/** An item's words (its name as said, or a name of the item) that a removal of the groups leaves out ("No sweet potato"). */
function itemTheGroupLeavesOut(a: MenuAtom, groups: ReadonlySet<string>, menu: MenuModel): boolean {
  if (!a.refs.length || !a.refs.every((r) => r.kind === "item")) return false;
  const said = new Set([a.text, ...a.refs.flatMap((r) => (r.kind === "item" ? spokenNames(menu.item(r.item)) : []))].map(keyOf).filter(Boolean));
  return [...groups].some((g) => (menu.groups.get(g)?.choices ?? []).some((c) => spokenNames(c).some((n) => withoutRemovalWord(n) !== n.trim() && said.has(keyOf(withoutRemovalWord(n))))));
}
