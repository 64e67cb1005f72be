// "꿀호떡 두 개요" → "하나는 치즈로 바꿔 주세요", where 치즈 is a topping of the hotteok and the
// menu also sells 치즈호떡: the word said with 로 is the line's item said the way the line was
// named, its own word in place of 꿀 before the same tail (호떡). A cashier makes one a cheese
// hotteok; the engine had put cheese on one honey hotteok, answered alone (probe hotteok-148).
// Said with a change ("바꿔"), it is that item, sure unless the line's item has a one-of group
// with that word (a latte "바닐라로 바꿔" may be its syrup). Said otherwise ("치즈로 하나 더요")
// it is read so too, but a guess: the topping on one more is as likely.
import type { MenuModel } from "../../../../shared/menu/model.ts";
import type { MenuRef } from "./lexicon.ts";
import { keyOf, keyWithoutParticle, spokenNames } from "./name-forms.ts";
import type { Atom } from "./scan.ts";
import type { ParseContext } from "./utterance.ts";

const namesOf = (menu: MenuModel, id: string) => spokenNames(menu.item(id), true).map(keyOf);

// Each menu's items by the keys of their names, built once (not a pass over the menu per turn).
const byName = new WeakMap<MenuModel, Map<string, Set<string>>>();
function itemsByName(menu: MenuModel): Map<string, Set<string>> {
  let m = byName.get(menu);
  if (m) return m;
  m = new Map();
  for (const it of menu.menu.items) for (const n of namesOf(menu, it.id)) m.set(n, (m.get(n) ?? new Set()).add(it.id));
  byName.set(menu, m);
  return m;
}

/** The one other item named by `word` plus a tail (two letters or more) that follows another word in a name of `held`. */
function siblingNamed(menu: MenuModel, held: string, word: string): string | undefined {
  const names = itemsByName(menu);
  const hits = new Set<string>();
  for (const n of namesOf(menu, held)) for (let j = 1; j + 2 <= n.length; j++) for (const id of names.get(word + n.slice(j)) ?? []) if (id !== held && !menu.item(id)?.soldOut) hits.add(id);
  return hits.size === 1 ? [...hits][0] : undefined;
}

export function siblingSaidByItsWord(atoms: Atom[], ctx: ParseContext, unplaced: Atom[]): Atom[] {
  const held = ctx.focus?.at(-1)?.item;
  // (Not an answer to the kiosk's question, nor where the turn names an item itself.)
  if (!held || ctx.asked || atoms.some((a) => a.kind === "menu" && a.refs.some((r) => r.kind === "item"))) return atoms;
  const changed = atoms.some((a) => a.kind === "kw" && a.keywords.includes("change"));
  const more = atoms.some((a) => a.kind === "kw" && a.keywords.includes("more"));
  if (!changed && !more) return atoms;
  for (let i = 0; i < atoms.length; i++) {
    const a = atoms[i]!;
    if (a.kind !== "menu" || a.fuzzy || !a.refs.length || !a.refs.every((r) => r.kind === "choice") || !/(?:로|으로)$/.test(a.text.trim())) continue;
    const word = keyWithoutParticle(a.text);
    if (word.length < 2) continue;
    const item = siblingNamed(ctx.menu, held, word);
    if (!item) continue;
    const itsOwnChoice = a.refs.some((r) => r.kind === "choice" && ctx.menu.itemGroup(held, r.group)?.select === "one");
    if (!changed || itsOwnChoice) unplaced.push(a);
    const read: Atom = { ...a, refs: [{ kind: "item", item, partial: false } as MenuRef], flags: { ...a.flags, dir: true } };
    return [...atoms.slice(0, i), read, ...atoms.slice(i + 1)];
  }
  return atoms;
}
