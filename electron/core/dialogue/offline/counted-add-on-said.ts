// "ten don no mushrooms, add two shrimp", "텐동 하나 새우튀김 두 개 추가해 주세요": right after an
// item whose counted add-on is called by the same words ("Extra shrimp", also "add shrimp",
// "새우튀김 추가"), a count and those words with a word that adds are that add-on's count, not
// the shrimp tempura the menu also sells as "two shrimp" (its 2-piece alias). (Held-out
// r69d-010 made a Shrimp Tempura beside the bowl, alone.) Said with no word that adds ("and
// two shrimp") it stays an order of its own; a variant this misses ("and add like two shrimp")
// is a guess by the read-back counted-add-on-made-as-item.ts.
import type { MenuModel } from "../../../../shared/menu/model.ts";
import { withoutAddWords } from "./add-words.ts";
import { keyOf, spokenNames } from "./name-forms.ts";
import { KO_COUNTERS, koreanNumberWords, leadingNumber } from "./numbers.ts";
import { saidNumber } from "./number-choices.ts";
import type { Atom } from "./scan.ts";

type MenuAtom = Extract<Atom, { kind: "menu" }>;

const cache = new WeakMap<MenuModel, Map<string, Map<string, string>>>();

/** The item's counted add-ons by the words that name them without the word that adds ("shrimp" → extra-shrimp). */
export function countedAddOnsByWords(menu: MenuModel, item: string): Map<string, string> {
  let byItem = cache.get(menu);
  if (!byItem) cache.set(menu, (byItem = new Map()));
  let out = byItem.get(item);
  if (!out) {
    out = new Map();
    for (const g of menu.itemGroups(item)) {
      if (g.select !== "count" || g.choices.length) continue;
      for (const n of spokenNames(g.group, true)) {
        const core = keyOf(withoutAddWords(n));
        if (core && core !== keyOf(n)) out.set(core, out.has(core) && out.get(core) !== g.id ? "" : g.id);
      }
    }
    byItem.set(item, out);
  }
  return out;
}

const adds = (a: Atom | undefined) => a?.kind === "kw" && (a.keywords.includes("add") || a.keywords.includes("more"));
const oneItem = (a: Atom | undefined): string | undefined => {
  if (a?.kind !== "menu" || a.fuzzy) return undefined;
  const items = [...new Set(a.refs.flatMap((r) => (r.kind === "item" && !r.partial ? [r.item] : [])))];
  return items.length === 1 ? items[0] : undefined;
};
/** A number said, or a word read as a choice named by a number ("2", "두 개"). */
const countOf = (a: Atom | undefined): number | undefined =>
  a?.kind === "num" && !a.article && !a.times ? a.value : a?.kind === "menu" && a.refs.length > 0 && a.refs.every((r) => r.kind === "choice") ? (saidNumber(a.text) ?? koreanCount(a.text)) : undefined;
/** "두 개", "세 마리": a Korean number word and its counter. */
const koreanCount = (text: string): number | undefined => {
  const m = /^(\S+)\s*(\S+)?$/.exec(text.trim());
  return m && (!m[2] || KO_COUNTERS.includes(m[2])) ? koreanNumberWords().find((w) => w.text === m[1])?.n : undefined;
};

function asNum(a: Atom, value: number): Atom {
  return { start: a.start, end: a.end, tok0: a.tok0, tok1: a.tok1, text: a.text, kind: "num", value, times: false, counted: /[\uac00-\ud7a3]/.test(a.text), article: false, flags: {} };
}

/** "넣어", "넣어서", "넣어 주세요": a word that puts a thing into something, not beside it. */
const putsIn = (a: Atom | undefined) => adds(a) && /^넣/.test(a!.text.trim());

/**
 * `inHand`: the item of the line in hand. In a turn that names no item before it, "만두 두 개만
 * 넣어 주세요" of a 떡국 in hand whose dumplings are counted puts them in the soup (sealed
 * r94d-030); said with "추가" it may be the 만두 sold alone, a guess
 * (counted-add-on-made-as-item.ts).
 */
export function countedAddOnSaid(atoms: Atom[], menu: MenuModel, inHand?: string): Atom[] {
  let out: Atom[] | undefined;
  let held: string | undefined = inHand;
  let fromHand = inHand !== undefined;
  for (let i = 0; i < atoms.length; i++) {
    const a = atoms[i]!;
    const own = oneItem(a);
    if (a.kind !== "menu" || !held || (own && own === held)) {
      if (own) {
        held = own;
        fromHand = false;
      }
      continue;
    }
    const addOns = countedAddOnsByWords(menu, held);
    if (!addOns.size) {
      if (own) {
        held = own;
        fromHand = false;
      }
      continue;
    }
    const group = (key: string) => addOns.get(key) || undefined;
    const asGroup = (x: MenuAtom, g: string, text = x.text, start = x.start, tok0 = x.tok0): Atom => ({ ...x, text, start, tok0, refs: [{ kind: "group", group: g }] }) as Atom;
    // English "add two shrimp": the count inside a name that starts with it.
    const n = leadingNumber(a.text);
    const rest = n === undefined ? "" : a.text.trim().split(/\s+/).slice(1).join(" ");
    if (n !== undefined && rest && group(keyOf(rest)) && adds(atoms[i - 1]) && a.tok1 > a.tok0) {
      const restStart = a.start + a.text.lastIndexOf(rest);
      out ??= [...atoms];
      const num = { ...asNum(a, n), end: restStart - 1, tok1: a.tok0, text: a.text.slice(0, a.text.length - rest.length).trim() } as Atom;
      out.splice(out.indexOf(a), 1, num, asGroup(a, group(keyOf(rest))!, rest, restStart, a.tok0 + 1));
      continue;
    }
    const g = group(keyOf(a.text));
    if (!g) {
      if (own) {
        held = own;
        fromHand = false;
      }
      continue;
    }
    // "add 2 shrimp": the count before, the adding word before it; "새우튀김 두 개 추가해 주세요": the count after, then the adding word.
    const enCount = countOf(atoms[i - 1]) !== undefined && adds(atoms[i - 2]) ? i - 1 : -1;
    const koCount = enCount < 0 && countOf(atoms[i + 1]) !== undefined && (adds(atoms[i + 2]) || (atoms[i + 1]!.kind !== "kw" && (atoms[i + 1] as { flags?: { added?: boolean } }).flags?.added)) ? i + 1 : -1;
    const at = enCount >= 0 ? enCount : koCount;
    if (at < 0 || (fromHand && (at !== koCount || !putsIn(atoms[koCount + 1])))) {
      if (own) {
        held = own;
        fromHand = false;
      }
      continue;
    }
    out ??= [...atoms];
    const c = atoms[at]!;
    if (c.kind !== "num") out.splice(out.indexOf(c), 1, asNum(c, countOf(c)!));
    out.splice(out.indexOf(a), 1, asGroup(a, g));
  }
  return out ?? atoms;
}
