// "아까 오이 빼 달라고 했는데 그냥 넣어 주세요": a refusal reported as asked for before (빼
// 달라고 했는데, "I asked to leave it out, but") and then a verb that puts the thing in is
// taken back: what is wanted now is what comes after 는데. The refusal word is read as a
// filler, so the thing is kept (keep-default.ts), never left out. The reported words stay
// unknown: what was asked before is the customer's memory, not this cart's, so the turn
// is not answered alone.
import type { Atom } from "./scan.ts";

/** Verbs that put a thing in or on (keep-default.ts reads the same). */
const PUT_IN = /^(?:넣|올려|올리|얹)/;
const isRefusal = (a: Atom) => a.kind === "kw" && a.keywords.some((k) => k === "remove" || k === "without" || k === "refuse");

export function reportedRefusalTakenBack(atoms: Atom[]): Atom[] {
  return atoms.map((a, i) => {
    if (!isRefusal(a) || !/^달라/.test(atoms[i + 1]?.text.trim() ?? "")) return a;
    const but = atoms.findIndex((x, k) => k > i + 1 && k <= i + 4 && /는데요?$/.test(x.text.trim()));
    if (but < 0 || !atoms.slice(but + 1).some((x) => x.kind === "kw" && x.keywords.includes("add") && PUT_IN.test(x.text.trim()))) return a;
    return { start: a.start, end: a.end, tok0: a.tok0, tok1: a.tok1, text: a.text, kind: "kw", keywords: ["filler"], flags: {} };
  });
}
