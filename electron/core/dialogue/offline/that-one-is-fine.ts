// Korean "식혜도 하나요" → "아 그건 됐어요" / "그거는 됐고요": 됐어요 said of "that" (그건, 그거는)
// takes that back, as "그건 취소할게요" does; alone, "됐어요" answers "anything else?" with no
// (a ninth Korean red team found it kept the 식혜 and read the order back, answered alone).
import type { Atom } from "./scan.ts";

const FINE = /^됐(?:어요|어|고요|고|구요|습니다)$/;

export function thatOneIsFine(atoms: Atom[]): Atom[] {
  return atoms.map((a, i) => {
    const before = atoms[i - 1];
    if (a.kind !== "kw" || !a.keywords.includes("no") || !FINE.test(a.text.trim())) return a;
    // ("이거면 됐어요": that is all, said with 면.)
    if (before?.kind !== "kw" || !before.keywords.includes("pronoun") || /면$/.test(before.text.trim())) return a;
    return { ...a, keywords: ["cancel"] };
  });
}
