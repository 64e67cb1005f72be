// A read-back check: "just the X" that took lines away in a turn that said a count. "막걸리 두
// 병" → "아 막걸리 한 병만요" where the menu also calls it "막걸리 한 병" read the count as part of the
// name, and 만 as "just the 막걸리": the 도리뱅뱅이 went and the two bottles stayed, answered alone
// (blind round 60). "X만" keeps X and drops the rest only when nothing else is said of X; a
// count said with it ("한 병만": one in all) is more likely the line's new count. Whatever step
// read it, lines gone after 만 / "just" / "only" with a count said are the engine's guess.
import { KO_COUNTERS, englishNumberWords, koreanNumberWords } from "./numbers.ts";
import type { TurnResult } from "./turn-draft.ts";

const KO_ONE_WORDS = koreanNumberWords().map((w) => w.text).filter((w) => !w.includes(" "));
const EN_UNITS = englishNumberWords().map((w) => w.text).filter((w) => !w.includes(" ") && w !== "a" && w !== "an");
/** A number said inside a name: a Korean number word and a counter ("막걸리 한 병"), an English number ("one bottle of soju"). */
const COUNT_INSIDE = new RegExp(`(?:^|\\s)(?:(?:${KO_ONE_WORDS.join("|")}|[0-9]+)\\s?(?:${KO_COUNTERS.join("|")})|(?:${EN_UNITS.join("|")})\\b)`, "i");

export function onlyWithACount(d: TurnResult): string[] {
  const u = d.utterance;
  if (!u.units.some((x) => x.only && !x.asked) && !u.bare.some((b) => b.only && !b.asked)) return [];
  // ("cancel everything, just one coke": the words took the lines away.)
  if (u.kws.has("cancel-all") || u.kws.has("cancel")) return [];
  // (Not the lines a word took out: "소시지는 빼 주세요 베이컨만 두 개로".)
  const refused = new Set(u.units.flatMap((x) => (x.remove && x.item ? [x.item] : [])));
  const gone = d.before.lines.filter((l) => !d.state.lines.some((x) => x.id === l.id) && !refused.has(l.item));
  if (!gone.length) return [];
  const counted = u.atoms.some((a) => (a.kind === "num" && !a.article) || (a.kind === "menu" && COUNT_INSIDE.test(a.text)));
  return counted ? [`lines taken away after "just"/만 in a turn that said a count: ${gone.map((l) => l.item).join(", ")}`] : [];
}
