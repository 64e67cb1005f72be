// "아이스 아메리카노 한 잔이랑 2시간 이용권이요" of a "시간 이용권" whose count option "이용 시간" is
// also called "시간": the number said right before the name's first word, when that word is the
// item's own count option's name, is that option's count (two hours), not the order's (held-out
// r120b-001 made two one-hour passes, answered alone). Read from the menu's names only: the
// item's count groups and their names; Korean, where the counter is written against the number.
import type { MenuModel } from "../../../../shared/menu/model.ts";
import { spokenNames, wordsOf } from "./name-forms.ts";
import type { Atom } from "./scan.ts";

/** A number before an item's name that starts with its count option's word: one item, that many of the option. */
export function countBeforeItsCounterName(atoms: Atom[], menu: MenuModel): Atom[] {
  let out: Atom[] | undefined;
  for (let i = atoms.length - 1; i > 0; i--) {
    const n = atoms[i - 1]!;
    const a = atoms[i]!;
    if (n.kind !== "num" || n.counted || n.times || n.article || n.unit || n.tok1 + 1 !== a.tok0) continue;
    const group = countWordStartingTheName(a, menu, n.value);
    if (!group || a.kind !== "menu" || a.refs[0]?.kind !== "item") continue;
    out ??= [...atoms];
    out.splice(i - 1, 2, { ...a, start: n.start, tok0: n.tok0, text: `${n.text} ${a.text}`, refs: [{ ...a.refs[0], preset: { [group]: n.value } }] });
  }
  return out ?? atoms;
}

/**
 * The count group of the one item `a` names whose own word starts that name ("시간" of "시간
 * 이용권" counted in "시간"), and that can hold `value` (any, where none is given). The scan keeps
 * a 두/세 before such a name as a number for this (atoms.ts).
 */
export function countWordStartingTheName(a: Atom | undefined, menu: MenuModel | undefined, value?: number): string | undefined {
  if (!menu || a?.kind !== "menu" || a.fuzzy || a.refs.length !== 1) return undefined;
  const ref = a.refs[0]!;
  if (ref.kind !== "item" || ref.partial || ref.preset) return undefined;
  const words = wordsOf(a.text);
  const first = words[0];
  if (!first || words.length < 2) return undefined;
  return menu.itemGroups(ref.item).find((g) => g.select === "count" && (value === undefined || (value >= g.min && value <= g.max)) && spokenNames(g.group).some((name) => wordsOf(name).join(" ") === first))?.id;
}
