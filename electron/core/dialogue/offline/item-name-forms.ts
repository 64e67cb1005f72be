// Forms of item names found by weighing the menu's items against each other: clippings of
// Korean compound names (불고기버거 → 불버거, 더블치즈버거 → 더블치즈), first syllables (자허블),
// temperature + drink contractions (아아), items named after another item (불고기버거 세트).
import { keyOf } from "./name-forms.ts";

/**
 * Clippings of Korean compound names: 불고기버거 → 불버거, 참치김밥 → 참김, where 버거/김밥 end other items' names
 * too. Only clippings that point at exactly one item and are not a name themselves.
 */
export function koreanClippings(items: Array<{ id: string; names: string[] }>, firstSyllables = true): Array<[string, string]> {
  const compact = items.map((it) => ({ id: it.id, names: it.names.map((n) => n.replace(/\s+/g, "")).filter((n) => /^[\uac00-\ud7a3]+$/.test(n)) }));
  const allNames = new Set(compact.flatMap((it) => it.names));
  const heads = new Map<string, Set<string>>();
  for (const it of compact) for (const n of it.names) for (let k = 2; k <= n.length - 2; k++) {
    const head = n.slice(n.length - k);
    heads.set(head, (heads.get(head) ?? new Set()).add(it.id));
  }
  const byClip = new Map<string, Set<string>>();
  const add = (clip: string, n: string, id: string) => {
    if (clip !== n && !allNames.has(clip)) byClip.set(clip, (byClip.get(clip) ?? new Set()).add(id));
  };
  for (const it of compact) for (const n of it.names) {
    for (let k = n.length - 2; k >= 2; k--) {
      const head = n.slice(n.length - k);
      if ((heads.get(head)?.size ?? 0) < 2) continue;
      // 불버거 (first syllable + head) and 참김 (first syllable of each part).
      if (firstSyllables) for (const clip of [n[0] + head, n[0]! + head[0]!]) add(clip, n, it.id);
      // 더블치즈 for 더블치즈버거: the name without the head it shares with other items.
      if (n.length - k >= 2) add(n.slice(0, n.length - k), n, it.id);
      break;
    }
  }
  // A clipping that fits an item and the items named after it (더블치즈버거 세트) is the item's.
  const after = new Set(itemsNamedAfter(items).map(([base, item]) => `${base}|${item}`));
  return [...byClip]
    .map(([clip, ids]) => [clip, [...ids].filter((id) => ![...ids].some((b) => after.has(`${b}|${id}`)))] as const)
    .filter(([, ids]) => ids.length === 1)
    .map(([clip, ids]) => [clip, ids[0]!]);
}

/**
 * [base item, item, word] where the item's name is the base item's name and one more word
 * ("불고기버거 세트" after 불고기버거): the item is said as any form of the base plus the word.
 */
export function itemsNamedAfter(items: Array<{ id: string; names: string[] }>): Array<[string, string, string]> {
  const byKey = new Map<string, string>();
  for (const it of items) for (const n of it.names) if (keyOf(n)) byKey.set(keyOf(n), it.id);
  const out: Array<[string, string, string]> = [];
  const seen = new Set<string>();
  for (const it of items) for (const n of it.names) {
    const words = n.trim().split(/\s+/);
    if (words.length < 2) continue;
    const word = words[words.length - 1]!;
    const base = byKey.get(keyOf(words.slice(0, -1).join(" ")));
    if (!base || base === it.id || seen.has(`${base}|${it.id}|${word}`)) continue;
    seen.add(`${base}|${it.id}|${word}`);
    out.push([base, it.id, word]);
  }
  return out;
}

/**
 * First syllables of the words of a Korean name said as one word: 자몽 허니 블랙티 → 자허블
 * (and 자허 블랙티), 민트 초코 칩 프라페 → 민초 프라페, 망고 빙수 → 망빙. Only where the
 * form points at exactly one item and is not a name itself.
 */
export function koreanAcronyms(items: Array<{ id: string; names: string[] }>): Array<[string, string]> {
  const allNames = new Set(items.flatMap((it) => it.names.map((n) => n.replace(/\s+/g, ""))));
  const byForm = new Map<string, Set<string>>();
  for (const it of items) for (const n of it.names) {
    const words = n.trim().split(/\s+/);
    if (words.length < 2 || !words.every((w) => /^[\uac00-\ud7a3]+$/.test(w))) continue;
    // A two-word name with a one-syllable word gives a form too short to tell from other words.
    if (words.length === 2 && words.some((w) => w.length < 2)) continue;
    const first = words.map((w) => w[0]!);
    const forms = [first.join("")];
    if (words.length >= 3) forms.push(`${first.slice(0, -1).join("")} ${words[words.length - 1]}`, `${first.slice(0, 2).join("")} ${words[words.length - 1]}`);
    for (const f of forms) if (!allNames.has(f.replace(/\s+/g, ""))) byForm.set(f, (byForm.get(f) ?? new Set()).add(it.id));
  }
  return [...byForm].filter(([, ids]) => ids.size === 1).map(([f, ids]) => [f, [...ids][0]!]);
}

/**
 * Temperature + drink contractions: the first syllable of the temperature word and of each
 * word of the drink's name (아이스 아메리카노 → 아아, 뜨거운 아메리카노 → 뜨아, 아이스 바닐라
 * 라떼 → 아바라). `temps`: the item's temperature choices with the words they are said by.
 * Only contractions that point at one item and one choice.
 */
export function temperatureContractions(
  items: Array<{ id: string; names: string[]; temps: Array<{ group: string; choice: string; words: string[] }> }>,
  temperatureWords: readonly string[],
): Array<[string, { item: string; group: string; choice: string }]> {
  const allNames = new Set(items.flatMap((it) => it.names.map((n) => n.replace(/\s+/g, ""))));
  const byForm = new Map<string, Map<string, { item: string; group: string; choice: string }>>();
  for (const it of items) for (const t of it.temps) for (const w of t.words) {
    if (!temperatureWords.includes(w)) continue;
    for (const n of it.names) {
      const words = n.trim().split(/\s+/);
      if (!words.every((x) => /^[\uac00-\ud7a3]+$/.test(x))) continue;
      const form = w[0]! + words.map((x) => x[0]!).join("");
      if (allNames.has(form)) continue;
      const m = byForm.get(form) ?? new Map();
      m.set(`${it.id}|${t.group}|${t.choice}`, { item: it.id, group: t.group, choice: t.choice });
      byForm.set(form, m);
    }
  }
  return [...byForm].filter(([, m]) => m.size === 1).map(([f, m]) => [f, [...m.values()][0]!]);
}
