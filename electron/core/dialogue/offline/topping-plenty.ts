// "잔치국수 하나 유부 많이 넣어 주세요", "멸치국수 하나 유부 많이요": a word of plenty (많이,
// 듬뿍) said right after an add-on asks for more of that add-on, not for the portion size the
// menu also calls 많이 (곱빼기's alias). Korean puts the degree after what it is the degree of.
// An add-on picked or not (a many-choice topping): the topping is meant. A counted add-on
// ("계란 많이"): how many is not said, so the word is left unplaced (a guess). A word that names
// a choice of the add-on's own group ("얼음 많이" where ice has 많이) is that group's and is
// left to the usual reading; so is 많이 after a removal ("파 빼고 많이 주세요": the portion?).
import type { MenuModel } from "../../../../shared/menu/model.ts";
import { removalIndex } from "./refusal.ts";
import type { Atom } from "./scan.ts";

const PLENTY = /^(?:많이|듬뿍|넉넉히|넉넉하게|많이많이)(?:요)?$/;

type MenuAtom = Atom & { kind: "menu" };

/** The one group an add-on word names (a many-choice group's choice, or a counted group), not a removal. */
function addOnGroup(a: Atom | undefined, menu: MenuModel): { group: string; counted: boolean } | undefined {
  if (a?.kind !== "menu" || !a.refs.length || a.flags.negated) return undefined;
  const groups = new Set(a.refs.map((r) => (r.kind === "group" || r.kind === "choice" ? r.group : "")));
  if (groups.size !== 1 || groups.has("")) return undefined;
  const id = [...groups][0]!;
  const g = menu.groups.get(id);
  if (!g) return undefined;
  if (g.select === "count") return { group: id, counted: true };
  if (g.select !== "many" || removalIndex(menu).groups.has(id)) return undefined;
  return a.refs.every((r) => r.kind === "choice") ? { group: id, counted: false } : undefined;
}

export function plentyOfTheTopping(atoms: Atom[], menu: MenuModel, unplaced: Atom[]): Atom[] {
  const out = [...atoms];
  const drop = new Set<number>();
  for (let i = 1; i < atoms.length; i++) {
    const a = atoms[i]!;
    if (a.kind !== "menu" || !PLENTY.test(a.text.replace(/\s+/g, ""))) continue;
    const prev = addOnGroup(atoms[i - 1], menu);
    if (!prev || drop.has(i - 1)) continue;
    if (a.refs.some((r) => (r.kind === "group" || r.kind === "choice") && r.group === prev.group)) continue;
    drop.add(i);
    if (prev.counted) {
      unplaced.push(a);
      continue;
    }
    const p = out[i - 1] as MenuAtom;
    out[i - 1] = { ...p, end: a.end, tok1: a.tok1 };
  }
  return out.filter((_, i) => !drop.has(i));
}
