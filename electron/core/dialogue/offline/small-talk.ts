// English small talk whose words are also the menu's: "it's so warm out" (warm = hot),
// "a mocha for my skinny friend", "a skinny guy like me needs a mocha" (skinny = skim),
// "to be frank, a chili dog" (frank = a hot dog). Said of the weather or of a person, or
// an idiom opening the sentence, the word orders nothing; it is read as a filler so the
// parse never sees it. (The third English red team's probes had each made so, alone.)
// "a classic mac for my little one" (little one = small), "I'm vegetarian, two milk teas"
// (vegetarian = the veggie filling): an option's word as whom the thing is for, or as what
// the speaker is, closing what is said (the twelfth English red team).
import type { Atom } from "./scan.ts";
import { asFiller } from "./atom-forms.ts";
import { INTENSIFIER, PEOPLE, SPEAKER_IS, WEATHER_AFTER, WEATHER_SUBJECT, WHOSE } from "./talk-words.ts";


const word = (a: Atom | undefined) => (a && a.kind !== "menu" ? a.text.trim().toLowerCase() : "");
/** Options only: an item's name said so ("a hot dog guy") is left to the parse. */
const optionWord = (a: Atom | undefined) => a?.kind === "menu" && a.refs.length > 0 && a.refs.every((r) => r.kind === "choice");

export function smallTalk(atoms: Atom[]): Atom[] {
  return atoms.map((a, i) => {
    if (a.kind !== "menu") return a;
    const next = atoms[i + 1];
    // "my skinny friend", "a skinny guy like me": an option's word describing a person.
    if (optionWord(a) && next && next.kind !== "menu" && PEOPLE.test(word(next))) return asFiller(a);
    // "it's so warm out": an option's word of the weather.
    if (optionWord(a) && WEATHER_AFTER.test(word(next)) && weatherSubjectBefore(atoms, i)) return asFiller(a);
    // "to be frank, ...", "to be honest": an idiom that opens the sentence, never an order
    // ("I want it to be iced" has something before "to").
    const prev = atoms[i - 1];
    const opens = i === 2 || atoms[i - 3]?.kind === "sep";
    if (opens && word(atoms[i - 2]) === "to" && word(prev) === "be" && a.tok0 === a.tok1) return asFiller(a);
    // "for my little one": an option's words that end what is said, after "for my".
    const closes = !next || next.kind === "sep";
    if (optionWord(a) && closes && WHOSE.test(word(prev)) && word(atoms[i - 2]) === "for") return asFiller(a);
    // "I'm vegetarian, …": an option's word said of the speaker, at the start.
    if (optionWord(a) && closes && SPEAKER_IS.test(word(prev)) && (i === 1 || atoms[i - 2]?.kind === "sep")) return asFiller(a);
    return a;
  });
}

/** "it's (so) warm": the subject right before, past intensifiers. */
function weatherSubjectBefore(atoms: Atom[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && INTENSIFIER.test(atoms[k]!.text.trim())) k--;
  return k >= 0 && atoms[k]!.kind !== "menu" && WEATHER_SUBJECT.test(word(atoms[k]));
}
