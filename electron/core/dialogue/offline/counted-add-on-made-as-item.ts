// A read-back check: an item made from words that, less a count said with them, name a counted
// add-on ("Extra shrimp", also "add shrimp": "shrimp") of a line named before it this turn, an
// add-on that line was not given more of, where a word that adds is said beside them. Held-out r69d-010, "ten don no mushrooms, add two
// shrimp", made a Shrimp Tempura (its alias "two shrimp") beside the bowl, alone. The add-on or
// the thing sold alone? Whatever step read it so, it is a guess. (add-on-said-as-item.ts asks
// the same of an add-on that is a choice, said with no count.) In a later turn that names nothing
// before it, the line in hand stands for the line named before: "사골 떡국 하나요" → "만두 두 개
// 추가해 주세요" (sealed r94d-030) made two 만두 of their own, alone.
import { countedAddOnsByWords } from "./counted-add-on-said.ts";
import { keyOf } from "./name-forms.ts";
import { KO_COUNTERS, leadingNumber } from "./numbers.ts";
import { type TurnResult, linesReached } from "./turn-draft.ts";
import { itemsMadeInOrder } from "./word-order.ts";
import type { Atom } from "./scan.ts";

const COUNTER = new RegExp(`^(?:${KO_COUNTERS.join("|")})(?:이요|요)?$`);

/** A word that adds said within two words before the thing at `start`, or within two after it (Korean "두 개 추가"). */
function addedNear(atoms: readonly Atom[], start: number): boolean {
  const at = atoms.findIndex((a) => a.start === start);
  const adds = (a: Atom | undefined) => (a?.kind === "kw" && (a.keywords.includes("add") || a.keywords.includes("more"))) || (a?.kind === "menu" || a?.kind === "num" ? a.flags.added === true : false);
  return at >= 0 && [at - 2, at - 1, at, at + 1, at + 2].some((k) => adds(atoms[k]));
}

export function countedAddOnMadeAsItem(d: TurnResult): string[] {
  const inHand = d.before.lines.at(-1);
  const stillThere = inHand && d.state.lines.find((l) => l.id === inHand.id);
  const reached = [...linesReached(d), ...(stillThere && !linesReached(d).includes(stillThere) ? [stillThere] : [])];
  const out: string[] = [];
  for (const { unit: x, start, namedBefore } of itemsMadeInOrder(d)) {
    const named = [...namedBefore].filter(Boolean);
    const before = named.length || !stillThere ? namedBefore : new Set([stillThere.item]);
    // (Said with a word that adds, "add two shrimp", "새우튀김 두 개 추가": "a falafel wrap and 6
    // falafel balls" orders the side.)
    if (!addedNear(d.utterance.atoms, start)) continue;
    // ("two shrimp", "새우튀김 2개요": the words less the count said with them.)
    const words = x.text.trim().split(/\s+/).filter((w) => leadingNumber(w) === undefined && !COUNTER.test(w));
    const said = keyOf(words.length ? words.join(" ") : x.text);
    for (const l of reached) {
      if (!before.has(l.item)) continue;
      const g = countedAddOnsByWords(d.menu, l.item).get(said);
      if (!g) continue;
      const was = d.before.lines.find((b) => b.id === l.id)?.options[g] ?? d.menu.groups.get(g)?.default;
      if (typeof l.options[g] === "number" && l.options[g] > (typeof was === "number" ? was : 0)) continue;
      out.push(`"${x.text}": a ${x.item}, or more of the ${l.item}'s ${g}?`);
    }
  }
  return out;
}
