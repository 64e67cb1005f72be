// "닭갈비 2인분 하나도 안 맵게 해 주세요": 하나도 (or 한 개도, 하나두) before a negated word
// means "not at all" ("not even one bit spicy"), not a count of one.
import type { Atom } from "./atom-kinds.ts";

/** A negated word: "안 맵게", "안맵게", "못 먹어요", "맵지 않게", "없이". */
const NEGATED = [/^(?:안|못)(?:\s|$)/, /^(?:안|못)[가-힣]*(?:게|고|아|어)(?:요)?$/, /않|없/];

/**
 * How many atoms from `i` (the number, its counter, the 도) read as "at all", or 0. Only the
 * number one, with 도 glued to it, right before a negated word.
 */
export function notAtAllSpan(atoms: ReadonlyArray<Atom & { counter?: string; particle?: string }>, i: number): number {
  const a = atoms[i];
  if (a?.kind !== "num" || a.value !== 1) return 0;
  let j = i + 1;
  if (atoms[j]?.kind === "kw" && atoms[j]!.counter) j++;
  const also = atoms[j];
  if (also?.kind !== "kw" || also.particle !== "also" || also.start !== atoms[j - 1]!.end) return 0;
  const neg = atoms[j + 1];
  if (!neg || neg.kind === "sep" || neg.kind === "num") return 0;
  return NEGATED.some((re) => re.test(neg.text.trim())) ? j + 1 - i : 0;
}
