// Which numbers in a clause count an option rather than the order: "샷 두 번", "two extra
// shots", "2샷 추가", "두 샷 추가" (a Korean number word before the option's own word).
// The rest count items (clause.ts).
import type { ParseContext } from "./utterance.ts";
import { countGroupOf, itemOf, type Content } from "./mods.ts";
import { moreBefore } from "./clause-cues.ts";
import { servingsOfUncounted } from "./count-parts.ts";
import type { Atom } from "./scan.ts";
import { countsTheItemChosen } from "./count-after-its-choice.ts";

/** The numbers of `content` that count an option; what stays open is pushed to `guesses`. */
export function optionCountNumbers(content: Content[], atoms: Atom[], en: boolean, ctx: ParseContext, guesses: string[]): Set<Content> {
  const countNums = new Set<Content>();
  // Numbers right next to a counted option are that option's count ("샷 두 번", "two extra shots").
  content.forEach((a, i) => {
    if (a.kind !== "menu" || !countGroupOf(a, ctx.menu)) return;
    // "two double cheeseburgers": "double" says its own count; the number counts the item.
    if (a.refs.some((r) => r.kind === "group" && r.times !== undefined)) return;
    // "four biscuits" where the biscuits are also sold alone and the family meal counts its
    // biscuits: with nothing said or in hand that takes the count, the number orders the item.
    if (countsTheItemNamed(a, content, ctx)) return;
    if (countsLinesOfAChoice(a, content, ctx)) return;
    if (!en && ordersTheDishFirstNamed(a, content, atoms, ctx)) return;
    // ("쌈사 양고기로 두 개", "two lamb samsas": the samsa's filling, not the plov's extra meat: the samsas' count.)
    if (countsTheItemChosen(content, i, ctx.menu, en)) return;
    // Only a number said right next to the option counts it ("two extra shots", "샷 두 번"),
    // not "one with an extra shot".
    const ai = atoms.indexOf(a);
    // ("살사 매운 거로 두 개 추가" where 살사 heads the counted "살사 추가" and the salsa's kind: a
    // number said added after the word and one choice of its other group counts the extras.)
    const past = content[i + 1];
    const pastChoice = !en && past?.kind === "menu" && atoms[ai + 1] === past && past.refs.length > 0 && past.refs.every((r) => r.kind === "choice" && a.refs.some((g) => g.kind === "group" && g.group === r.group));
    const addedPast = pastChoice && atoms[ai + 2] === content[i + 2] && content[i + 2]?.kind === "num" && !!content[i + 2]!.flags.added ? content[i + 2] : undefined;
    const after = atoms[ai + 1] === content[i + 1] ? (addedPast ?? content[i + 1]) : undefined;
    const before = atoms[ai - 1] === content[i - 1] ? content[i - 1] : undefined;
    // "패티 추가한 걸로 하나": the one made so (거/걸로), one of them; not one patty.
    // "2샷 추가", "3단계 하나": a number written against the option's name counts it, not the order.
    // ("부대찌개 네 명", "두 샷 추가": a Korean number word before the option's own word, atom-neighbours.ts;
    // "한 장 더" whose counter names the add-on, extra-counted-by-its-counter.ts.)
    if (!en && before?.kind === "num" && ((!before.counted && ((before.flags.tight && /^[0-9]+$/.test(before.text)) || before.flags.countsOption)) || (before.counted && before.flags.countsOption))) countNums.add(before);
    // ("계란 추가 하나는 치즈 추가": a number said with 은/는 starts the next part, it never counts the option.)
    else if (after?.kind === "num" && (after.times || (!en && !a.flags.thing && !after.flags.topic && !after.flags.among)) && !(!en && servingsOfUncounted(after, content, i))) countNums.add(after);
    // ("two of them a la mode": a number said "of them" counts part of the line, never the option.)
    else if (before?.kind === "num" && en && !before.article && !before.flags.among) countNums.add(before);
    else if (before?.kind === "num" && before.times) countNums.add(before);
    // "아메리카노 2 샷 추가": a bare digit before it counts the order or the option.
    else if (!en && before?.kind === "num" && !before.counted && /^[0-9]+$/.test(before.text)) guesses.push(`"${before.text} ${a.text}": the number may count the option`);
    else if (en && moreBefore(atoms, ai) && content[i - 1]?.kind === "num" && atoms[ai - 2] === content[i - 1] && !(content[i - 1] as Atom & { article: boolean }).article) countNums.add(content[i - 1]!); // "two more shots"
  });
  for (const a of content) if (a.kind === "num" && a.times && !countNums.has(a)) {
    const g = content.find((c) => c.kind === "menu" && countGroupOf(c, ctx.menu));
    if (g) countNums.add(a);
  }
  return countNums;
}

/** The word names an item as well as a counted group, and no other item said, nor a line in hand, takes that group. */
function countsTheItemNamed(a: Content, content: Content[], ctx: ParseContext): boolean {
  const own = itemOf(a);
  const group = countGroupOf(a, ctx.menu);
  // ("전복죽 ... 전복 두 개 추가": a word of the item's own name that it counts is its option.)
  if (!own || !group || ctx.menu.itemGroup(own, group)) return false;
  const others = content.flatMap((c) => (c !== a && c.kind === "menu" ? c.refs.flatMap((r) => (r.kind === "item" ? [r.item] : [])) : []));
  const inHand = (ctx.focus ?? []).map((f) => f.item);
  return ![...others, ...inHand].some((item) => !!ctx.menu.itemGroup(item, group));
}

/**
 * "two samsa, one lamb one pumpkin" where "lamb" also names the plov's counted "Extra lamb":
 * the word names a choice of the item said (or in hand) and none of those takes the count,
 * so the number counts the lines of that choice, not extras nothing here can have.
 */
function countsLinesOfAChoice(a: Content, content: Content[], ctx: ParseContext): boolean {
  const group = countGroupOf(a, ctx.menu);
  if (!group || a.kind !== "menu") return false;
  const items = [...content.flatMap((c) => (c !== a && c.kind === "menu" ? c.refs.flatMap((r) => (r.kind === "item" ? [r.item] : [])) : [])), ...(ctx.focus ?? []).map((f) => f.item), ...(ctx.saidBefore ?? [])];
  if (!items.length || items.some((item) => !!ctx.menu.itemGroup(item, group))) return false;
  return a.refs.some((r) => r.kind === "choice" && items.some((item) => !!ctx.menu.itemGroup(item, r.group)));
}

/**
 * Korean: "쭈꾸미 2인분 보통으로 하고 볶음밥 2인분", where 쭈꾸미 is the dish's own alias and also
 * begins its counted extra "쭈꾸미 추가": said by its whole name, first in the utterance and with
 * no line of it in hand, the dish is what is counted, not its extra (the count had gone to
 * neither). Said again after the dish ("쭈꾸미볶음 하나 쭈꾸미 두 개 추가"), with one in hand, or
 * with an adding word after the number ("쭈꾸미 두 개 추가요"), it stays the extra's count.
 */
function ordersTheDishFirstNamed(a: Content, content: Content[], atoms: Atom[], ctx: ParseContext): boolean {
  const ref = a.kind === "menu" ? a.refs.find((r) => r.kind === "item") : undefined;
  const group = countGroupOf(a, ctx.menu);
  if (ref?.kind !== "item" || ref.partial || !group || !ctx.menu.itemGroup(ref.item, group)) return false;
  const i = content.indexOf(a);
  const named = (c: Content) => c.kind === "menu" && c.refs.some((r) => r.kind === "item" && r.item === ref.item);
  if (content.slice(0, i).some(named) || (ctx.focus ?? []).some((f) => f.item === ref.item)) return false;
  const next = atoms[atoms.indexOf(a) + 1];
  return next?.kind === "num" && !next.flags.added;
}
