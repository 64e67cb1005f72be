// Which item a choice said between two items goes with. Word order says it in most
// sentences; where it does not (a choice right before the next item in English, a removal
// between two items in Korean, a choice after a break and a number), the reading is a
// guess and accounting.ts keeps the turn from being answered alone.
import type { MenuModel } from "../../../../shared/menu/model.ts";
import { itemTakes } from "./options.ts";
import { optionNamedBy } from "./option-names.ts";
import type { Mod, Unit, Utterance } from "./utterance.ts";
import { type TurnResult, linesMade } from "./turn-draft.ts";

/** The items ordered, each with where its name was said (in the order said). */
export function itemsInOrder(u: Utterance): { ordered: Utterance["units"]; starts: Array<number | undefined> } {
  const ordered = u.units.filter((x) => x.kind === "item" && x.item && !x.asked && !x.remove);
  let from = 0;
  const starts = ordered.map((x) => {
    const a = u.atoms.find((y) => y.start >= from && y.kind === "menu" && y.refs.some((r) => r.kind === "item" && r.item === x.item));
    if (a) from = a.end;
    return a?.start;
  });
  return { ordered, starts };
}

/**
 * The items ordered that the turn made a line of, in the order said: each with its place among
 * them, where its name was said and the other items named before it (the read-backs of an item
 * made from the words of another line's add-on, add-on-said-as-item.ts and
 * counted-add-on-made-as-item.ts).
 */
export function itemsMadeInOrder(d: TurnResult): Array<{ unit: Unit; index: number; start: number; namedBefore: Set<string | undefined> }> {
  const made = linesMade(d);
  if (!made.length) return [];
  const { ordered, starts } = itemsInOrder(d.utterance);
  return ordered.flatMap((unit, index) => {
    const start = starts[index];
    if (start === undefined || !unit.item || !made.some((l) => l.item === unit.item)) return [];
    const namedBefore = new Set(ordered.filter((y, j) => y.item !== unit.item && starts[j] !== undefined && starts[j]! < start).map((y) => y.item));
    return [{ unit, index, start, namedBefore }];
  });
}

/** Each entry: a choice whose item the word order does not settle. */
export function choicesBetweenItems(u: Utterance, menu: MenuModel): string[] {
  return [...choicesBeforeTheNextItem(u, menu), ...koreanOptionsBetweenItems(u, menu), ...koreanOptionBeforeAList(u, menu), ...choicesOpeningANewPhrase(u, menu), ...choicesCarriedForward(u)];
}

/**
 * "a chicken burrito with guac and a steak bowl" that put guac on both: a choice said of one
 * thing, before the next thing's name, given to the next thing too — for both, or the first?
 */
function choicesCarriedForward(u: Utterance): string[] {
  const { ordered, starts } = itemsInOrder(u);
  const shared = (m: Utterance["units"][number]["mods"][number], x: Utterance["units"][number]) => ordered.some((o) => o !== x && o.mods.some((n) => n.at === m.at));
  // Where each was said: its name, or (a head said once for two, "and a steak bowl") its first words of its own.
  const where = ordered.map((x, i) => starts[i] ?? Math.min(...x.mods.filter((m) => m.at !== undefined && !shared(m, x)).map((m) => m.at!)));
  const out: string[] = [];
  ordered.forEach((y, j) => {
    for (const m of y.mods) {
      if (m.at === undefined || !(m.at < where[j]!)) continue;
      // Said after the earlier one's name and before this one's: the earlier one's words.
      const x = ordered.slice(0, j).find((o, i) => where[i]! < m.at! && o.mods.some((n) => n.at === m.at));
      if (x) out.push(`"${m.text}" said of "${x.text}", given to "${y.text}" too`);
    }
  });
  return out;
}

/**
 * "green tea with no ice and large spicy popcorn chicken": a choice said right before the
 * next item ordered, that this item takes, went with the item before it (its "with … and"
 * list ran on). English puts such a word before its noun, so the reading is a guess.
 */
function choicesBeforeTheNextItem(u: Utterance, menu: MenuModel): string[] {
  if (u.lang !== "en") return [];
  const { ordered, starts } = itemsInOrder(u);
  const out: string[] = [];
  ordered.forEach((x, i) => {
    const next = ordered[i + 1];
    const nextAt = starts[i + 1];
    if (!next || nextAt === undefined) return;
    for (const m of x.mods) {
      if (m.kind !== "choice" || m.neg || m.at === undefined || m.at >= nextAt || m.at < (starts[i] ?? 0)) continue;
      // Only more options, fillers and "of" between the word and the next item's name (a number
      // or an article starts the next one's words: "… and black olives, one medium pizza").
      const between = u.atoms.filter((a) => a.start > m.at! && a.start < nextAt);
      const adjacent = between.every((a) => (a.kind === "menu" ? a.refs.every((r) => r.kind === "choice") : a.kind === "kw" && a.keywords.every((k) => k === "filler" || k === "of")));
      // (Words that name its option too: "a bowl of chicken soup" after a salad that comes
      // as "A bowl", where the soup's size is "Bowl".)
      if (adjacent && (itemTakes(menu, next.item!, m) || optionNamedBy(menu, next.item!, m.text))) out.push(`"${m.text}" said before "${next.text}" went with "${x.text}"`);
    }
  });
  return out;
}

/**
 * "a root beer, and two 2 liters, one coke one diet coke": a choice said after a break and
 * a number opens the words of what comes next; given to the item before the break, it is a
 * reading. (English; "a pizza with ham, and two with onions" keeps its parts apart.)
 */
function choicesOpeningANewPhrase(u: Utterance, menu: MenuModel): string[] {
  if (u.lang !== "en") return [];
  const out: string[] = [];
  let from = 0;
  for (const x of u.units) {
    const at = u.atoms.findIndex((a, i) => i >= from && a.kind === "menu" && a.text === x.text);
    if (at < 0) continue;
    from = at + 1;
    if (x.kind !== "item" || !x.item || x.asked) continue;
    for (const m of x.mods) {
      if (m.kind !== "choice" || m.neg || m.at === undefined) continue;
      const i = u.atoms.findIndex((a) => a.start === m.at);
      const num = u.atoms[i - 1];
      if (i <= at + 1 || num?.kind !== "num" || num.article) continue;
      // ("a veg thali with poori and two extra chapati": the number of the item's own count, said by its name.)
      if (m.orCount?.named && m.orCount.numbered && menu.itemGroup(x.item, m.orCount.group)?.select === "count") continue;
      // A break between the item's name and the number: the number starts other words.
      if (u.atoms.slice(at + 1, i - 1).some((a) => a.kind === "sep")) out.push(`"${num.text} ${m.text}" opens the words after "${x.text}"`);
    }
  }
  return out;
}

/**
 * "참치김밥 한 줄 오이 빼고 치즈김밥 한 줄은 그냥 주세요": a removal or an "add"/"more"/"less"
 * said between two items that both take it closes the first one's words in Korean ("오이
 * 빼고" after its count) as easily as it opens the second's ("오이 뺀 치즈김밥"): whichever
 * line it went to, the reading is a guess. (A prenominal word such as 아이스 or 따뜻한 goes
 * with the item after it and is read.)
 */
function koreanOptionsBetweenItems(u: Utterance, menu: MenuModel): string[] {
  if (u.lang !== "ko") return [];
  const { ordered, starts } = itemsInOrder(u);
  const out: string[] = [];
  ordered.forEach((x, i) => {
    const next = ordered[i + 1];
    const [s0, s1] = [starts[i], starts[i + 1]];
    if (!next || s0 === undefined || s1 === undefined) return;
    for (const [y, other] of [[x, next], [next, x]] as const) {
      for (const m of y.mods) {
        if (m.kind !== "choice" || m.at === undefined || m.at <= s0 || m.at >= s1) continue;
        if (!m.neg && !POSTPOSED.test(m.text)) continue;
        if (itemTakes(menu, other.item!, m)) out.push(`"${m.text}" between "${x.text}" and "${next.text}"`);
      }
    }
  });
  return out;
}
/**
 * "아이스로 아메리카노랑 라떼 두 잔씩": an option said "as ..." (로) before a list of items
 * joined by 랑/하고 may be the first item's or the whole list's (a cashier would ask "라떼도
 * 아이스로요?"). With "둘 다"/"전부" before it, it is every item's (both-first.ts); without, a
 * guess where the next item takes it and chose nothing of its own in that group.
 */
function koreanOptionBeforeAList(u: Utterance, menu: MenuModel): string[] {
  if (u.lang !== "ko") return [];
  const { ordered, starts } = itemsInOrder(u);
  const [x, next] = ordered;
  const [s0, s1] = [starts[0], starts[1]];
  if (!x || !next || s0 === undefined || s1 === undefined) return [];
  const between = u.atoms.filter((a) => a.start > s0 && a.start < s1);
  if (!between.every((a) => a.kind === "sep" && a.why === "conj")) return [];
  const groupsOf = (m: Mod) => (m.kind === "choice" ? m.cands.map((c) => c.group) : []);
  const out: string[] = [];
  for (const m of x.mods) {
    if (m.kind !== "choice" || m.neg || m.at === undefined || m.at >= s0 || !/로$/.test(m.text)) continue;
    if (next.mods.some((n) => n.at === m.at || groupsOf(n).some((g) => groupsOf(m).includes(g)))) continue;
    if (itemTakes(menu, next.item!, m)) out.push(`"${m.text}" before "${x.text}" and "${next.text}": the first's or both?`);
  }
  return out;
}

/** Korean option words that follow what they are said of: removals, adds, more and less. */
const POSTPOSED = /(빼고|빼서|빼 ?주시고|추가|추가하고|추가해서|넣고|넣어서|없이|많이|적게|덜)$/;
