// "짜파게티 두 개 하나는 계란 넣어 주시고 하나는 계란 빼고요": a request verb (주시고) closes the
// clause after the first "하나는 …", so the second "하나는 …" came as a clause of its own and was
// read of the whole line (the egg cleared from both, held-out r110c-028). A Korean clause that
// opens with a count said as the topic and names no item, right after a line counted in parts with
// room left, is that line's next part.
import type { Atom } from "./atoms.ts";
import type { Bare, Unit } from "./utterance.ts";

export function partAfterARequest(atoms: readonly Atom[], b: Bare, prev: Unit | undefined): boolean {
  const first = atoms.find((a) => a.kind !== "sep" && !(a.kind === "kw" && a.keywords.every((k) => k === "filler")));
  if (!prev || prev.qty === undefined || !prev.parts.length || b.qty === undefined || b.parts.length || !b.mods.length) return false;
  if (first?.kind !== "num" || !first.flags.topic || first.flags.among || b.kws.has("cancel") || b.kws.has("more")) return false;
  return prev.parts.reduce((n, p) => n + p.qty, 0) + b.qty <= prev.qty;
}
