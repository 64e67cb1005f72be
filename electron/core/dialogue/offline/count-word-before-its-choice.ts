// A read-back check: a counted add-on made one more from its word alone, said just before a
// choice of the same line. "칠라킬레스 하나 계란은 스크램블로요", "an omelette plate, eggs scrambled": the
// word for the eggs names the counted "Extra eggs" too, and read so it added an egg beside the
// scrambled eggs asked for, answered alone (blind round 64; round 63's "nasi goreng shrimp, egg
// scrambled" did it through a choice word whose words name the counted group). A thing's word
// said with no number and no adding word, followed by how it is made, is the subject of that
// choice as likely as one more of it. The check reads the cart, not the step: a counted group
// the turn raised on a line, a word naming that group said bare, and after it, with only
// fillers, a comma or a few small words between ("eggs, um, scrambled", "egg please well done",
// "계란은 그냥 스크램블로요"), a choice the line now holds: the engine's guess.
import { saysCountName } from "./extra-of-choice.ts";
import { optionHas } from "./line-changes.ts";
import type { Atom } from "./scan.ts";
import { type TurnResult, linesReached } from "./turn-draft.ts";

/** How many small words (fillers, "please", "i want it") may stand between the word and its choice. */
const BETWEEN = 4;

export function countWordBeforeItsChoice(d: TurnResult): string[] {
  const atoms = d.utterance.atoms;
  const out: string[] = [];
  for (const l of linesReached(d)) {
    const had = d.before.lines.find((b) => b.id === l.id);
    for (const g of d.menu.itemGroups(l.item)) {
      if (g.select !== "count") continue;
      const was = had ? had.options[g.id] : (g.default ?? 0);
      const now = l.options[g.id];
      if (typeof now !== "number" || typeof was !== "number" || now <= was) continue;
      atoms.forEach((word, i) => {
        // (Nor the add-on's own name, "chicken malai roll double filling medium": said so, it is ordered.)
        if (word.kind !== "menu" || !word.refs.some((r) => r.kind === "group" && r.group === g.id) || saysMore(atoms, i, d.utterance.lang) || saysCountName(d.menu, g.id, word.text)) return;
        const next = choiceAfter(atoms, i);
        // (Its count said after the choice: "살사 매운 거로 두 개 추가해 주세요", two of the hot salsa.)
        if (!next || countOrAddAfter(atoms, atoms.indexOf(next)) || !next.refs.every((r) => r.kind === "choice" && d.menu.itemGroup(l.item, r.group)?.select === "one")) return;
        if (next.refs.some((r) => r.kind === "choice" && optionHas(l.options[r.group], r.choice))) out.push(`"${word.text}" made one more of ${g.id}, said with no number just before "${next.text}"`);
      });
    }
  }
  return out;
}

/** The first menu word after the i-th, past a few small words; none past a number or too many. */
function choiceAfter(atoms: readonly Atom[], i: number): (Atom & { kind: "menu" }) | undefined {
  for (let j = i + 1; j <= i + 1 + BETWEEN && j < atoms.length; j++) {
    const a = atoms[j]!;
    if (a.kind === "menu") return a.refs.length ? a : undefined;
    if (a.kind === "num" && !a.article) return undefined;
  }
  return undefined;
}

/** A number or an adding word right after the choice. */
function countOrAddAfter(atoms: readonly Atom[], j: number): boolean {
  const b = atoms[j + 1];
  return (b?.kind === "num" && !b.article) || (b?.kind === "kw" && (b.keywords.includes("add") || b.keywords.includes("more")));
}

/**
 * The word says more: its number (before it in English, after it in Korean), an adding word
 * beside it or on it, "extra", 더, or a name that adds ("two eggs", "계란 두 개", "add egg", "계란 추가").
 */
function saysMore(atoms: readonly Atom[], i: number, lang: string | undefined): boolean {
  const a = atoms[i] as Atom & { kind: "menu" };
  const count = lang === "en" ? atoms[i - 1] : atoms[i + 1];
  const adds = (b: Atom | undefined) => b?.kind === "kw" && (b.keywords.includes("add") || b.keywords.includes("more"));
  if ((count?.kind === "num" && !count.article) || adds(atoms[i - 1]) || adds(atoms[i + 1])) return true;
  return !!(a.flags.added || a.flags.extra || a.flags.more) || a.refs.some((r) => r.kind === "group" && (r.add || r.times !== undefined));
}
