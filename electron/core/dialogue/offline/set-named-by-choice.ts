// "베베 세트 사이다로": an item's name said right before another item that takes it as a
// choice (a set whose toast is chosen, "세트 토스트: 베이컨베스트 (베베)") names that item
// made with the choice, not two things ordered: the 세트 with 베이컨베스트 as its toast. The
// menu's own aliases ("베이컨베스트 세트") cannot list every short name of every choice; the
// choice is found by the words said among the choice's names.
import type { MenuModel } from "../../../../shared/menu/model.ts";
import { keyOf } from "./name-forms.ts";
import type { MenuRef } from "./lexicon.ts";
import type { Atom } from "./scan.ts";

type ItemRef = Extract<MenuRef, { kind: "item" }>;
type MenuAtom = Extract<Atom, { kind: "menu" }>;

/** Each item's name right before an item that has one choice so named: that item, the choice preset. */
export function itemNamedAsChoiceOfNext(atoms: Atom[], menu: MenuModel): Atom[] {
  const out: Atom[] = [];
  for (let i = 0; i < atoms.length; i++) {
    const a = atoms[i]!;
    const b = atoms[i + 1];
    // (Not "치즈버거 세트는 콜라 새우버거 세트는 사이다요": the word is the option of the item before it.)
    const merged = a.kind === "menu" && b?.kind === "menu" && !choiceOfItemBefore(atoms, i, menu) ? asChoiceOf(a, b, menu) : undefined;
    if (merged) {
      out.push(merged);
      i++;
      continue;
    }
    out.push(a);
  }
  return out;
}

function asChoiceOf(a: MenuAtom, b: MenuAtom, menu: MenuModel): Atom | undefined {
  // (The word may also be read as that choice already: "베베" the toast and the set's toast.)
  if (a.fuzzy || b.fuzzy || !a.refs.some((r) => r.kind === "item") || !a.refs.every((r) => (r.kind === "item" && !r.partial && !r.preset) || r.kind === "choice")) return undefined;
  const targets = b.refs.filter((r): r is ItemRef => r.kind === "item" && !r.partial);
  if (targets.length !== 1) return undefined;
  const target = targets[0]!;
  const said = keyOf(a.text);
  const hits = menu.itemGroups(target.item).flatMap((g) =>
    g.select !== "one" || target.preset?.[g.id] !== undefined
      ? []
      : g.choices.filter((c) => Object.values(c.name).concat(...Object.values(c.aliases ?? {})).some((n) => keyOf(n) === said)).map((c) => ({ group: g.id, choice: c.id })),
  );
  if (hits.length !== 1) return undefined;
  const ref: ItemRef = { kind: "item", item: target.item, partial: false, preset: { ...(target.preset ?? {}), [hits[0]!.group]: hits[0]!.choice } };
  return { ...b, start: a.start, tok0: a.tok0, text: `${a.text} ${b.text}`, refs: [ref] };
}

/** The item named before the word in its sentence takes it as a choice. */
function choiceOfItemBefore(atoms: Atom[], i: number, menu: MenuModel): boolean {
  const a = atoms[i]!;
  if (a.kind !== "menu") return false;
  for (let k = i - 1; k >= 0; k--) {
    const x = atoms[k]!;
    if (x.kind === "sep" && x.why !== "conj") return false;
    const it = x.kind === "menu" ? x.refs.find((r): r is ItemRef => r.kind === "item") : undefined;
    if (!it) continue;
    const said = keyOf(a.text);
    return menu.itemGroups(it.item).some((g) =>
      g.choices.some((c) => a.refs.some((r) => r.kind === "choice" && r.group === g.id && r.choice === c.id) || Object.values(c.name).concat(...Object.values(c.aliases ?? {})).some((n) => keyOf(n) === said)),
    );
  }
  return false;
}
