// A read-back check, from the words and the cart alone: a count said right beside an item's
// words, only options between them ("쌈사 양고기로 두 개", "two lamb samsas"), counts that item;
// the turn must show it in what it made of the item: as many made, a line of it that many, or a
// counted option of its lines at that number. Blind round 89: "플로프 하나랑 쌈사 양고기로 두 개
// 주세요" made one lamb samsa, answered alone: the two had been read as the plov's counted extra
// meat, which no samsa takes, and the number check was satisfied by the two things made in all.
// Whichever step loses such a count, a cart that holds no count of it for that item is a guess.
import type { Atom } from "./scan.ts";
import { qtyOf } from "./said-vs-done.ts";
import { type TurnResult, linesReached } from "./turn-draft.ts";

const itemNamed = (a: Atom | undefined): string | undefined => {
  if (a?.kind !== "menu" || a.fuzzy || !a.refs.length) return undefined;
  const items = new Set(a.refs.flatMap((r) => (r.kind === "item" ? [r.item] : [])));
  return items.size === 1 && a.refs.every((r) => r.kind === "item" || r.kind === "choice") ? [...items][0] : undefined;
};
/** Words between an item and its count that say only how it is made (options, particles, fillers). */
const onlyOptions = (a: Atom | undefined) => (a?.kind === "menu" && a.refs.length > 0 && a.refs.every((r) => r.kind === "choice" || r.kind === "group")) || (a?.kind === "kw" && a.keywords.every((k) => k === "filler"));

export interface CountBeside {
  item: string;
  n: number;
  text: string;
}

/**
 * The counts said right beside the words of an item named once in the turn (after its name and
 * options in Korean, before them in English), after any correction: not a part ("하나는"),
 * "each", "more", a party's size or an add-in's count.
 */
export function countsBesideItems(d: TurnResult): CountBeside[] {
  const atoms = d.utterance.atoms;
  const en = d.utterance.lang === "en";
  // (What the turn says after a count may take it back or share it out: "no, two", "아 하나는
  // 레몬에이드로 바꿔", "아 마카롱은 세 개로", "one chocolate one pistachio"; the count before it is not checked.)
  const lastCorrection = atoms.findLastIndex(
    (a) =>
      (a.kind === "kw" && a.keywords.some((k) => k === "correction" || k === "soft-correction" || k === "change" || k === "instead" || k === "no")) ||
      (a.kind === "num" && (a.flags.topic || a.flags.among)) ||
      (a.kind === "menu" && a.flags.topic),
  );
  const out: CountBeside[] = [];
  atoms.forEach((a, i) => {
    if (i <= lastCorrection || a.kind !== "num" || a.article) return;
    if (a.flags.topic || a.flags.among || a.flags.each || a.flags.party || a.flags.ofOption || a.flags.more) return;
    const step = en ? 1 : -1;
    let j = i + step;
    while (onlyOptions(atoms[j])) j += step;
    const item = itemNamed(atoms[j]);
    // (An item named again elsewhere in the turn may be counted there.)
    if (!item || atoms.some((x, k) => k !== j && x.kind === "menu" && x.refs.some((r) => r.kind === "item" && r.item === item))) return;
    out.push({ item, n: a.value, text: a.text });
  });
  return out;
}

/** Whether some of the counts add up to n. */
function someAddUpTo(qtys: readonly number[], n: number): boolean {
  let sums = new Set([0]);
  for (const q of qtys.slice(0, 12)) sums = new Set([...sums, ...[...sums].map((s) => s + q)]);
  return sums.has(n);
}

/** Each entry: a count said beside one item's words that nothing made of the item holds. */
export function countBesideItsItem(d: TurnResult): string[] {
  const reached = linesReached(d);
  const before = new Map(d.before.lines.map((l) => [l.id, l]));
  const out: string[] = [];
  for (const { item, n, text } of countsBesideItems(d)) {
    const lines = reached.filter((l) => l.item === item);
    if (n < 2 || !lines.length) continue;
    if (Math.abs(qtyOf(d.state, item) - qtyOf(d.before, item)) === n || lines.some((l) => l.qty === n)) continue;
    // ("two small cannoli, one chocolate one pistachio, and one large plain": the two shared out over lines.)
    if (someAddUpTo(lines.map((l) => l.qty), n)) continue;
    const counted = lines.some((l) =>
      Object.entries(l.options).some(([g, v]) => {
        if (typeof v !== "number") return false;
        const old = before.get(l.id)?.options[g];
        return v === n || (typeof old === "number" && Math.abs(v - old) === n);
      }),
    );
    // ("양꼬치 20개" of a "1인분 10개", "보쌈 3인분" as a size: a number the item's name or its lines' choices write.)
    const written = new Set(lines.flatMap((l) => [...Object.values(d.menu.item(item)?.name ?? {}), ...Object.entries(l.options).flatMap(([g, v]) => (typeof v === "number" ? [] : [v].flat().flatMap((c) => Object.values(d.menu.groups.get(g)?.choices?.find((x) => x.id === c)?.name ?? {}))))]).flatMap((t) => [...String(t).matchAll(/\d+/g)].map((m) => Number(m[0]))));
    const made = lines.reduce((t, l) => t + l.qty, 0);
    if ([...written].some((k) => k === n || k * made === n)) continue;
    if (!counted) out.push(`"${text}" said of the ${item}, and no count of it was made`);
  }
  return out;
}
