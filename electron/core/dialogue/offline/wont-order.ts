// "아 그냥 됐어요 안 시킬게요" a turn after "미꾸라지 튀김 소자 하나 주세요": "I won't order it",
// a negated verb of ordering with nothing named. After "anything else?" it may also be
// "nothing more" ("아니요 안 시킬게요"), so with lines in the cart it is a guess either way; the
// best reading takes the line in hand back where 그냥 ("never mind") says the customer changed
// their mind, and is "that's all" otherwise ("그거면 됐어요" is not this shape: nothing refused).
// "더 안 시킬게요", "no more", is "that's all": the 더 says more of nothing.
import type { Atom } from "./scan.ts";

/** "안 시킬게요", "안 먹을게요", "안 마실 거예요": a negated verb of ordering, eating or drinking. */
const WONT_ORDER = /^안\s?(?:시킬|먹을|마실)\s?(?:게요|께요|게|께|거예요|거에요)$/;
/** Words that say "more" before it ("더 안 시킬게요", "이제 더는 안 시킬게요"). */
const NO_MORE = /^(?:더|더는|더이상|더 이상)$/;
/** "그냥": never mind, said of what was just asked for. */
const NEVER_MIND = /^그냥요?$/;

const isKw = (a: Atom | undefined, w: string): a is Atom & { kind: "kw" } => a?.kind === "kw" && a.keywords.includes(w as never);

/**
 * The atoms with a negated verb of ordering read: "그냥 … 안 시킬게요" as "그거 취소" (the line
 * in hand taken back; its "no" words no longer "that's all"), "더 안 시킬게요" with the 더 as
 * a filler. `guess` when the turn could be either.
 */
export function wontOrderRead(atoms: Atom[], linesInHand: boolean): { atoms: Atom[]; guess?: string } {
  const at = atoms.findIndex((a) => isKw(a, "no") && WONT_ORDER.test(a.text.trim()));
  if (at < 0 || atoms.some((a) => a.kind === "menu" || a.kind === "num" || a.kind === "unknown")) return { atoms };
  const prev = atoms[at - 1];
  if (prev?.kind === "kw" && prev.keywords.includes("more") && NO_MORE.test(prev.text.trim())) {
    return { atoms: atoms.map((a) => (a === prev ? { ...a, keywords: ["filler"] } : a)) };
  }
  if (!linesInHand) return { atoms };
  const guess = `"${atoms[at]!.text}": the thing just ordered taken back, or nothing more?`;
  if (!atoms.some((a) => a.kind === "kw" && NEVER_MIND.test(a.text.trim()))) return { atoms, guess };
  return {
    atoms: atoms.map((a, i) => (i === at ? { ...a, keywords: ["cancel", "pronoun"] } : isKw(a, "no") ? { ...a, keywords: ["filler"] } : a)),
    guess,
  };
}
