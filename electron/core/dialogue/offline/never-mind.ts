// "아 그냥 둘 다 취소할게요": 그냥 right after an interjection, before words that take things
// back, is "never mind", said of the order; not the plain choice a menu may also spell "그냥"
// (a rice ball "기본 주먹밥", alias 그냥). A choice said there would name nothing to cancel.
import type { Atom } from "./scan.ts";

const INTERJECTION = /^(?:아|어|앗|아차|아참|에이|음)$/;
const TAKING_BACK = new Set(["cancel", "no", "refuse", "remove", "both", "all", "later"]);

export function neverMindBeforeTakingBack(atoms: Atom[]): Atom[] {
  return atoms.map((a, i) => {
    if (a.kind !== "menu" || a.text.trim() !== "그냥" || !a.refs.length || !a.refs.every((r) => r.kind === "choice")) return a;
    const before = atoms[i - 1];
    if (before?.kind !== "kw" || !INTERJECTION.test(before.text.trim())) return a;
    // Only little words and taking back follow: nothing else was said that the choice could be of.
    const rest = atoms.slice(i + 1);
    if (!rest.length || rest.some((x) => x.kind !== "kw") || !rest.some((x) => x.kind === "kw" && x.keywords.some((k) => TAKING_BACK.has(k)))) return a;
    return { start: a.start, end: a.end, tok0: a.tok0, tok1: a.tok1, text: a.text, kind: "kw", keywords: ["filler"], flags: {} } as Atom;
  });
}
