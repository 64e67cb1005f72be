// A read-back check: an item named with its count ("간장게장 정식 2인분", "two fish tacos") and,
// after the turn, none of it in the cart, where there was none before and no word took anything
// back. Held-out round 48, first run: "간장게장 정식 2인분 깨는 빼 주시고요" read 빼 as taking out
// the item just named (the hold "깨 빼기" went unread), and "새우장 정식 둘이랑 알밥 하나 포장 돼요?
// 그럼 포장으로 할게요" kept only the take-out: both answered alone with nothing ordered. Whatever
// step lost the order, a count said for something never made is no sure answer.
import type { Atom } from "./scan.ts";
import { keyOf, spokenNames } from "./name-forms.ts";
import { type TurnResult, linesReached } from "./turn-draft.ts";

/** Words that take back or cancel: with them, ending with none of what was named can be meant. */
const TAKING_BACK = ["correction", "soft-correction", "cancel", "cancel-all", "instead", "no"] as const;
/** Questions answered by telling: a price, what a thing is, what to have. */
const ASKING_ABOUT = ["price", "describe", "recommend", "menu", "cart"] as const;

/** The items a menu word names, where a count (not an article) is said right next to it. */
function countedItems(atoms: readonly Atom[], lang: "ko" | "en" | undefined): Array<{ text: string; items: string[] }> {
  const out: Array<{ text: string; items: string[] }> = [];
  atoms.forEach((a, i) => {
    if (a.kind !== "menu" || a.partial) return;
    const items = [...new Set(a.refs.flatMap((r) => (r.kind === "item" ? [r.item] : [])))];
    if (!items.length) return;
    const count = lang === "en" ? atoms[i - 1] : atoms[i + 1];
    if (count?.kind !== "num" || count.article || count.times || count.flags.party) return;
    out.push({ text: a.text, items });
  });
  return out;
}

export function countedThenNone(d: TurnResult): string[] {
  const u = d.utterance;
  // ("장어 1인분에 얼마예요": asked what it costs or what it is, nothing was to be ordered.)
  if (TAKING_BACK.some((k) => u.kws.has(k)) || ASKING_ABOUT.some((k) => u.kws.has(k))) return [];
  const qty = (lines: typeof d.state.lines, item: string) => lines.filter((l) => l.item === item).reduce((n, l) => n + l.qty, 0);
  const soldOut = (item: string) => d.menu.menu.items.find((i) => i.id === item)?.soldOut === true;
  const missing = countedItems(u.atoms, u.lang).filter((n) => n.items.every((item) => !soldOut(item) && qty(d.before.lines, item) === 0 && qty(d.state.lines, item) === 0));
  if (!missing.length) return [];
  // (Not where a line the turn reached is called by the name, or holds a choice that is:
  // "불고기버거 하나 세트로" made the 불고기버거 세트, "make it a combo with two cokes".)
  const reached = linesReached(d);
  const keysOf = (x: Parameters<typeof spokenNames>[0]) => spokenNames(x).map(keyOf).filter((k) => k.length >= 2);
  const reachedKeys = reached.flatMap((l) => [
    ...keysOf(d.menu.item(l.item)),
    ...Object.entries(l.options).flatMap(([g, v]) => (d.menu.groups.get(g)?.choices ?? []).filter((c) => [v].flat().includes(c.id)).flatMap((c) => keysOf(c))),
  ]);
  const becameALine = (item: string) => keysOf(d.menu.item(item)).some((k) => reachedKeys.some((r) => r.includes(k) || k.includes(r)));
  return missing
    .filter((n) => n.items.every((item) => !becameALine(item)))
    .map((n) => `"${n.text}" was named with a count, and none of it was ordered`);
}
