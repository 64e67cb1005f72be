// A read-back check, from the words and the cart alone: the words count out kinds by choices of
// one group ("one large and one regular", "one mayo one ketchup", "멜론 하나 딸기 하나"), and the
// lines the turn made or changed do not hold that split: fewer lines of a kind than its count,
// where a line of a kind is one that holds that choice and none of the other said ones. Sealed
// round 74 had two such turns answered alone: "two mediums then, one mayo one ketchup" made one
// frites with both sauces beside a plain one, and "ok one large and one regular" lost the large.
// Whichever step reads the kinds, a cart without them is a guess.
import type { MenuModel } from "../../../../shared/menu/model.ts";
import type { CartLine } from "../../cart/cart.ts";
import type { Atom } from "./scan.ts";
import { type TurnResult, linesReached } from "./turn-draft.ts";

type NumAtom = Extract<Atom, { kind: "num" }>;

/** Each choice word said with a count beside it: its groups' choices and the count. */
function countedChoices(atoms: readonly Atom[], korean: boolean): Array<{ qty: number; cands: Map<string, string> }> {
  const used = new Set<number>();
  const out: Array<{ qty: number; cands: Map<string, string> }> = [];
  const numAt = (i: number): NumAtom | undefined => {
    const a = atoms[i];
    return a?.kind === "num" && !a.times && !used.has(i) ? a : undefined;
  };
  for (let i = 0; i < atoms.length; i++) {
    const a = atoms[i]!;
    if (a.kind !== "menu" || a.refs.some((r) => r.kind !== "choice")) continue;
    // (Korean counts after the word, "딸기 하나", or before it as the part talked about, "하나는
    // 민초", "하나만 치즈": a plain number before it is the count of the item before, "라면 두개
    // 계란 넣고"; English before it, "one mayo".)
    const part = (k: number) => (atoms[k] as NumAtom | undefined)?.flags?.topic === true || (atoms[k] as NumAtom | undefined)?.flags?.only === true;
    const order = !korean ? [i - 1] : part(i - 1) ? [i - 1] : [i + 1];
    const at = order.find((k) => numAt(k) && !(korean && k === i + 1 && part(k)));
    if (at === undefined) continue;
    used.add(at);
    const cands = new Map<string, string>();
    for (const r of a.refs) if (r.kind === "choice" && !cands.has(r.group)) cands.set(r.group, r.choice);
    out.push({ qty: (atoms[at] as NumAtom).value, cands });
  }
  return out;
}

const holds = (menu: MenuModel, l: CartLine, group: string, choice: string): boolean => {
  const v = l.options[group] ?? menu.itemGroups(l.item).find((g) => g.id === group)?.default;
  return Array.isArray(v) ? v.includes(choice) : v === choice;
};

/** Words that take back or change what was said: the counts may be of the first reading. */
const TAKES_BACK = new Set(["correction", "soft-correction", "no", "change", "instead", "cancel", "remove"]);

/** Each entry: a kind the words counted out, on fewer lines than its count. */
export function countedKindsMade(d: TurnResult): string[] {
  const reached = linesReached(d);
  if (!reached.length) return [];
  const u = d.utterance;
  if (u.atoms.some((a) => a.kind === "kw" && a.keywords.some((k) => TAKES_BACK.has(k)))) return [];
  const counted = countedChoices(u.atoms, /[가-힣]/.test(u.text));
  // (Kinds: words that name different choices of one group that a line the turn reached takes.)
  const takes = (l: CartLine, g: string) => d.menu.itemGroups(l.item).some((x) => x.id === g);
  const kinds = counted.filter((s) =>
    [...s.cands].some(([g, c]) => counted.some((o) => o !== s && o.cands.has(g) && o.cands.get(g) !== c) && reached.some((l) => takes(l, g))),
  );
  const out: string[] = [];
  for (const s of kinds) {
    // (A line of the kind holds its choice in one of the word's groups, and none of the other
    // kinds' choices of that group: "one medium one small" are a pie's sizes or a drink's.)
    const of = reached.filter((l) =>
      [...s.cands].some(([g, c]) => takes(l, g) && holds(d.menu, l, g, c) && kinds.every((o) => o === s || o.cands.get(g) === undefined || o.cands.get(g) === c || !holds(d.menu, l, g, o.cands.get(g)!))),
    );
    const qty = of.reduce((n, l) => n + l.qty, 0);
    if (qty < s.qty) out.push(`${s.qty} said with ${[...s.cands.values()][0]}, ${qty} made so`);
  }
  return out;
}
