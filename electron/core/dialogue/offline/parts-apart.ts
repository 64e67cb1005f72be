// "라면 두 개 하나는 만두 추가 하나는 떡 추가", "two lattes, one with vanilla and one with
// caramel": parts said apart are lines apart. Read back after the turn: no line the turn
// reached may hold what one part said and what another part said, unless one part said both.
// (A Korean red team found 44 turns where both parts' extras or removals landed on one line,
// answered alone; this catches the misreading whatever path of the planner made it.)
import type { OptionValue } from "../../../../shared/menu/schema.ts";
import type { MenuModel } from "../../../../shared/menu/model.ts";
import type { CartLine } from "../../cart/cart.ts";
import { cleanText, tokenize } from "./normalize.ts";
import { optionsFor } from "./options.ts";
import { type TurnDraft, type TurnResult, linesReached } from "./turn-draft.ts";
import type { Part } from "./utterance.ts";


/** What sets a line's options apart from the item made plain: "group/choice", "group:+" or "group:-". */
export function marksOf(menu: MenuModel, item: string, options: Record<string, OptionValue>): Set<string> {
  const marks = new Set<string>();
  for (const g of menu.itemGroups(item)) {
    const v = options[g.id] ?? g.default;
    if (g.select === "count") {
      const n = typeof v === "number" ? v : 0;
      const base = typeof g.default === "number" ? g.default : 0;
      if (n !== base) marks.add(`${g.id}:${n > base ? "+" : "-"}`);
    } else if (g.select === "many") {
      for (const c of Array.isArray(v) ? v : []) marks.add(`${g.id}/${c}`);
    } else if (typeof v === "string" && v !== g.default) marks.add(`${g.id}/${v}`);
  }
  return marks;
}

/** The marks a part's words alone would give a plain line of the item. */
function partMarks(menu: MenuModel, item: string, p: Part): Set<string> {
  const plain: Record<string, OptionValue> = {};
  for (const g of menu.itemGroups(item)) if (g.default !== undefined) plain[g.id] = g.default;
  return marksOf(menu, item, { ...plain, ...optionsFor(menu, item, plain, p.mods).changes });
}

const minus = (a: Set<string>, b: Set<string>) => new Set([...a].filter((x) => !b.has(x)));
const meets = (a: Set<string>, b: Set<string>) => [...a].some((x) => b.has(x));

/** Each entry: a line holding what two parts said apart. */
export function partsNotApart(d: TurnResult): string[] {
  const reached = linesReached(d);
  const said: Array<{ item?: string; parts: Part[]; text: string }> = [
    ...d.utterance.units.filter((x) => !x.asked && x.item && x.parts.length > 1).map((x) => ({ item: x.item, parts: x.parts, text: x.text })),
    ...d.utterance.bare.filter((b) => !b.asked && b.parts.length > 1).map((b) => ({ parts: b.parts, text: "" })),
    { parts: partsOpened(d.utterance), text: "" },
  ];
  const out: string[] = [...partsMadeOfAll(d, reached), ...oneMoreNotMade(d)];
  for (const s of said) {
    const lines = reached.filter((l) => !s.item || l.item === s.item);
    if (lines.some((l) => mixes(d.menu, l, s.parts))) out.push(`${s.text ? `"${s.text}": ` : ""}what parts said apart is on one line`);
  }
  return out;
}

/**
 * "two chicken bowls, one with brown rice", "two italians, mine on wheat", "toast one of them":
 * what a part said is on fewer than all of the item (it had been put on both, answered alone).
 */
function partsMadeOfAll(d: TurnResult, reached: readonly CartLine[]): string[] {
  const parts = partsOpened(d.utterance, 1);
  const out: string[] = [];
  for (const item of new Set(reached.map((l) => l.item))) {
    const lines = d.state.lines.filter((l) => l.item === item);
    const total = lines.reduce((n, l) => n + l.qty, 0);
    if (total < 2) continue;
    const marks = parts.map((p) => partMarks(d.menu, item, p));
    marks.forEach((m, i) => {
      const own = marks.reduce((acc, o, j) => (j === i ? acc : minus(acc, o)), m);
      if (!own.size || parts[i]!.qty >= total) return;
      const holding = lines.filter((l) => meets(own, marksOf(d.menu, item, l.options))).reduce((n, l) => n + l.qty, 0);
      if (holding >= total) out.push(`${item}: what was said of ${parts[i]!.qty} is on all ${total}`);
    });
  }
  return out;
}

/**
 * "a latte with vanilla" → "and one with caramel" that put caramel on the latte: "one with",
 * "another with", said with no item, is one more thing — something was made, or a line grew.
 */
function oneMoreNotMade(d: TurnResult): string[] {
  const u = d.utterance;
  if (u.lang !== "en" || !/^(and |also |plus )?(one|another( one)?) (with|of|in|on)\b/i.test(cleanText(u.text)) || u.units.some((x) => x.kind !== "unknown" && !x.asked)) return [];
  const grew = d.state.lines.some((l) => l.qty > (d.before.lines.find((b) => b.id === l.id)?.qty ?? 0));
  return grew ? [] : ["one more said, nothing made"];
}

function mixes(menu: MenuModel, l: CartLine, parts: Part[]): boolean {
  const on = marksOf(menu, l.item, l.options);
  const marks = parts.map((p) => partMarks(menu, l.item, p));
  for (let i = 0; i < marks.length; i++)
    for (let j = i + 1; j < marks.length; j++) {
      const a = minus(marks[i]!, marks[j]!);
      const b = minus(marks[j]!, marks[i]!);
      if (a.size && b.size && meets(a, on) && meets(b, on)) return true;
    }
  return false;
}

const KO_COUNT = "(?:하나|둘|셋|넷|한|두|세|네|[0-9]+)";
const KO_COUNTER = "(?:잔|개|줄|그릇|판|인분|마리|조각|장|캔|병|봉지|컵|세트)";
/** "하나는", "한잔은", "두 개는": a count said as the topic opens a part. */
const KO_OPENER = new RegExp(`^${KO_COUNT}${KO_COUNTER}?(?:은|는)$`);
const KO_OPENER_SPLIT = [new RegExp(`^${KO_COUNT}$`), new RegExp(`^${KO_COUNTER}(?:은|는)$`)] as const;
/** "one with", "one without", "the other one with": a part in English. */
const EN_AFTER_ONE = new Set(["with", "without", "no", "as", "in", "on"]);
/** "mine on wheat", "his with sausage", "hers with no ice": whose one, of several. */
const EN_WHOSE = new Set(["mine", "his", "hers"]);

function opensEnglish(words: readonly string[], i: number): boolean {
  const [w, next, then] = [words[i]!, words[i + 1] ?? "", words[i + 2] ?? ""].map((x) => x.toLowerCase());
  return (w === "one" && (EN_AFTER_ONE.has(next!) || (next === "of" && /^(them|those)$/.test(then!)))) || EN_WHOSE.has(w!) || (w === "the" && /^others?$/.test(next!));
}

/** The words' indexes (as tokenize.ts counts them) where a part opens ("toast one of them": its clause, from the start). */
function openers(u: TurnDraft["utterance"]): number[] {
  const words = cleanText(u.text).split(" ").filter(Boolean);
  const out: number[] = [];
  words.forEach((w, i) => {
    const next = words[i + 1] ?? "";
    const ofThem = u.lang === "en" && /^one$/i.test(w) && /^of$/i.test(next) && /^(them|those)$/i.test(words[i + 2] ?? "");
    // ("three teas with boba, one of them hot": said after the things counted, it opens where it is.)
    if (ofThem && !out.length && !u.units.some((x) => x.kind === "item" && !x.asked)) out.push(0);
    else if (u.lang === "en" ? opensEnglish(words, i) : KO_OPENER.test(w) || (KO_OPENER_SPLIT[0].test(w) && KO_OPENER_SPLIT[1].test(next))) out.push(i);
  });
  return out;
}

/**
 * The parts the words open, each with the options said in it, whatever the parse made of
 * them ("라면 두개 하나는 만두 추가 하나는 떡 추가" had been read as one part with both).
 */
export function partsOpened(u: TurnDraft["utterance"], fewest = 2): Part[] {
  const starts = openers(u);
  if (starts.length < fewest) return [];
  const tokens = tokenize(u.text);
  const wordAt = (at: number | undefined) => {
    const a = u.atoms.find((x) => x.start === at);
    return a ? tokens[a.tok0]?.word : undefined;
  };
  const mods = [...u.units.filter((x) => !x.asked).flatMap((x) => [...x.mods, ...x.parts.flatMap((p) => p.mods)]), ...u.bare.flatMap((b) => [...b.mods, ...b.parts.flatMap((p) => p.mods)])];
  return starts.map((from, k) => ({
    qty: 1,
    mods: mods.filter((m) => {
      const w = wordAt(m.at);
      return w !== undefined && w >= from && w < (starts[k + 1] ?? Infinity);
    }),
  }));
}
