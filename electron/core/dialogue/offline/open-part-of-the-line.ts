// "whole chicken please" → "extra hot" → "coleslaw and fries", "can i get the bunny combo" → …
// → "stoney for the drink", "the sunday set" → "pork" → "crumble for pudding": a thing sold
// alone named, in a later turn, where the line in hand has a part still open whose choices are
// such things (its sides not picked, its drink or pudding left as it comes). A cashier puts it
// in the set: the plate's sides, the combo's drink. Said with a count or an article ("and a
// coke", "감자튀김 큰 걸로 하나"), pointed at ("the coke"), after "and" opening the turn ("and onion
// rings"), with "more" or a word taking something away, it is its own order as before. A part
// of a set is a group some choice of which is sold alone as a thing of another kind
// (set-part-said-alone.ts). Blind rounds 66–72; a step of item-or-choice.ts.
import type { MenuModel } from "../../../../shared/menu/model.ts";
import type { Atom } from "./scan.ts";
import { isPartGroup } from "./set-part-said-alone.ts";
import { PART_PHRASES } from "./language.ts";

type Line = { item: string; options?: Readonly<Record<string, unknown>> };

/** Whether the line's group is open: not answered, left at its default, or a list with nothing in it. */
function isOpen(menu: MenuModel, line: Line, group: string): boolean {
  const g = menu.itemGroup(line.item, group);
  if (!g || g.select === "count") return false;
  const v = line.options?.[group];
  if (v === undefined) return true;
  if (Array.isArray(v)) return v.length === 0;
  return g.default !== undefined && v === g.default;
}

/** Whether the line's group is a part of a set (a choice of it sold alone) still open. */
export function isOpenPart(menu: MenuModel, line: Line, group: string): boolean {
  return isPartGroup(menu, line.item, group) && isOpen(menu, line, group);
}

/** Words that make the thing named its own order: more of it, or something taken away. */
const OWN_ORDER_KWS = ["more", "remove", "cancel", "refuse", "without", "no", "same"] as const;

/**
 * Whether a word said plainly in a later turn (no count, article or "the" before it, nothing of
 * `OWN_ORDER_KWS` in the turn) names choice `c` of an open part of the line in hand; or the
 * turn names the part's group itself ("for the drink").
 */
export function saidForAnOpenPart(menu: MenuModel, atoms: readonly Atom[], i: number, line: Line, c: { group: string; choice: string }): boolean {
  const partSaid = partNamedAfter(menu, atoms, i, c.group);
  const namesGroup = partSaid || atoms.some((x) => x.kind === "menu" && x.refs.some((r) => r.kind === "group" && r.group === c.group));
  const prev = atoms[i - 1];
  // ("and a coke for the drink": the article before a thing said for the part is no count of its own.)
  if ((prev?.kind === "num" && !(partSaid && prev.article)) || (prev?.kind === "kw" && prev.keywords.includes("the"))) return false;
  if (atoms.some((x) => x.kind === "kw" && x.keywords.some((w) => (OWN_ORDER_KWS as readonly string[]).includes(w)))) return false;
  if (!isPartGroup(menu, line.item, c.group)) return false;
  if (!namesGroup && (opensWithAnd(atoms, i) || countedAfter(atoms, i))) return false;
  return namesGroup || isOpen(menu, line, c.group);
}

/**
 * "plum juice for the drink", "and a coke for the drink": the phrase right after the word says
 * the part it fills, and the part's word ("drink", "side") is a word of the group's name.
 */
function partNamedAfter(menu: MenuModel, atoms: readonly Atom[], i: number, group: string): boolean {
  const next = atoms[i + 1];
  if (next?.kind !== "kw" || !PART_PHRASES.includes(next.text.trim().toLowerCase())) return false;
  const part = next.text.trim().toLowerCase().split(/\s+/).pop()!;
  const name = menu.groups.get(group)?.name.en;
  return !!name && name.toLowerCase().split(/[^a-z]+/).includes(part);
}

/**
 * "and a coke for the drink" a turn after a combo whose drink was left as it comes: the word
 * `text`, followed by the phrase naming the part, fills the line's open part `group` (its
 * drink), not another combo that differs from it by its drink (r106b-008, r108b-009).
 */
export function saidForThePart(menu: MenuModel, atoms: readonly Atom[], text: string, line: Line, group: string): boolean {
  const i = atoms.findIndex((a) => a.kind === "menu" && a.text === text);
  return i >= 0 && isOpenPart(menu, line, group) && partNamedAfter(menu, atoms, i, group);
}

/** "and onion rings", "아 그리고 감자튀김 …": the turn opens with "and" before the word, one more thing. */
function opensWithAnd(atoms: readonly Atom[], i: number): boolean {
  const before = atoms.slice(0, i);
  return before.some((x) => x.kind === "sep" && x.why !== "punct") && before.every((x) => x.kind === "sep" || (x.kind === "kw" && x.keywords.every((w) => w === "filler" || w === "yes")));
}

/** "감자튀김 큰 걸로 하나 따로 주세요": a count said after the word, before the next thing named, its own. */
function countedAfter(atoms: readonly Atom[], i: number): boolean {
  for (let j = i + 1; j < atoms.length; j++) {
    const x = atoms[j]!;
    if (x.kind === "menu" && x.refs.some((r) => r.kind === "item")) return false;
    if (x.kind === "num" && !x.article) return true;
  }
  return false;
}

const isKw = (a: Atom | undefined, w: string) => a?.kind === "kw" && a.keywords.includes(w as never);

/**
 * "koshari combo with taameya and a mango juice": the word at `i` goes on a list opened by
 * "with" after the item, of words that name its choices (joined by "and" and commas, an article before each).
 */
export function inAWithList(atoms: readonly Atom[], i: number): boolean {
  let sawChoice = false;
  for (let j = i - 1; j >= 0; j--) {
    const x = atoms[j]!;
    if (isKw(x, "with")) return sawChoice;
    if (x.kind === "num" && x.article) continue;
    if (x.kind === "sep" && (x.why === "conj" || (x.why === "punct" && x.mark === ","))) continue;
    if (x.kind === "kw" && x.keywords.every((w) => w === "the" || w === "filler")) continue;
    if (x.kind === "menu" && x.refs.some((r) => r.kind === "choice")) {
      sawChoice = true;
      continue;
    }
    return false;
  }
  return false;
}

/** "and tea with it": the word right before "with it", said of the thing in hand. */
export function saidWithIt(atoms: readonly Atom[], i: number): boolean {
  return isKw(atoms[i + 1], "with") && isKw(atoms[i + 2], "pronoun") && (i + 3 >= atoms.length || atoms[i + 3]!.kind === "sep");
}

/**
 * "switch the chai for a mango lassi": the groups of the choice switched, said right before
 * (past "for", "to", an article) after a word of changing.
 */
export function switchedFrom(atoms: readonly Atom[], i: number): string[] {
  let j = i - 1;
  while (j >= 0 && ((atoms[j]!.kind === "num" && (atoms[j] as Atom & { article: boolean }).article) || (atoms[j]!.kind === "kw" && /^(?:for|to|with)$/i.test(atoms[j]!.text.trim())))) j--;
  if (j === i - 1) return [];
  const x = atoms[j];
  if (x?.kind !== "menu" || !x.refs.some((r) => r.kind === "choice")) return [];
  let k = j - 1;
  if (isKw(atoms[k], "the")) k--;
  if (!isKw(atoms[k], "change")) return [];
  return x.refs.flatMap((r) => (r.kind === "choice" ? [r.group] : []));
}
