// Edit distance for near-miss words (speech-to-text slips, typos): "expresso",
// "cappucino", "late", "크로와상". Korean is compared letter by letter (jamo), so one
// wrong vowel costs one edit instead of a whole syllable.
import { toJamo } from "./normalize.ts";

/** Optimal-string-alignment distance (adjacent swaps cost 1); stops early past `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > max) return max + 1;
  if (n === 0) return m;
  if (m === 0) return n;
  let prev2 = new Array<number>(m + 1).fill(0);
  let prev = new Array<number>(m + 1);
  let cur = new Array<number>(m + 1);
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= m; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[m]!;
}

/** How many edits a word of this many letters may have and still count as the same word. */
export function latinBudget(len: number): number {
  if (len < 4) return 0;
  if (len < 8) return 1;
  return 2;
}

/** Jamo edits allowed for a Korean word of this many syllables. */
export function hangulBudget(syllables: number): number {
  if (syllables < 3) return 0;
  if (syllables < 5) return 1;
  if (syllables < 7) return 2;
  return 3;
}

export function hangulDistance(a: string, b: string, max: number): number {
  return editDistance(toJamo(a), toJamo(b), max);
}
