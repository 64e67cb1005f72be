// A level said with "not" ("not hot", "not too spicy", "not that sweet", "not very spicy")
// or pushed to its end ("as spicy as possible", "spicy as you can make it"). "not X" never
// asks for X: it asks for less. Where the menu names the level meant ("less spicy", "light
// sweet" as a choice's alias for "not too X"; "not spicy", "no X" for "not X"), or where only
// one level lies below X, that level is sure. Otherwise the group's order gives the likeliest
// (one step below for "not too X", the lowest for "not X"), a guess: the words are left
// unplaced. Which end of the group is "less" is read from its end choices' names ("No
// sugar", "Mild" at one end, "Extra hot" at the other); where neither says, the group is no
// level and "not X" is left to the refusal.
import type { MenuModel } from "../../../../shared/menu/model.ts";
import type { MenuRef } from "./lexicon.ts";
import { spokenNames } from "./name-forms.ts";
import type { Atom } from "./scan.ts";

type MenuAtom = Atom & { kind: "menu" };

const HEDGES = new Set(["too", "that", "very", "so", "overly", "super", "really"]);
const LOW_WORDS = new Set(["no", "none", "without", "non", "not", "zero", "light", "lite", "less", "little", "low", "mild", "easy", "plain"]);
const HIGH_WORDS = new Set(["extra", "very", "super", "double", "heavy", "more", "max", "maximum"]);

const word = (a: Atom | undefined) => (a && a.kind !== "menu" ? a.text.toLowerCase().trim() : "");
const low = (s: string) => s.toLowerCase().trim();

interface Level {
  group: string;
  choice: string;
  /** The words said for it, lower case, without a hedge ("spicy" of "very spicy"). */
  said: string;
  hedged: boolean;
}

function namesOf(menu: MenuModel, group: string, choice: string): string[] {
  return spokenNames(menu.groups.get(group)?.choices?.find((x) => x.id === choice), true).map(low);
}

/** The one pick-one group and choice a menu word names (derived readings aside). */
function levelOf(menu: MenuModel, a: Atom | undefined): Level | undefined {
  if (a?.kind !== "menu") return undefined;
  const refs = a.refs.filter((r) => r.kind === "choice" && !("derived" in r && r.derived));
  const r = refs[0];
  // (One choice found by its name and by an alias that spells it too, "Spicy" / "spicy", is one.)
  const one = r?.kind === "choice" && refs.every((x) => x.kind === "choice" && x.group === r.group && x.choice === r.choice);
  if (!one || r?.kind !== "choice" || a.refs.some((x) => x.kind !== "choice")) return undefined;
  const g = menu.groups.get(r.group);
  if (!g || g.select !== "one" || (g.choices?.length ?? 0) < 3) return undefined;
  const text = low(a.text);
  // "very spicy" read as the top level: with "not" before it, "very" is the hedge.
  const [first, ...rest] = text.split(/\s+/);
  if (first && HEDGES.has(first) && rest.length) {
    const bare = rest.join(" ");
    const base = (g.choices ?? []).find((c) => namesOf(menu, r.group, c.id).includes(bare));
    if (base) return { group: r.group, choice: base.id, said: bare, hedged: true };
  }
  return { group: r.group, choice: r.choice, said: text, hedged: false };
}

/** +1 where the group's choices go from less to more, -1 the other way, 0 where their names do not say. */
function direction(menu: MenuModel, group: string): number {
  const cs = menu.groups.get(group)?.choices ?? [];
  const firstWord = (id: string) => low(menu.groups.get(group)?.choices?.find((c) => c.id === id)?.name.en ?? "").split(/\s+/)[0] ?? "";
  const a = firstWord(cs[0]!.id);
  const z = firstWord(cs[cs.length - 1]!.id);
  const up = LOW_WORDS.has(a) || HIGH_WORDS.has(z);
  const down = LOW_WORDS.has(z) || HIGH_WORDS.has(a);
  return up === down ? 0 : up ? 1 : -1;
}

/** The level meant by "not (too) X": the choice and whether it is sure. */
function lessThan(menu: MenuModel, lv: Level, hedged: boolean): { choice: string; sure: boolean } | undefined {
  const cs = (menu.groups.get(lv.group)?.choices ?? []).map((c) => c.id);
  const forms = hedged ? ["less", "light", "a little", "not too", "not very", "not so"] : ["not", "no", "non", "without"];
  // (Any name of X: "not too hot" is "less spicy" where "spicy" names the same level.)
  const xs = new Set([lv.said, ...namesOf(menu, lv.group, lv.choice)]);
  const named = cs.filter((c) => c !== lv.choice && namesOf(menu, lv.group, c).some((n) => forms.some((f) => [...xs].some((x) => n === `${f} ${x}`))));
  if (named.length === 1) return { choice: named[0]!, sure: true };
  const dir = direction(menu, lv.group);
  const at = cs.indexOf(lv.choice);
  // (A group whose order says nothing of less or more, "not thin crust", is no level: the
  // refusal reads it as before.)
  const below = dir > 0 ? cs.slice(0, at).reverse() : dir < 0 ? cs.slice(at + 1) : [];
  if (!below.length) return undefined;
  return { choice: hedged ? below[0]! : below[below.length - 1]!, sure: below.length === 1 };
}

/** The top of the group, where its order says which end that is. */
function mostOf(menu: MenuModel, lv: Level): string | undefined {
  const cs = (menu.groups.get(lv.group)?.choices ?? []).map((c) => c.id);
  const dir = direction(menu, lv.group);
  return dir > 0 ? cs[cs.length - 1] : dir < 0 ? cs[0] : undefined;
}

/** The bottom of the group, where its order says which end that is. */
function leastOf(menu: MenuModel, lv: Level): string | undefined {
  const cs = (menu.groups.get(lv.group)?.choices ?? []).map((c) => c.id);
  const dir = direction(menu, lv.group);
  const least = dir > 0 ? cs[0] : dir < 0 ? cs[cs.length - 1] : undefined;
  return least === lv.choice ? undefined : least;
}

/** "as possible", "as you can (make it)", "as it gets", "as they come" after atoms[i]: their indexes. */
function asFarAsAfter(atoms: Atom[], i: number): number[] | undefined {
  if (word(atoms[i + 1]) !== "as") return undefined;
  const tails = [["possible"], ["you", "can", "make", "it"], ["you", "can"], ["it", "gets"], ["they", "come"], ["you", "can", "go"]];
  const words: string[] = [];
  const idx: number[] = [];
  for (let j = i + 2; j < atoms.length && j < i + 7 && atoms[j]!.kind !== "sep" && atoms[j]!.kind !== "menu"; j++) {
    words.push(...word(atoms[j]).split(/\s+/));
    idx.push(j);
    if (tails.some((t) => t.join(" ") === words.join(" "))) return [i + 1, ...idx];
  }
  return undefined;
}

export function hedgedLevels(atoms: Atom[], menu: MenuModel, unplaced: Atom[]): Atom[] {
  const out = [...atoms];
  const drop = new Set<number>();
  for (let i = 0; i < atoms.length; i++) {
    const lv = levelOf(menu, atoms[i]);
    if (!lv || drop.has(i)) continue;
    // ("hot, not medium", "not mild, medium": the level is said; "not" only sets the other aside.)
    if (atoms.some((a, k) => k !== i && a.kind === "menu" && a.refs.some((r) => r.kind === "choice" && r.group === lv.group && !("derived" in r && r.derived)))) continue;
    let words: number[] = [];
    let target: { choice: string; sure: boolean } | undefined;
    // "not too spicy", "not that sweet" ("not that" is one word), "not hot", "not very spicy".
    let j = i - 1;
    let hedged = lv.hedged;
    if (HEDGES.has(word(atoms[j]))) {
      hedged = true;
      j--;
    }
    let w = word(atoms[j]);
    // "nothing too spicy", "don't make it too spicy": the same "not", said another way.
    if (w === "nothing") w = "not";
    else if (w === "make it" && ["dont", "don't", "do not"].includes(word(atoms[j - 1]))) {
      j--;
      w = "not";
    }
    if (w === "not" || w === "not that") {
      hedged = hedged || w === "not that";
      words = Array.from({ length: i - j }, (_, n) => j + n);
      target = lessThan(menu, lv, hedged);
      // "not sweet at all": the least there is, sure.
      const atAll = !hedged && word(atoms[i + 1]) === "at" && word(atoms[i + 2]) === "all";
      const least = atAll ? leastOf(menu, lv) : undefined;
      if (least) {
        words.push(i + 1, i + 2);
        target = { choice: least, sure: true };
      }
    } else {
      // "as spicy as possible", "spicy as you can make it".
      const after = asFarAsAfter(atoms, i);
      const top = after && !lv.hedged ? mostOf(menu, lv) : undefined;
      if (after && top) {
        words = [...(word(atoms[i - 1]) === "as" ? [i - 1] : []), ...after];
        target = { choice: top, sure: true };
      }
    }
    if (!target) continue;
    const first = atoms[Math.min(i, ...words)]!;
    const last = atoms[Math.max(i, ...words)]!;
    const ref: MenuRef = { kind: "choice", group: lv.group, choice: target.choice, name: false };
    out[i] = { ...(atoms[i] as MenuAtom), start: first.start, tok0: first.tok0, end: last.end, tok1: last.tok1, refs: [ref] };
    if (!target.sure) unplaced.push(...words.map((k) => atoms[k]!));
    for (const k of words) drop.add(k);
  }
  return out.filter((_, i) => !drop.has(i));
}
