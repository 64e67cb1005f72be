// A read-back check: a count said and at once taken back, "라면사리 둘 아니 셋", "two no three",
// is not in the cart after the turn. Held-out round 51, first run: "닭볶음탕 대 하나 아주 맵게요
// 라면사리 둘 아니 셋 넣어 주세요" kept the 2 as the 사리 count and read 셋 as three more of the
// dish, answered alone. Whatever step read the two numbers, a line made or changed that holds
// the number taken back (said nowhere else in the turn) is no sure answer.
import type { Atom } from "./scan.ts";
import { type TurnResult, linesReached } from "./turn-draft.ts";

/** "아니", "no", "no wait": the word between a count and the count meant instead. */
const takesBack = (a: Atom | undefined) => a?.kind === "kw" && (a.keywords.includes("correction") || a.keywords.includes("no") || /^(?:아니|아니다|no)$/i.test(a.text.trim()));
const isCount = (a: Atom | undefined): a is Atom & { kind: "num" } => a?.kind === "num" && !a.article && !a.times;

/** The numbers said and then taken back by another number right after. */
function countsTakenBack(atoms: readonly Atom[]): number[] {
  const out: number[] = [];
  for (let i = 0; i + 2 < atoms.length; i++) {
    const [n, k, m] = [atoms[i], atoms[i + 1], atoms[i + 2]];
    if (isCount(n) && takesBack(k) && isCount(m) && m.value !== n.value) out.push(n.value);
  }
  return out;
}

export function countTakenBackKept(d: TurnResult): string[] {
  const back = countsTakenBack(d.utterance.atoms);
  if (!back.length) return [];
  const said = (v: number) => d.utterance.atoms.filter((a) => a.kind === "num" && a.value === v).length;
  const before = new Map(d.before.lines.map((l) => [l.id, l]));
  const holds = (v: number) =>
    linesReached(d).some((l) => {
      const was = before.get(l.id);
      if (!was && l.qty === v) return true;
      return d.menu.itemGroups(l.item).some((g) => g.select === "count" && l.options[g.id] === v && was?.options[g.id] !== v);
    });
  return back.filter((v) => said(v) === 1 && holds(v)).map((v) => `the count ${v} was taken back but is in the cart`);
}
