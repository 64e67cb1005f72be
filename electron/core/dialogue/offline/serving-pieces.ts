// Pieces said as a total where the menu gives the pieces of one serving: "양꼬치 20개 주세요"
// where the description says "1인분 10개.", "20 chicken momos" / "twenty pieces of chicken momo"
// where the momo is a plate of "6 pieces" or "10 pieces" (the item's pick-one choices, named as
// so many pieces): the number counts pieces, so 20 is two servings of ten, not twenty; "열 개 더
// 추가요" said of the line in hand is one more serving. The pieces of a serving are read from the
// item's own choices (every choice of a pick-one group named "6 pieces", "10pc", "6개", …) or,
// failing that, from its description when it says nothing but that ("1인분 10개", "한 판 6개",
// "10 pieces."). The number is read so only with a counter of pieces (개, 피스, 알, 조각;
// "pieces", "pcs"), never 인분, or in English right before the item's name ("20 chicken momos").
// A total that is no whole number of any serving ("양꼬치 15개") is left as said but unplaced; one
// the sizes make in more than one way ("30 momos": three tens or five sixes; "30 wings" of 6, 12
// and 24) is read as the fewest servings of one size, a guess. A number that is one serving's own size is left to the choice it names
// (resolve.ts, counter-choices.ts). Where a serving holds few pieces ("1접시 2피스",
// "새우튀김 2개", tenders of 2, 3 or 4) a number is servings: "연어초밥 두 개" is two plates —
// unless the menu counts the item itself in its order sizes ("Order of 3", also "three beignets";
// "Half dozen"; "box of six"): then "a dozen beignets" is two half dozens (or four threes: a guess).
// The item's own name may say the pieces too ("Falafel (6 pc)": "6 falafel balls" is one order;
// "4 croquetas" of the "Croquetas (4 pc)" one as well, but with so few a guess; of a pair, orders).
import type { MenuModel } from "../../../../shared/menu/model.ts";
import { theItemNamed } from "./atom-forms.ts";
import { spokenNames, wordsOf } from "./name-forms.ts";
import { englishNumberWords, parseDigits } from "./numbers.ts";
import type { Atom } from "./scan.ts";
import type { ParseContext } from "./utterance.ts";

const PIECE_COUNTERS = new Set(["개", "피스", "알", "조각"]);
/** An English word that counts pieces after a number ("twenty pieces of …"). */
const PIECE_WORD = /^(?:pieces?|pcs?|pc)$/i;
const ONLY_PIECES = /^\s*(?:1\s*인분|1\s*접시|한\s*접시|1\s*판|한\s*판)?\s*\(?\s*(\d+)\s*(?:개|피스|알|조각|pieces?|pcs?)\s*\)?\s*\.?\s*$/i;
const PIECES_NAME = /^(\d+)\s*[- ]?\s*(?:pieces?|pcs?|pc|ea|count|ct|조각|개|마리|피스)$/i;
/** Below this many pieces to a serving, a number said is servings ("연어초밥 두 개": two plates). */
const SURE_FROM = 5;
/** A serving of two: a number said of it is servings, even where the item's name says its pieces. */
const PAIR = 2;

/** A name that ends in the pieces of its serving: "Falafel (6 pc)", "Wings 10pc", "크로케타 (4개)". */
const NAMED_PIECES = /(?:\(|\s)(\d+)\s*(?:pieces?|pcs?|pc|ea|ct|개|피스|조각|알)\s*\)?\s*$/i;

/** "Order of 3", "box of six", "half dozen", "a dozen": a choice named by how many it holds. */
const HOLDS_NAME = /^(?:an?\s+)?(?:order|box|bag|pack|plate|basket|tray)\s+of\s+(\S+)$/i;

/** One serving size: so many pieces, and the choice that says it (none where the description does). */
interface Serving {
  pieces: number;
  group?: string;
  choice?: string;
  /** The menu counts the item itself in these pieces ("Order of 3", also "three beignets"). */
  counted?: boolean;
  /** The item's own name says the pieces ("Croquetas (4 pc)"): a number said of it counts them. */
  named?: boolean;
}

const cache = new WeakMap<MenuModel, Map<string, Serving[]>>();

/** The serving sizes of the item, by its own choices or its description; empty if it says none. */
function servingsOf(menu: MenuModel, item: string): Serving[] {
  let byItem = cache.get(menu);
  if (!byItem) cache.set(menu, (byItem = new Map()));
  let s = byItem.get(item);
  if (!s) byItem.set(item, (s = readServings(menu, item)));
  return s;
}

function readServings(menu: MenuModel, item: string): Serving[] {
  for (const g of menu.itemGroups(item)) {
    if (g.select !== "one" || g.choices.length === 0) continue;
    const sizes = g.choices.map((c) => {
      const names = spokenNames(c, true);
      const n = names.map((t) => PIECES_NAME.exec(t.trim())).find(Boolean);
      return n ? { pieces: Number(n[1]), group: g.id, choice: c.id } : undefined;
    });
    const counted = g.choices.map((c) => {
      const pieces = spokenNames(c, true).map((t) => countedIn(t, menu, item)).find((n) => n !== undefined);
      return pieces ? { pieces, group: g.id, choice: c.id, counted: true } : undefined;
    });
    const countedAll = counted.every(Boolean) && new Set(counted.map((x) => x!.pieces)).size === counted.length;
    if (sizes.every(Boolean)) return countedAll && counted.every((x, k) => x!.pieces === sizes[k]!.pieces) ? (counted as Serving[]) : (sizes as Serving[]);
    if (countedAll) return counted as Serving[];
  }
  // ("Falafel (6 pc)", "Croquetas de Jamón (4 pc)", "팔라펠 (6개)": the item's own name says it.)
  const names = menu.item(item)?.name;
  for (const text of [names?.en, names?.ko]) {
    const m = typeof text === "string" ? NAMED_PIECES.exec(text) : null;
    if (m && Number(m[1]) >= 2) return [{ pieces: Number(m[1]), named: true }];
  }
  const d = menu.item(item)?.description;
  for (const text of [d?.ko, d?.en]) {
    const m = typeof text === "string" ? ONLY_PIECES.exec(text) : null;
    if (m && Number(m[1]) >= 2) return [{ pieces: Number(m[1]) }];
  }
  return [];
}

let numberWords: Map<string, number> | undefined;
const numberOf = (w: string): number | undefined => {
  numberWords ??= new Map(englishNumberWords().map((x) => [x.text, x.n]));
  return parseDigits(w) ?? numberWords.get(w.toLowerCase());
};

/**
 * How many of the item an English choice's name holds: "Order of 3", "box of six", "half dozen",
 * "dozen", or a number and the item's own word ("three beignets" of the Beignets).
 */
function countedIn(name: string, menu: MenuModel, item: string): number | undefined {
  const t = name.trim().toLowerCase();
  const holds = HOLDS_NAME.exec(t);
  if (holds) return numberOf(holds[1]!);
  if (/^(?:a\s+)?half[-\s]+(?:a\s+)?dozen$/.test(t)) return 6;
  if (/^(?:a\s+)?dozen$/.test(t)) return 12;
  const words = t.split(/\s+/);
  if (words.length !== 2) return undefined;
  const n = numberOf(words[0]!);
  const singular = (w: string) => w.replace(/(?:es|s)$/, "");
  const itemWords = new Set(spokenNames(menu.item(item), true).flatMap(wordsOf).map(singular));
  return n !== undefined && n >= 2 && itemWords.has(singular(words[1]!)) ? n : undefined;
}

/** In how many ways the sizes add up to the total (stopping at two). */
function waysToMake(total: number, sizes: number[]): number {
  const ways = new Array<number>(total + 1).fill(0);
  ways[0] = 1;
  for (const s of sizes) for (let n = s; n <= total; n++) ways[n] = Math.min(2, ways[n]! + ways[n - s]!);
  return ways[total]!;
}

// (A category so called beside it, "Beignets" of the Beignets, names the same thing; so does
// a count of more of the item's own pieces, "falafel balls" of the side and its "Extra falafel".)
const itemOf = (a: Atom | undefined, menu: MenuModel) => theItemNamed(a?.kind === "menu" ? withoutItsOwnCount(a, menu) : a, ["category"], true);

function withoutItsOwnCount(a: Atom & { kind: "menu" }, menu: MenuModel): Atom {
  const items = a.refs.flatMap((r) => (r.kind === "item" && !r.partial ? [r.item] : []));
  const extra = (it: string, group: string) => {
    const g = menu.itemGroup(it, group);
    return g?.select === "count" && !(typeof g.default === "number" && g.default >= 1);
  };
  const own = (r: (typeof a.refs)[number]) => r.kind === "group" && items.some((it) => extra(it, r.group));
  return a.refs.some(own) ? { ...a, refs: a.refs.filter((r) => !own(r)) } : a;
}

/** "20 chicken momos", "20 steamed momos": the item named next, past its choices. */
function itemNext(atoms: Atom[], i: number, menu: MenuModel): string | undefined {
  for (let k = i + 1; k < atoms.length; k++) {
    const a = atoms[k]!;
    const it = itemOf(a, menu);
    if (it) return it;
    if (a.kind !== "menu" || !a.refs.every((r) => r.kind === "choice")) return undefined;
  }
  return undefined;
}

export function piecesOfAServing(atoms: Atom[], ctx: ParseContext, unplaced: Atom[], en = false): Atom[] {
  const noItem = !atoms.some((a) => a.kind === "menu");
  const inHand = ctx.focus?.length ? ctx.focus[ctx.focus.length - 1]!.item : undefined;
  const out: Atom[] = [];
  for (let i = 0; i < atoms.length; i++) {
    const a = atoms[i]!;
    out.push(a);
    if (a.kind !== "num" || a.article || a.times || a.value < 2) continue;
    // English: "twenty pieces (of)", or a bare number right before the item's name.
    const word = en && atoms[i + 1] && PIECE_WORD.test(atoms[i + 1]!.text.trim()) ? atoms[i + 1] : undefined;
    const of = word && atoms[i + 2]?.kind === "kw" && /^of$/i.test(atoms[i + 2]!.text.trim()) ? atoms[i + 2] : undefined;
    const korean = !en && a.counted && !!a.unit && PIECE_COUNTERS.has(a.unit);
    if (!korean && (!en || a.counted)) continue;
    // The item it counts: said right before or right after it, or the line in hand.
    const after = en ? itemNext(atoms, i + (of ? 2 : word ? 1 : 0), ctx.menu) : itemOf(atoms[i + 1], ctx.menu);
    // ("chicken momo, 20 pieces": the item before the comma.)
    const before = itemOf(atoms[i - 1], ctx.menu) ?? (word && atoms[i - 1]?.kind === "sep" ? itemOf(atoms[i - 2], ctx.menu) : undefined);
    const item = (en && !word ? after : (before ?? after)) ?? (noItem && !en ? inHand : undefined);
    const sizes = item ? servingsOf(ctx.menu, item) : [];
    const least = Math.min(...sizes.map((s) => s.pieces));
    // (Few to a serving: a number is servings, unless the menu counts the item itself so, "Order of 3".)
    // (Where the item's own name says a few more than a pair, "4 croquetas" of the "Croquetas
    // (4 pc)" is one order by its name, but may be four: read so, a guess. A pair, "고로케 두 개"
    // of the "크림 고로케 (2개)", is two orders, as above.)
    const few = least < SURE_FROM && !sizes.every((s) => s.counted);
    if (!sizes.length || (few && !(least > PAIR && sizes.every((s) => s.named))) || a.value < least) continue;
    // (One serving's own size: the choice it names, read elsewhere.)
    if (sizes.some((s) => s.choice && s.pieces === a.value)) continue;
    const fits = sizes.filter((s) => a.value % s.pieces === 0).sort((x, y) => y.pieces - x.pieces);
    if (!fits.length) {
      unplaced.push(a);
      continue;
    }
    const size = fits[0]!;
    // Sure only where the sizes make the total one way ("30 wings" of 6, 12 and 24: five sixes, or 24 and 6?).
    const oneWay = waysToMake(a.value, [...new Set(sizes.map((s) => s.pieces))]) === 1;
    const count = { ...a, value: a.value / size.pieces, ...(oneWay && !few ? {} : { flags: { ...a.flags, guessed: true } }) } as Atom;
    out[out.length - 1] = count;
    if (!size.group || !size.choice) continue;
    // The size as a choice: on the piece words where said ("pieces of"), else on the number's.
    const span = word ? { start: word.start, end: (of ?? word).end, tok0: word.tok0, tok1: (of ?? word).tok1, text: of ? `${word.text} ${of.text}` : word.text } : { start: a.start, end: a.end, tok0: a.tok0, tok1: a.tok1, text: a.text };
    out.push({ ...span, kind: "menu", refs: [{ kind: "choice", group: size.group, choice: size.choice, name: false }], fuzzy: false, partial: false, flags: {} } as Atom);
    if (word) i += of ? 2 : 1;
  }
  return out;
}
