// "김치볶음 주먹밥 하나 주시고요 오이는 빼 주세요", "remove the pickles": a taking-off word
// whose object is a word the menu lacks takes that thing off, not the line in hand; the cart
// holds nothing so called, and the unknown word leaves the turn a guess (bare-edits.ts reads it).
// Not "drop the tea" of a jasmine tea: a word of a line's name is that line.
import { keyOf } from "./lexicon.ts";
import { itemKeysOf } from "./option-names.ts";
import { allLines, type TurnDraft } from "./turn-draft.ts";

/** A word nobody knows, no word of a line's name, stands as what a taking-off word takes off: "오이는 빼 주세요", "remove the pickles". */
export function refusesAnUnknownWord(d: TurnDraft): boolean {
  const atoms = d.utterance.atoms;
  const names = allLines(d).flatMap((l) => itemKeysOf(d.menu).get(l.item) ?? []);
  const unknownAt = (j: number) => {
    const x = atoms[j];
    if (x?.kind !== "unknown") return false;
    const word = keyOf(x.text.replace(/(?:은|는|이|가|을|를)$/, ""));
    return !!word && !names.some((n) => n.includes(word));
  };
  return atoms.some((a, i) => {
    if (a.kind !== "kw" || !a.keywords.some((k) => k === "remove" || k === "cancel")) return false;
    if (/[\uac00-\ud7a3]/.test(a.text)) return unknownAt(i - 1);
    let j = i + 1;
    while (atoms[j]?.kind === "kw" && (atoms[j] as { keywords: string[] }).keywords.includes("the")) j++;
    return unknownAt(j);
  });
}
