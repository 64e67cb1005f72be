// A read-back check: a change asked for ("그거 컵으로 바꿔 주세요", "switch it to a cup") with
// lines in hand, and the turn only made new lines, every line in hand left as it was. "콘 하나
// 한 맛 초코요" → "아 그거 컵으로 바꿔 주세요" made a cup beside the cone (held-out round 59, first
// run: the menu wrote the cup's alias "컵으로", so the 로 saying what the line becomes was lost;
// read now by particle-aliases.ts). Whatever step read it, a change that changed nothing in hand
// and made something new is a guess: into it, or one more beside?
import { type TurnResult, linesMade } from "./turn-draft.ts";

/**
 * English words of the change keyword that also order or count ("can you make me a latte", "go
 * with", "make that a combo", "actually make that two"): only "change", "switch", "swap" are asked,
 * and "make it", "make that" pointing at what is in hand: "six piece lumpia shanghai" → "make it a
 * lumpia plate" made the plate beside the lumpia, alone (the family of held-out r122a-029).
 */
const ORDERING = /^(?:(?:can|could) you )?(?:make|made|go with|update)\b(?! (?:it|that|this|them|those)\b)/i;

export function changedIntoMadeBeside(d: TurnResult): string[] {
  if (!d.before.lines.length || !linesMade(d).length) return [];
  const u = d.utterance;
  if (!u.orderKws.has("change") || u.orderKws.has("more") || u.orderKws.has("add")) return [];
  // (Not "make that two": a count, of what the turn made.)
  const changeSaid = u.atoms.some((a, i) => a.kind === "kw" && a.keywords.includes("change") && !ORDERING.test(a.text.trim()) && !(/^make\b/i.test(a.text.trim()) && u.atoms[i + 1]?.kind === "num" && !(u.atoms[i + 1] as { article?: boolean }).article));
  if (!changeSaid) return [];
  const after = new Map(d.state.lines.map((l) => [l.id, JSON.stringify([l.qty, l.options])]));
  const untouched = d.before.lines.every((l) => after.get(l.id) === JSON.stringify([l.qty, l.options]));
  return untouched ? ["a change was asked, nothing in hand changed, and a new line was made"] : [];
}
