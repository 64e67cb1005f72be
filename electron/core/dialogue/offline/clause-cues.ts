// What the words next to a clause's atoms say, for clause.ts: an item said plain (그냥), a
// change verb or "the" before an item, an unknown word standing where an item would, a
// Korean adnominal (따뜻한), "more" before a counted option, a choice marked as what a line becomes.
import type { Keyword } from "./language.ts";
import type { Atom } from "./scan.ts";
import type { Mod } from "./utterance.ts";
import { isItemish, type Content } from "./mods.ts";
import { KO_COUNTERS } from "./numbers.ts";

/** The option sets a group another option of the list also sets. */
export function sameGroup(m: Mod, list: Mod[]): boolean {
  const groups = (x: Mod) => (x.kind === "choice" ? x.cands.map((c) => c.group) : [x.group]);
  return list.some((x) => groups(x).some((g) => groups(m).includes(g)));
}

export function isAdnominal(text: string): boolean {
  const last = text.trim().slice(-1);
  const c = last.charCodeAt(0) - 0xac00;
  return c >= 0 && c <= 11171 && c % 28 === 4 && !/[은는]$/.test(last); // ends in ㄴ: 따뜻한, 차가운
}

// ("two more shots", "two extra tartars" where "extra" is not part of the option's name.)
export const moreBefore = (atoms: Atom[], ai: number) => { const k = atoms[ai - 1]; return k?.kind === "kw" && (k.keywords.includes("more") || (k.keywords.includes("add") && /^(extra|additional)$/.test(k.text))); };

/**
 * "아 하나는 케찹으로 바꿔 주세요": a choice said with 로 in a clause that changes something is
 * what the line becomes, not one more choice beside what it had (options.ts).
 */
export function markChangedTo(content: Content[], mods: Mod[]): void {
  for (const m of mods) {
    if (m.kind !== "choice" || m.neg || m.onlyRefused) continue;
    const a = content.find((c) => c.start === m.at);
    if (a?.flags.dir) m.to = true;
  }
}

/** The nearest word before the item, skipping numbers, options and "the", is a change verb. */
export function followsChange(atoms: Atom[], item: Atom): boolean {
  return follows(atoms, item, "change");
}

export function follows(atoms: Atom[], item: Atom, kw: Keyword): boolean {
  const i = atoms.indexOf(item);
  for (let j = i - 1; j >= 0; j--) {
    const a = atoms[j]!;
    if (a.kind === "num") continue;
    if (a.kind === "menu" && !isItemish(a)) continue;
    if (a.kind === "kw" && a.keywords.includes(kw)) return true;
    if (a.kind === "kw" && a.keywords.every((w) => w === "the" || w === "filler" || w === "pronoun")) continue;
    return false;
  }
  return false;
}

export function unknownStandsForItem(atoms: Atom[], i: number, en: boolean): boolean {
  const a = atoms[i]!;
  if ((a as Atom & { optionWord?: boolean }).optionWord) return false;
  // "연하게", "진하게": a Korean adverb says how, it never names a thing ordered.
  if (!en && /[\uac00-\ud7a3]게$/.test(a.text.trim())) return false;
  const next = atoms[i + 1];
  const prev = atoms[i - 1];
  if (next?.kind === "num" && !en) return true;
  if (prev?.kind === "num" && en) return true;
  // ("룸서비스로 과일 플레이트 하나랑 …": a word the menu lacks said with 로 before an item says how, r111d-025.)
  const how = !en && "flags" in a && a.flags.dir === true && i === atoms.findIndex((x) => x.kind !== "sep" && !(x.kind === "kw" && x.keywords.every((k) => k === "filler")));
  if (next?.kind === "menu" && next.refs.some((r) => r.kind === "item") && next.start > a.end - 1 && !("flags" in a && a.flags.end) && !how) return true;
  if (next?.kind === "kw" && next.keywords.includes("request")) return true;
  if (prev?.kind === "menu" && prev.refs.some((r) => r.kind === "choice") && !en && a.start > prev.start) {
    // "아이스 카페모카 하나": an option, then a thing the menu does not have.
    return atoms.slice(i + 1).some((x) => x.kind === "num");
  }
  return false;
}

/** "치즈김밥 한 줄은 그냥 주세요": 그냥 said right after the item (and its count), before anything else. */
export function saidPlain(atoms: Atom[], item: Content, nextContent: Content | undefined): boolean {
  const from = atoms.indexOf(item);
  const to = nextContent ? atoms.indexOf(nextContent) : atoms.length;
  return atoms.slice(from + 1, to < 0 ? atoms.length : to).some((x) => x.kind === "kw" && /^그냥요?$/.test(x.text.trim()));
}

/**
 * "수정과 세 잔으로 해 주세요" where 잔 is also a choice ("한 잔", the cup): the count's counter,
 * read as that choice, carries the 로 that makes the count a target, as "세 잔으로" does elsewhere.
 */
export function counterSaidAsTarget(atoms: Atom[], num: Atom): boolean {
  const next = atoms[atoms.indexOf(num) + 1];
  if (next?.kind !== "menu" || !next.flags.dir || next.start > num.end + 1 || next.refs.some((r) => r.kind === "item")) return false;
  return KO_COUNTERS.includes(next.text.trim().replace(/으?로$/, ""));
}
