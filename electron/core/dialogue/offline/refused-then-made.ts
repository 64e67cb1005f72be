// A read-back check: an item refused in the turn's words ("no onions in the musubi" where the
// musubi is also sold alone, "콜라 말고 생맥주로" of a set's drink where 콜라 is also sold alone,
// "no ice in the lemonade" after "a lemonade") and, after the turn, more of it made than the
// words ordered outside the refusals. Blind rounds 48–60 (offline, where the best reading is
// applied) put each of these refused things in the cart; whatever step read the refusal's
// words as an order, a refused thing made is no sure answer.
import type { Atom } from "./scan.ts";
import { type TurnResult } from "./turn-draft.ts";

/** English: how far back a refusal word reaches ("no onions in the musubi": four words). */
const EN_REACH = 4;
/** Korean: how far ahead the refusal word stands ("콜라 말고", "초코는 빼 주세요"). */
const KO_REACH = 2;
const REMOVAL_NAME = /^(?:no|without|hold)\b/i;

const itemsOf = (a: Atom): string[] => (a.kind === "menu" && !a.partial ? [...new Set(a.refs.flatMap((r) => (r.kind === "item" && !r.partial ? [r.item] : [])))] : []);
const stops = (a: Atom) => a.kind === "sep" || (a.kind === "num" && !a.article) || itemsOf(a).length > 0;

/** Whether the item word at i stands within a refusal's reach. */
function refusedAt(atoms: readonly Atom[], i: number, en: boolean): boolean {
  if (en) {
    for (let k = i - 1; k >= Math.max(0, i - EN_REACH); k--) {
      const a = atoms[k]!;
      if (a.kind === "kw" && (a.keywords.includes("without") || a.keywords.includes("refuse"))) return true;
      if (a.kind === "menu" && a.refs.length > 0 && a.refs.every((r) => r.kind === "choice") && REMOVAL_NAME.test(a.text.trim())) return true;
      if (stops(a)) return false;
    }
    return false;
  }
  for (let k = i + 1; k <= Math.min(atoms.length - 1, i + KO_REACH); k++) {
    const a = atoms[k]!;
    if (a.kind === "kw" && (a.keywords.includes("without") || a.keywords.includes("remove") || a.keywords.includes("instead"))) return true;
    if (stops(a)) return false;
  }
  return false;
}

export function refusedThenMade(d: TurnResult): string[] {
  const u = d.utterance;
  const en = u.lang === "en";
  const refused = new Map<string, string>();
  const ordered = new Map<string, number>();
  u.atoms.forEach((a, i) => {
    const items = itemsOf(a);
    if (!items.length) return;
    if (refusedAt(u.atoms, i, en)) {
      for (const item of items) refused.set(item, a.text);
      return;
    }
    const n = en ? u.atoms[i - 1] : u.atoms[i + 1];
    const count = n?.kind === "num" && !n.times ? n.value : 1;
    for (const item of items) ordered.set(item, (ordered.get(item) ?? 0) + count);
  });
  if (!refused.size) return [];
  const qty = (lines: typeof d.state.lines, item: string) => lines.filter((l) => l.item === item).reduce((n, l) => n + l.qty, 0);
  return [...refused]
    .filter(([item]) => qty(d.state.lines, item) - qty(d.before.lines, item) > (ordered.get(item) ?? 0))
    .map(([, text]) => `"${text}" was refused, and more of it was made than was ordered`);
}
