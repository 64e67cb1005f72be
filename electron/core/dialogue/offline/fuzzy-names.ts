// Names looked up with spelling tolerance: Korean compared by how it sounds, letter by letter
// (jamo), for names of three syllables or more; English by edit distance for names of four
// letters or more. Candidates are found by shared letters first, so a lookup stays cheap.
import { isHangulSyllable, soundForm, toJamo } from "./normalize.ts";
import { editDistance, hangulBudget, latinBudget } from "./fuzzy.ts";

interface Entry<R> {
  key: string;
  /** Jamo form for Hangul keys; the key itself for Latin. */
  letters: string;
  hangul: boolean;
  syllables: number;
  refs: R[];
}

export interface FuzzyHit<R = unknown> {
  refs: R[];
  distance: number;
  key: string;
}

export class FuzzyNames<R> {
  private readonly latin = new Map<string, Entry<R>[]>();
  private readonly hangul = new Map<string, Entry<R>[]>();

  add(key: string, refs: R[]): void {
    const hangul = [...key].every((ch) => isHangulSyllable(ch));
    const latin = /^[a-z]+$/.test(key);
    if (!hangul && !latin) return;
    // Korean is compared by how it sounds (normalize.ts soundForm), letter by letter.
    const sound = hangul ? soundForm(key) : key;
    const entry: Entry<R> = { key, letters: hangul ? toJamo(sound) : key, hangul, syllables: [...key].length, refs };
    if (hangul) {
      if (entry.syllables < 3) return;
      for (const ch of new Set(sound)) addTo(this.hangul, ch, entry);
    } else {
      if (key.length < 4) return;
      addTo(this.latin, key[0]!, entry);
    }
  }

  /** The closest name to a word that matched nothing exactly, within the spelling budget. */
  closest(compact: string): FuzzyHit<R> | undefined {
    if (!compact) return undefined;
    const hangul = [...compact].every((ch) => isHangulSyllable(ch));
    let best: FuzzyHit<R> | undefined;
    if (hangul) {
      const n = [...compact].length;
      if (n < 2) return undefined;
      const shared = new Map<Entry<R>, number>();
      const sound = soundForm(compact);
      for (const ch of new Set(sound)) for (const e of this.hangul.get(ch) ?? []) shared.set(e, (shared.get(e) ?? 0) + 1);
      const jamo = toJamo(sound);
      for (const [e, count] of shared) {
        if (Math.abs(e.syllables - n) > 1 || count * 2 < e.syllables) continue;
        const budget = hangulBudget(Math.min(e.syllables, n));
        if (budget === 0) continue;
        const d = editDistance(jamo, e.letters, budget);
        if (d <= budget && (!best || d < best.distance)) best = { refs: e.refs, distance: d, key: e.key };
      }
    } else if (/^[a-z]+$/.test(compact)) {
      const budget = latinBudget(compact.length);
      if (budget === 0) return undefined;
      for (const e of this.latin.get(compact[0]!) ?? []) {
        if (Math.abs(e.key.length - compact.length) > budget) continue;
        const b = Math.min(budget, latinBudget(e.key.length));
        const d = editDistance(compact, e.key, b);
        if (d <= b && (!best || d < best.distance)) best = { refs: e.refs, distance: d, key: e.key };
      }
    }
    return best;
  }
}

function addTo<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}
