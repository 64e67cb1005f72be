// "six boneless wings", "make the knots a dozen", "twelve" when the kiosk asked how many
// wings: a number said for an item is the item's own choice named by that number, even
// when the same words are another item's alias ("twelve" for 12 garlic knots). The
// number is read from the words said and the choice from the menu's names.
import type { MenuModel } from "../../../../shared/menu/model.ts";
import type { MenuRef } from "./lexicon.ts";
import { englishNumberWords, koreanNumberWords, parseDigits } from "./numbers.ts";
import type { Atom } from "./scan.ts";
import type { ParseContext } from "./utterance.ts";

type ChoiceRef = Extract<MenuRef, { kind: "choice" }>;

const PIECES = /\s*(?:pieces?|pcs?|ct|count|조각|개|마리|피스)$/i;

const NUMBER_WORDS = new Map([...englishNumberWords(), ...koreanNumberWords()].filter((w) => !w.prenoun && w.n > 1).map((w) => [w.text, w.n]));

/** The number the words are ("12", "twelve", "a dozen", "12 piece"), or undefined. */
export function saidNumber(text: string): number | undefined {
  const t = text.trim().toLowerCase().replace(PIECES, "").trim();
  return parseDigits(t) ?? NUMBER_WORDS.get(t);
}

/** Each choice-only word that is a number: re-read as the choice of the item it is said for. */
export function numberNamesItsChoice(atoms: Atom[], ctx: ParseContext): Atom[] {
  const anyItem = atoms.some((a) => a.kind === "menu" && a.refs.some((r) => r.kind === "item"));
  return atoms.map((a, i) => {
    if (a.kind !== "menu" || !a.refs.length || !a.refs.every((r) => r.kind === "choice")) return a;
    // ("one apricot" where "one" is also a donut's "single": the count, for a kolache, below.)
    const n = saidNumber(a.text) ?? (/^one$/i.test(a.text.trim()) ? 1 : undefined);
    if (n === undefined) return a;
    if (n === 1 && elidedHeadOne(atoms, i, ctx.menu)) return { ...a, kind: "kw", keywords: ["filler"], flags: a.flags } as Atom;
    // ("switch one of them to …": one among the line's, a count.)
    if (n === 1 && a.flags.among) return asCount(a, n);
    const focus = ctx.focus?.length === 1 ? ctx.focus[0]!.item : undefined;
    const item = itemAround(atoms, i) ?? (anyItem ? undefined : (ctx.asked?.item ?? focus));
    // ("and one jelly filled" where "one" is also a donut's "single": before a name, with no item it is said for, a count.)
    if (!item) return n === 1 && atoms[i + 1]?.kind === "menu" && (i === 0 || atoms[i - 1]!.kind === "sep") ? asCount(a, n) : a;
    const takes = (r: ChoiceRef) => ctx.menu.itemGroup(item, r.group)?.choices.some((c) => c.id === r.choice) === true;
    if ((a.refs as ChoiceRef[]).some(takes)) return a;
    const own = n > 1 ? ownChoiceNamed(ctx.menu, item, n) : undefined;
    if (own) return { ...a, refs: [{ kind: "choice", group: own.group, choice: own.choice, name: false }] } as Atom;
    // ("three extra balls" where "three" is also another item's size: the count of the word after.)
    return countsNext(ctx.menu, item, atoms[i + 1], n) ? asCount(a, n) : a;
  });
}

/**
 * "a cherry one" where "one" is also a donut's "single": after an article and choices, "one"
 * stands for the item those choices are of (english-phrases.ts), where no item that takes
 * them takes the choice "one" names.
 */
function elidedHeadOne(atoms: Atom[], i: number, menu: MenuModel): boolean {
  let j = i - 1;
  const choices: ChoiceRef[] = [];
  for (; j >= 0; j--) {
    const x = atoms[j]!;
    if (x.kind !== "menu" || !x.refs.length || !x.refs.every((r) => r.kind === "choice")) break;
    choices.push(...(x.refs as ChoiceRef[]));
  }
  const opener = atoms[j];
  if (!choices.length || opener?.kind !== "num" || !opener.article) return false;
  const one = atoms[i]!;
  const named = one.kind === "menu" ? (one.refs as ChoiceRef[]) : [];
  const takes = (item: string, r: ChoiceRef) => menu.itemGroup(item, r.group)?.choices.some((c) => c.id === r.choice) === true;
  const holders = menu.menu.items.filter((it) => choices.some((r) => takes(it.id, r)));
  return holders.length > 0 && holders.every((it) => !named.some((r) => takes(it.id, r)));
}

const asCount = (a: Atom, n: number) => ({ ...a, kind: "num", value: n, times: false, counted: false, article: false, flags: a.kind === "sep" ? {} : a.flags }) as Atom;

/** The word after names a count group of the item, the item itself, or (only) choices it takes: "one apricot". */
function countsNext(menu: MenuModel, item: string, next: Atom | undefined, n: number): boolean {
  if (next?.kind !== "menu" || !next.refs.length) return false;
  if (next.refs.some((r) => r.kind === "group" && menu.itemGroup(item, r.group)?.select === "count")) return true;
  // ("one ginger" naming the lemonade, where "one" is a donut's "single"; not "a half dozen red
  // velvet" where the half dozen is another item's box, read as six of it elsewhere.)
  if (n === 1 && next.refs.some((r) => r.kind === "item" && r.item === item)) return true;
  return next.refs.every((r) => r.kind === "choice" && !r.refused && menu.itemGroup(item, r.group)?.choices.some((c) => c.id === r.choice));
}

/** The item named next in the same part (past its options), else the one named before it. */
function itemAround(atoms: Atom[], i: number): string | undefined {
  const itemOf = (a: Atom | undefined) => (a?.kind === "menu" ? a.refs.find((r) => r.kind === "item") : undefined);
  for (let k = i + 1; k < atoms.length; k++) {
    const a = atoms[k]!;
    if (a.kind === "sep" || a.kind === "num") break;
    const it = itemOf(a);
    if (it?.kind === "item") return it.item;
    if (a.kind === "menu" && !a.refs.every((r) => r.kind === "choice")) break;
  }
  for (let k = i - 1; k >= 0; k--) {
    const a = atoms[k]!;
    if (a.kind === "sep" || a.kind === "num") break;
    const it = itemOf(a);
    if (it?.kind === "item") return it.item;
  }
  return undefined;
}

/** The one choice among the item's groups whose name says this number ("12 pieces" for 12). */
function ownChoiceNamed(menu: MenuModel, item: string, n: number): { group: string; choice: string } | undefined {
  const re = new RegExp(`(^|[^0-9])${n}([^0-9]|$)`);
  const hits = menu.itemGroups(item).flatMap((g) => g.choices.filter((c) => Object.values(c.name).some((t) => re.test(t))).map((c) => ({ group: g.id, choice: c.id })));
  return hits.length === 1 ? hits[0] : undefined;
}

const DOZEN = /^(?:a\s+)?dozen\b/i;

/**
 * "two dozen wings" where the wings come in 6, 12 or 24 and "dozen wings" is the 12: a count
 * said before "dozen" multiplies the dozen, the one size of that many (one line of 24), not
 * that many lines of twelve. Where no size is that many, the words are left as they are.
 */
export function dozensOfASize(atoms: Atom[], ctx: ParseContext): Atom[] {
  const out: Atom[] = [];
  for (let i = 0; i < atoms.length; i++) {
    const a = atoms[i]!;
    const num = out[out.length - 1];
    if (a.kind !== "menu" || num?.kind !== "num" || num.article || num.value < 2 || num.tok1 + 1 !== a.tok0 || !DOZEN.test(a.text)) {
      out.push(a);
      continue;
    }
    const refs = a.refs.map((r) => {
      if (r.kind === "item" && r.preset) {
        const g = Object.keys(r.preset).find((k) => ownChoiceInGroup(ctx.menu, r.item, k, 12) === r.preset![k]);
        const own = g ? ownChoiceInGroup(ctx.menu, r.item, g, num.value * 12) : undefined;
        return own && g ? { ...r, preset: { ...r.preset, [g]: own } } : undefined;
      }
      if (r.kind === "choice") {
        const item = itemAround(atoms, i) ?? ctx.focus?.at(-1)?.item;
        const own = item ? ownChoiceInGroup(ctx.menu, item, r.group, num.value * 12) : undefined;
        return own ? { ...r, choice: own, name: false } : undefined;
      }
      return undefined;
    });
    if (!refs.length || refs.some((r) => !r)) {
      out.push(a);
      continue;
    }
    out.pop();
    out.push({ ...a, start: num.start, tok0: num.tok0, refs: refs as MenuRef[] } as Atom);
  }
  return out;
}

/** The one choice of this group of the item whose name says this number. */
function ownChoiceInGroup(menu: MenuModel, item: string, group: string, n: number): string | undefined {
  const re = new RegExp(`(^|[^0-9])${n}([^0-9]|$)`);
  const hits = (menu.itemGroup(item, group)?.choices ?? []).filter((c) => Object.values(c.name).some((t) => re.test(t)));
  return hits.length === 1 ? hits[0]!.id : undefined;
}
