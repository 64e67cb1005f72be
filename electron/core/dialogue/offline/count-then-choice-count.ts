// "볶음밥 하나 치즈로 하나요", "막걸리 한 병 밤으로 한 병이요", "인절미 한 근 흑임자 한 팩이요": an
// item with its count, then one of its choices with a count of its own. Most often two lines,
// the item as it comes and one made so; but the choice may be the first one's, said again
// with its count. Read as one line it made only the choice's line, answered alone. A guess:
// the choice is marked as read by one (accounting.ts), so the model or the buttons decide.
// Not where both counts are said apart with the same counter, "인절미 한 팩 흑임자 한 팩이요",
// nor where the choice's count is larger, "인절미 하나 흑임자 두 개요", of a kind of the item (a
// one-choice group): packs listed one by one, or more than the one: surely two lines, and
// read so (count-after-option.ts).
import type { MenuModel } from "../../../../shared/menu/model.ts";
import type { Atom } from "./scan.ts";
import { counterWithEnding } from "./menu-counters.ts";

/** A choice's name said as a Korean count ("한 팩", "두 판"; not "30센치", "1단계": a size, a level). */
const COUNT_WORDS = /^(?:한|두|세|네)\s/;
/** An item's name that ends in its count ("막걸리 한 병"). */
const NAME_WITH_COUNT = /\s(?:(?:한|두|세|네)\s|\d+\s?)\S+$/;

type MenuAtom = Atom & { kind: "menu" };
const isMenu = (a: Atom | undefined): a is MenuAtom => a?.kind === "menu";
const onlyChoices = (a: Atom | undefined): a is MenuAtom => isMenu(a) && a.refs.length > 0 && a.refs.every((r) => r.kind === "choice");
/** A count: a number, or a choice said as one ("한 팩", the unit's choice). */
const isCount = (a: Atom | undefined) => a?.kind === "num" ? !a.article : onlyChoices(a) && COUNT_WORDS.test(a.text.trim());

export function countThenChoiceCount(atoms: Atom[], menu: MenuModel): Atom[] {
  const guessed = new Set<MenuAtom>();
  atoms.forEach((a, i) => {
    const items = isMenu(a) && !a.fuzzy ? a.refs.flatMap((r) => (r.kind === "item" ? [r.item] : [])) : [];
    if (items.length !== 1) return;
    const item = items[0]!;
    // (One of it first: "인절미 두 팩 흑임자 한 팩" may be one of the two made so.)
    const first = atoms[i + 1];
    const counted = NAME_WITH_COUNT.test(a.text.trim()) ? i : isCount(first) && (first?.kind !== "num" || first.value === 1) ? i + 1 : -1;
    if (counted < 0 || !isMenu(a) || a.refs.some((r) => r.kind === "choice" || (r.kind === "item" && r.preset))) return;
    const choice = atoms[counted + 1];
    if (!onlyChoices(choice) || isCount(choice) || !isCount(atoms[counted + 2])) return;
    // (A kind of the item, one of a one-choice group: "치즈로 두 개" may count the cheese.)
    const oneKind = choice.refs.every((r) => r.kind === "choice" && menu.itemGroup(item, r.group)?.select === "one");
    if (counted === i + 1 && oneKind && surelyAnother(atoms[counted]!, atoms[counted + 2]!, menu)) return;
    // The turn ends there ("모둠 2인분 소금 하나 양념 하나로" goes on: parts of the count), with
    // no word that adds ("양념소스 하나 추가요": an extra of the one line).
    const rest = atoms.slice(counted + 3);
    if (rest.some((x) => x.kind !== "kw" || x.keywords.some((k) => k === "add" || k === "more"))) return;
    const groups = choice.refs.flatMap((r) => (r.kind === "choice" && menu.itemGroup(item, r.group) ? [r.group] : []));
    // ("설렁탕 보통 하나 특 하나요": the item said with another choice of the group is two kinds already.)
    if (!groups.length || groups.some((g) => choiceWordsIn(menu, g, a.text))) return;
    guessed.add(choice);
  });
  return guessed.size ? atoms.map((a) => (isMenu(a) && guessed.has(a) ? ({ ...a, flags: { ...a.flags, guessed: true } } as Atom) : a)) : atoms;
}

/** Whether the words say a choice of the group by one of its names. */
function choiceWordsIn(menu: MenuModel, group: string, text: string): boolean {
  const said = text.replace(/\s+/g, "");
  return (menu.groups.get(group)?.choices ?? []).some((c) => [...Object.values(c.name), ...Object.values(c.aliases ?? {}).flat()].some((n) => typeof n === "string" && n.length > 0 && said.includes(n.replace(/\s+/g, ""))));
}

/** The counter a count says ("한 팩이요" → 팩, "두 개" → 개), or undefined. */
function counterOf(a: Atom, menu: MenuModel): string | undefined {
  if (a.kind === "num") return a.counted ? a.unit?.trim() : undefined;
  const m = /^(?:한|두|세|네)\s+(\S+)$/.exec(a.text.trim());
  return m ? counterWithEnding(m[1]!, menu) : undefined;
}

/** The choice's count is larger than the item's, or both say the same counter. */
function surelyAnother(first: Atom, second: Atom, menu: MenuModel): boolean {
  if (second.kind === "num" && second.value > 1) return true;
  const c = counterOf(first, menu);
  return !!c && c === counterOf(second, menu);
}
