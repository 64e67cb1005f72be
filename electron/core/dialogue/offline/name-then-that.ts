// "아까 스팸마요 그거 취소하고 참치마요로 주세요": a Korean name said and then pointed at again with
// 그거 / 그것 ("the 스팸마요, that one, cancel it") before the word that takes it out. The pointing
// word stands for the name just said, so the cancel is said of that name; read otherwise the
// cancel named nothing and the name was one more ordered (held-out round 97, r97a-012).
import type { Atom } from "./scan.ts";
import { POINTING_KO } from "./talk-words.ts";

/** Whether the atom at `j` is 그거 / 그것 right after an item's name, which it points at again. */
export function thatAfterItsName(atoms: readonly Atom[], j: number): boolean {
  const a = atoms[j];
  const name = atoms[j - 1];
  if (a?.kind !== "kw" || !a.keywords.includes("pronoun") || !POINTING_KO.test(a.text.trim())) return false;
  return name?.kind === "menu" && !name.partial && name.refs.some((r) => r.kind === "item");
}
