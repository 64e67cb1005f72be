// "pork chop plate gravy on the side actually no gravy at all", "a burger with bacon i mean no
// bacon", "베이컨 추가 아 아니다 베이컨 빼 주세요": an option said, then a correction word
// ("actually", "no wait", "I mean", "아 아니다") and a refusal of the thing that option named.
// The refusal takes the option back: the option's words (and the little words and group words
// after it, "on the side") are read with the correction word as taken back, not ordered beside
// the refusal. Where the option that named the refused thing is further back, past other
// things said ("bacon and egg actually no bacon"), what was taken back is not sure: the
// option's word is left unplaced, a guess. (Held-out r40e-012 had kept the extra gravy beside
// "no gravy", answered alone.)
import type { MenuModel } from "../../../../shared/menu/model.ts";
import { withoutAddWords } from "./add-words.ts";
import { keyOf, spokenNames, withoutRemovalWord } from "./name-forms.ts";
import type { Atom } from "./scan.ts";

type MenuAtom = Extract<Atom, { kind: "menu" }>;

export const isCorrection = (a: Atom | undefined) => a?.kind === "kw" && a.keywords.some((k) => k === "correction" || k === "soft-correction");
const refuses = (a: Atom | undefined) => a?.kind === "kw" && a.keywords.some((k) => k === "no" || k === "refuse" || k === "without");
const removes = (a: Atom | undefined) => a?.kind === "kw" && a.keywords.some((k) => k === "remove" || k === "without");
const punct = (a: Atom | undefined) => a?.kind === "sep" && a.why === "punct";
/** An option's word: choices or groups, no item. */
export const isOption = (a: Atom | undefined): a is MenuAtom => a?.kind === "menu" && !a.fuzzy && a.refs.length > 0 && a.refs.every((r) => r.kind === "choice" || r.kind === "group");

/** A word that names a group or a category only ("side" of "on the side"): it picks nothing. */
const groupWord = (a: Atom) => a.kind === "menu" && !a.fuzzy && a.refs.length > 0 && a.refs.every((r) => r.kind === "group" || r.kind === "category") && a.refs.some((r) => r.kind === "group");

/** The names the menu gives what the word refers to. */
export function namesOf(a: MenuAtom, menu: MenuModel): string[] {
  return a.refs.flatMap((r) => {
    const g = r.kind === "choice" || r.kind === "group" ? menu.groups.get(r.group) : undefined;
    return spokenNames(r.kind === "group" ? g : r.kind === "choice" ? g?.choices?.find((c) => c.id === r.choice) : undefined, true);
  });
}

/** The keys of the thing a word names: its words, less adding words, and the names of what it refers to. */
export function thingKeys(a: MenuAtom, menu: MenuModel): Set<string> {
  return new Set([a.text, withoutAddWords(a.text), ...namesOf(a, menu).flatMap((n) => [n, withoutAddWords(n)])].map(keyOf).filter(Boolean));
}

/** What the words right after a correction word refuse (the keys of the thing), or undefined. */
function refusedAfter(atoms: readonly Atom[], c: number, menu: MenuModel): Set<string> | undefined {
  let i = c + 1;
  let negated = false;
  while (punct(atoms[i]) || (atoms[i]?.kind === "kw" && (refuses(atoms[i]) || (atoms[i] as Atom & { kind: "kw" }).keywords.every((k) => k === "filler" || k === "the")))) {
    if (refuses(atoms[i])) negated = true;
    i++;
  }
  const r = atoms[i];
  if (!isOption(r)) return undefined;
  // A removal choice said ("no gravy", "hold the gravy", "그레이비 빼기"): the thing its names leave off.
  const removal = r.refs.every((x) => x.kind === "choice") && namesOf(r, menu).some((n) => withoutRemovalWord(n) !== n.trim());
  if (removal) return new Set(namesOf(r, menu).flatMap((n) => (withoutRemovalWord(n) !== n.trim() ? [keyOf(withoutRemovalWord(n))] : [])).filter(Boolean));
  // "no gravy" where the menu has no removal choice; "베이컨 빼 주세요".
  if (negated || r.flags.negated || removes(atoms[i + 1])) return thingKeys(r, menu);
  return undefined;
}

export function optionTakenBackByRefusal(atoms: Atom[], menu: MenuModel, unplaced: Atom[]): Atom[] {
  let out = atoms;
  for (let c = 1; c < out.length; c++) {
    if (!isCorrection(out[c])) continue;
    const refused = refusedAfter(out, c, menu);
    if (!refused?.size) continue;
    const names = (a: Atom | undefined) => isOption(a) && [...thingKeys(a, menu)].some((k) => refused.has(k));
    // Back from the correction word over little words and group words ("on the side").
    let p = c - 1;
    while (p >= 0 && !names(out[p]) && (out[p]!.kind === "kw" || punct(out[p]) || groupWord(out[p]!))) p--;
    if (p >= 0 && names(out[p]) && !out.slice(p + 1, c).some((a) => a.kind === "kw" && (a.keywords.includes("no") || a.keywords.includes("refuse")))) {
      const first = out[p]!;
      const last = out[c]!;
      const taken = { start: first.start, end: last.end, tok0: first.tok0, tok1: last.tok1, text: out.slice(p, c + 1).map((x) => x.text).join(" "), kind: "kw", keywords: ["filler"], flags: {} } as Atom;
      out = [...out.slice(0, p), taken, ...out.slice(c + 1)];
      c = p;
      continue;
    }
    // Said further back, past other things: which option the refusal takes back is a guess.
    const earlier = out.slice(0, c).find((a) => names(a) && !unplaced.includes(a));
    if (earlier) unplaced.push(earlier);
  }
  return out;
}
