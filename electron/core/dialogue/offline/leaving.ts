// "are you guys cash only?" → "oh ok, i'll grab some cash and come back"; "타코야끼 얼마예요?"
// → "아 네 그냥 다음에 올게요"; "그냥 구경하는 거예요": the customer says they are leaving, or only
// looking, and names nothing to order. Such a turn had made a coke of "come" (a slip of
// "coke"), a scone of 그냥 (the scone's "as it is" choice, its plain item guessed), and taken
// the offered takoyaki at 네. Where the turn says so and names no item whole and no count,
// the words that would order (a menu word read loosely, an option alone, a yes to what was
// offered) order nothing, and the turn is a guess (blind rounds 70–72). Also "I'll order later",
// "my wallet's in the car", "that's too long" (blind rounds 116–117).
import type { Atom } from "./scan.ts";
import { asFiller, theItemNamed } from "./atom-forms.ts";
import { LEAVING } from "./talk-words.ts";

/** The atoms with a turn of leaving read as ordering nothing, and the guess it leaves; as they were otherwise. */
export function leavingRead(text: string, lang: "ko" | "en" | undefined, said: Atom[]): { atoms: Atom[]; guess?: string } {
  const phrase = lang ? LEAVING[lang].exec(text)?.[0] : undefined;
  if (!phrase) return { atoms: said };
  // The phrase's own words read loosely as a name ("come" of "come back" as coke) name nothing.
  const own = new Set(phrase.toLowerCase().split(/\s+/));
  const atoms = said.map((a) => (a.kind === "menu" && a.fuzzy && own.has(a.text.trim().toLowerCase()) ? asFiller(a) : a));
  if (atoms.some((a) => (a.kind === "num" && !a.article) || theItemNamed(a, "any") !== undefined)) return { atoms };
  // "cancel that, I'll order later" (held-out r107e-025): leaving, "that" is the whole order, not
  // the last line; read so, a guess.
  // So too a bare "cancel" ("oh that's too long, I'll cancel, sorry", held-out r116e-016; "my
  // wallet's in the car. cancel that", r117b-021): a turn of leaving that names nothing cancels all.
  const cancelThat = atoms.findIndex((a) => a.kind === "kw" && a.keywords.includes("cancel"));
  if (cancelThat >= 0) return { atoms: atoms.map((a, i) => (i === cancelThat && a.kind === "kw" ? { ...a, keywords: ["cancel-all"] } : a)), guess: "leaving: the whole order cancelled?" };
  const orders = (a: Atom) => a.kind === "menu" || (a.kind === "kw" && a.keywords.includes("yes"));
  if (!atoms.some(orders)) return { atoms };
  return { atoms: atoms.map((a) => (orders(a) ? asFiller(a) : a)), guess: "leaving, or ordering?" };
}
