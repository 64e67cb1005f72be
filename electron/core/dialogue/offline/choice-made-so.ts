// "맑은 걸로 하고 고수는 빼 주세요": after a choice said with 로 ("make it the clear one"),
// 하고 is the verb (하다, "make it … and"), not "and" joining two things; read as "해
// 주시고", the choice stays with the item the clause is about. (Split there, the choice was
// left in a clause of its own and lost, alone: sealed blind round 24.)
import type { Atom } from "./scan.ts";

const MADE_SO = new Set(["하고", "하구"]);
const SAID_WITH_RO = /(으로|로)$/;

export function choiceMadeSo(atoms: Atom[]): Atom[] {
  return atoms.map((a, i) => {
    const before = atoms[i - 1];
    if (a.kind !== "sep" || a.why !== "conj" || !MADE_SO.has(a.text.trim())) return a;
    if (before?.kind !== "menu" || before.fuzzy || !(SAID_WITH_RO.test(before.text) || before.flags.dir) || !before.refs.some((r) => r.kind === "choice")) return a;
    // A choice also sold alone ("된장찌개로 하고" of a set whose stew is 된장찌개 / 청국장, and the
    // stew on its own) is still a choice made so: which of the two is read later.
    if (!before.refs.every((r) => r.kind === "choice" || r.kind === "item")) return a;
    return { kind: "kw", keywords: ["request"], text: a.text, start: a.start, end: a.end, flags: {} } as Atom;
  });
}
