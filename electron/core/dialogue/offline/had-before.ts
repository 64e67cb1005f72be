// English words about what was had before, said beside today's order: "I had the cubana last
// time, today the milanesa", "last time I got the buffalo, this time the classic with bacon",
// "my friend got the ahogada, I want the cubana". Only today's order is rung up; read as
// items, the one had before was rung up too (the twelfth English red team, answered alone).
// The shape: a stretch between commas with a verb of having in the past (had, got, ordered)
// before an item, and a word of the past ("last", "yesterday", "before"): sure. Said of
// someone else ("my friend got …") with no such word, the best reading is the same and a guess
// (the friend's may be ordered now). Only where the rest of the turn names an item and
// nothing says it again ("the same again", "that again").
// Korean says it so too: "지난번에 크림 먹었는데 이번엔 팥 찹쌀도넛으로 두 개 주세요" (the eleventh Korean red
// team; the cream filling had been made). What is named between a word of a time before
// (지난번, 저번, 어제) and a past verb closed by 는데 was had then: a word nobody knows now, so the
// turn stays a guess (as the past verb kept it) and the best reading orders only what follows.
import type { Atom } from "./atoms.ts";
import { itemsOf } from "./atom-forms.ts";
import { punctSegments, talkedAbout, wordOf } from "./talk-segments.ts";
import { HAD_BEFORE, OTHERS, PEOPLE, WHOSE } from "./talk-words.ts";

const { had: HAD, before: BEFORE, nowOrAgain: NOW_OR_AGAIN, again: AGAIN, beforeKo: BEFORE_KO, hadKo: HAD_KO } = HAD_BEFORE;

export function hadBefore(atoms: Atom[]): Atom[] {
  const talk: Array<{ at: number[]; sure: boolean }> = [];
  for (const [from, to] of punctSegments(atoms)) {
    const words = atoms.slice(from, to).map(wordOf);
    const verb = words.findIndex((w, k) => HAD.test(w) && atoms[from + k]!.kind !== "menu");
    if (verb < 0 || !atoms.slice(from + verb + 1, to).some((a) => itemsOf(a).length)) continue;
    if (words.some((w) => NOW_OR_AGAIN.test(w))) continue;
    const past = words.some((w) => BEFORE.test(w));
    const subject = words[verb - 1] ?? "";
    const someoneElse = OTHERS.test(subject) || (PEOPLE.test(subject) && WHOSE.test(words[verb - 2] ?? ""));
    if (!past && !someoneElse) continue;
    // (A word nobody knows right beside a name in it, "the souvenir grandmas cup", stays not
    // understood: it may say which thing, and the thing may be today's order after all.)
    // (Not the words of the talk itself: "the grilled cheese yesterday".)
    const besideAName = (k: number) => atoms[k]!.kind === "unknown" && !BEFORE.test(wordOf(atoms[k]!)) && !HAD.test(wordOf(atoms[k]!)) && (atoms[k - 1]?.kind === "menu" || atoms[k + 1]?.kind === "menu");
    const at: number[] = [];
    for (let k = from; k < to; k++) if (!besideAName(k)) at.push(k);
    talk.push({ at, sure: past });
  }
  if (!talk.length) return atoms;
  const inTalk = new Set(talk.flatMap((t) => t.at));
  const rest = atoms.filter((a, i) => !inTalk.has(i));
  if (!rest.some((a) => itemsOf(a).length) || rest.some((a) => AGAIN.test(wordOf(a)))) return atoms;
  return talkedAbout(atoms, inTalk, talk.every((t) => t.sure));
}

export function hadBeforeKo(atoms: Atom[]): Atom[] {
  const from = atoms.findIndex((a) => (a.kind === "kw" || a.kind === "unknown") && BEFORE_KO.test(a.text.trim()));
  if (from < 0) return atoms;
  const to = atoms.findIndex((a, i) => i > from && a.kind !== "menu" && HAD_KO.test(a.text.trim()));
  if (to < 0 || !atoms.slice(to + 1).some((a) => a.kind === "menu")) return atoms;
  const at = new Set<number>();
  for (let k = from + 1; k < to; k++) if (atoms[k]!.kind === "menu" || atoms[k]!.kind === "num") at.add(k);
  return at.size ? talkedAbout(atoms, at, false) : atoms;
}
