// "링도넛 두 개랑 팥도넛 하나 아니다 팥도넛도 두 개요", "콜라 하나 아 콜라도 두 개요": after a
// correction word (or the "아" of a thing remembered), "X도 N개" of an X ordered earlier in the
// same breath sets its count: 도 says "X too, N" (like the other thing's count), not N more.
// Read with 도 as "also" (wait-then-add.ts) the correction became a filler and N more were
// added. Here 도 is dropped from that name and the "아" becomes the correction it is, so the
// count said replaces the one before (parse.ts gives it to the unit of that item). Not where
// an adding word follows ("떡볶이도 하나 더", "김밥도 하나 추가"): that is more.
import type { Atom } from "./atoms.ts";

/** "아": the sound of a thing remembered, read as a correction before such a count. */
const REMEMBERED = /^아$/;

const items = (a: Atom | undefined): string[] => (a?.kind === "menu" && !a.fuzzy ? a.refs.flatMap((r) => (r.kind === "item" ? [r.item] : [])) : []);

/** Whether atoms from `at` on say a count (and no adding word) before the next "and" or sentence end. */
function countNext(atoms: readonly Atom[], at: number): boolean {
  let counted = false;
  for (const a of atoms.slice(at)) {
    if (a.kind === "sep") break;
    if (a.kind === "kw" && a.keywords.some((k) => k === "add" || k === "more" || k === "correction")) return false;
    if ("flags" in a && (a.flags.added || a.flags.more)) return false;
    if (a.kind === "menu") return false;
    if (a.kind === "num" && !a.article && !a.times) counted = true;
  }
  return counted;
}

export function countSaidAlso(atoms: Atom[]): Atom[] {
  let out = atoms;
  atoms.forEach((a, i) => {
    const said = items(a);
    const before = atoms[i - 1];
    if (a.kind !== "menu" || !a.flags.also || !said.length || before?.kind !== "kw") return;
    const correction = before.keywords.includes("correction");
    const remembered = before.keywords.every((k) => k === "filler") && REMEMBERED.test(before.text.trim());
    if (!correction && !remembered) return;
    // The same item ordered with a count earlier in the turn, before the word.
    const earlier = atoms.slice(0, i - 1).some((x, k) => items(x).some((it) => said.includes(it)) && atoms[k + 1]?.kind === "num");
    if (!earlier || !countNext(atoms, i + 1)) return;
    if (out === atoms) out = [...atoms];
    out[i] = { ...a, flags: { ...a.flags, also: false } };
    if (remembered) out[i - 1] = { ...before, keywords: ["correction"] };
  });
  return out;
}
