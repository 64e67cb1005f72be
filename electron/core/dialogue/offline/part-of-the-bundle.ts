// "currywurst combo with a spezi, mayo on the fries", "the combo with beer, fries with mayo",
// then "fries with ketchup and mayo": an item sold alone (Fries) said with options of its own
// group, where a line said this turn or in hand is a bundle whose description names that
// item ("Currywurst, small fries and a drink") and takes that group too: the bundle's part,
// its options the bundle's, not a second thing ordered. Read from the menu's own words: the
// bundle's description and the groups the two share. Counted ("two fries with mayo") or
// with an article or "and" ("and fries with mayo") it stays an order of its own.
import type { MenuModel } from "../../../../shared/menu/model.ts";
import type { MenuRef } from "./lexicon.ts";
import type { Atom } from "./scan.ts";
import type { ParseContext } from "./utterance.ts";

type MenuAtom = Atom & { kind: "menu" };

const isKw = (a: Atom | undefined, kw: string) => a?.kind === "kw" && a.keywords.length > 0 && a.keywords.every((k) => k === kw);
const isWord = (a: Atom | undefined, w: string) => a?.kind === "kw" && a.text.trim().toLowerCase() === w;

/** The bundles in talk (named this turn, else the lines in hand) whose description names `word`, taking a group of `item`. */
function bundlesNaming(menu: MenuModel, bundles: readonly string[], item: string, word: string): string[] {
  const re = new RegExp(`(^|[^\\p{L}])${word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}([^\\p{L}]|$)`, "iu");
  return bundles.filter((b) => b !== item && Object.values(menu.item(b)?.description ?? {}).some((d) => re.test(d)) && menu.itemGroups(item).some((g) => menu.itemGroup(b, g.id)));
}

/** Choice atoms from `from` on (step +1 or -1) whose every reading is a choice; their indexes. */
function choicesRun(atoms: Atom[], from: number, step: 1 | -1): number[] {
  const out: number[] = [];
  for (let k = from; k >= 0 && k < atoms.length; k += step) {
    const a = atoms[k]!;
    if (a.kind === "menu" && a.refs.length > 0 && a.refs.every((r) => r.kind === "choice")) out.push(k);
    else if (!(a.kind === "sep" && a.why === "conj" && out.length)) break;
  }
  return out;
}

export function partOfTheBundle(atoms: Atom[], ctx: ParseContext): Atom[] {
  const named = atoms.flatMap((a) => (a.kind === "menu" ? a.refs.filter((r) => r.kind === "item").map((r) => (r as Extract<MenuRef, { kind: "item" }>).item) : []));
  for (let i = 0; i < atoms.length; i++) {
    const x = atoms[i]!;
    const own = x.kind === "menu" ? x.refs.find((r): r is Extract<MenuRef, { kind: "item" }> => r.kind === "item" && !r.partial) : undefined;
    // ("… and fries with mayo": joined on as a thing of its own, an order.)
    const before = atoms[i - 1];
    if (!own || (x as MenuAtom).fuzzy || before?.kind === "num" || (before?.kind === "sep" && before.why === "conj")) continue;
    const inTalk = named.filter((n) => n !== own.item).length ? named : (ctx.focus ?? []).map((f) => f.item);
    const bundles = bundlesNaming(ctx.menu, inTalk, own.item, x.text.trim().toLowerCase());
    if (bundles.length !== 1) continue;
    const shared = (r: MenuRef) => r.kind === "choice" && !!ctx.menu.itemGroup(own.item, r.group) && !!ctx.menu.itemGroup(bundles[0]!, r.group);
    // "mayo on the fries": options, "on", "the", the item.
    let link: number[] = [];
    let opts: number[] = [];
    let j = i - 1;
    if (isKw(atoms[j], "the")) j--;
    if (isWord(atoms[j], "on")) {
      link = [j, ...(j < i - 1 ? [i - 1] : [])];
      opts = choicesRun(atoms, j - 1, -1);
    } else if (isKw(atoms[i + 1], "with")) {
      // "fries with mayo": the item, "with", options.
      link = [i + 1];
      opts = choicesRun(atoms, i + 2, 1);
    }
    const runs = opts.map((k) => atoms[k] as MenuAtom);
    if (!runs.length || !runs.every((a) => a.refs.some(shared))) continue;
    // ("fried rice with chicken" of a rice combo whose rice may be fried: the item's name is
    // also the bundle's choice, kept as that choice, not dropped with the link.)
    const bundle = bundles[0]!;
    const asChoice = (x as MenuAtom).refs.filter((r) => r.kind === "choice" && ctx.menu.itemGroup(bundle, r.group)?.choices.some((c) => c.id === r.choice) === true);
    const oneChoice = new Set(asChoice.map((r) => r.kind === "choice" && `${r.group}/${r.choice}`)).size === 1;
    const drop = new Set([...(oneChoice ? [] : [i]), ...link]);
    return atoms.flatMap((a, k) => (drop.has(k) ? [] : k === i ? [{ ...a, refs: asChoice.slice(0, 1) } as Atom] : opts.includes(k) ? [{ ...a, refs: (a as MenuAtom).refs.filter(shared) } as Atom] : [a]));
  }
  return atoms;
}
