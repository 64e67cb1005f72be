// "small esquites no cotija, uh actually yes cotija, just no mayo", "a burger no onions, actually
// yes onions": a refusal, then a correction word ("actually", "no wait", "아 아니다") and the thing
// refused said again, not refused. The second saying takes the refusal back: the thing stays as
// the item comes, so the refusal and the words that take it back are read as taken back, and
// the thing said again adds nothing (a word that also names an extra count, "cotija" of "Extra
// cotija", is not one more of it; nor "코티하 넣어 주세요", put back in). Said with a word of more,
// "actually extra cotija", only the refusal is taken back: the extra stands. The mirror of taken-back-by-refusal.ts. (The blind
// round 58 had kept "no cotija" and added an extra cotija, alone.)
import type { MenuModel } from "../../../../shared/menu/model.ts";
import { ADD_WORDS } from "./language.ts";
import { keyOf, keyWithoutParticle, withoutRemovalWord, wordsOf } from "./name-forms.ts";
import type { Atom } from "./scan.ts";
import { isCorrection, isOption, namesOf, thingKeys } from "./taken-back-by-refusal.ts";

const refuses = (a: Atom | undefined) => a?.kind === "kw" && a.keywords.some((k) => k === "no" || k === "refuse" || k === "without" || k === "remove");
const little = (a: Atom | undefined) => (a?.kind === "sep" && a.why === "punct") || (a?.kind === "kw" && a.keywords.length > 0 && a.keywords.every((k) => k === "filler" || k === "the" || k === "yes"));

/** The keys of what a refusal ending right before `c` leaves off, and where the refusal starts. */
function refusalBefore(atoms: readonly Atom[], c: number, menu: MenuModel): { at: number; keys: Set<string> } | undefined {
  let p = c - 1;
  while (p >= 0 && little(atoms[p])) p--;
  // ("코티하 빼 주세요 아 아니다 …": the thing, then the word that takes it off.)
  if (refuses(atoms[p]) && isOption(atoms[p - 1])) return { at: p - 1, keys: thingKeys(atoms[p - 1] as Atom & { kind: "menu" }, menu) };
  const r = atoms[p];
  if (!isOption(r)) return undefined;
  // A removal choice said ("no cotija", "오이 빼기"): the thing its names leave off.
  const left = namesOf(r, menu).flatMap((n) => (withoutRemovalWord(n) !== n.trim() ? [keyOf(withoutRemovalWord(n))] : [])).filter(Boolean);
  if (r.refs.every((x) => x.kind === "choice") && left.length) return { at: p, keys: new Set(left) };
  // "no onions" where the menu has no removal choice.
  if (refuses(atoms[p - 1]) || r.flags.negated) return { at: refuses(atoms[p - 1]) ? p - 1 : p, keys: thingKeys(r, menu) };
  return undefined;
}

/** The keys of the thing said again: its words with their particle too ("식초는" after "식초 빼고"). */
const againKeys = (a: Atom & { kind: "menu" }, menu: MenuModel): Set<string> => new Set([...thingKeys(a, menu), keyWithoutParticle(a.text)].filter(Boolean));

/**
 * Whether the correction word at `c` takes back a refusal said right before it by the thing
 * said again right after it ("식초도 빼고, 아니다 식초는 넣어 주세요"): the shape read below, for
 * the pass that would otherwise take such a correction for a pause (wait-then-add.ts).
 */
export function refusalSaidAgainAt(atoms: readonly Atom[], c: number, menu: MenuModel): boolean {
  const refused = refusalBefore(atoms, c, menu);
  if (!refused) return false;
  let i = c + 1;
  while (little(atoms[i])) i++;
  const again = atoms[i];
  if (!isOption(again) || again.flags.negated || refuses(atoms[i - 1]) || refuses(atoms[i + 1])) return false;
  return [...againKeys(again, menu)].some((k) => refused.keys.has(k));
}

export function refusalTakenBack(atoms: Atom[], menu: MenuModel): Atom[] {
  let out = atoms;
  for (let c = 1; c < out.length; c++) {
    if (!isCorrection(out[c])) continue;
    const refused = refusalBefore(out, c, menu);
    if (!refused) continue;
    let i = c + 1;
    while (little(out[i])) i++;
    const again = out[i];
    if (!isOption(again) || again.flags.negated || refuses(out[i - 1]) || refuses(out[i + 1])) continue;
    if (![...againKeys(again, menu)].some((k) => refused.keys.has(k))) continue;
    // ("actually extra cotija": the extra stands, only the refusal is taken back.)
    // ("코티하 넣어 주세요", "add cotija back": put in as it comes; only a word of more adds.)
    const next = out[i + 1];
    // (Korean writes its adding word into the next: "코티하 추가해".)
    const moreWord = (t: string) => ADD_WORDS.some((w) => (/[가-힣]/.test(w) ? t.includes(w) : ` ${wordsOf(t).join(" ")} `.includes(` ${w} `)));
    const putIn = next?.kind === "kw" && next.keywords.every((k) => k === "add" || k === "request");
    const adds = !!(again.flags.extra || again.flags.more) || moreWord(again.text) || (putIn && moreWord(next.text));
    // ("얼음 빼고 아 아니다 얼음 그냥 기본으로요": a group's word heads the choice said after it, read as said.)
    const heading = again.refs.every((r) => r.kind === "group" && menu.groups.get(r.group)?.select !== "count");
    const last = adds || heading ? c : putIn ? i + 1 : i;
    const first = out[refused.at]!;
    const end = out[last]!;
    const taken = { start: first.start, end: end.end, tok0: first.tok0, tok1: end.tok1, text: out.slice(refused.at, last + 1).map((x) => x.text).join(" "), kind: "kw", keywords: ["filler"], flags: {} } as Atom;
    out = [...out.slice(0, refused.at), taken, ...out.slice(last + 1)];
    c = refused.at;
  }
  return out;
}
