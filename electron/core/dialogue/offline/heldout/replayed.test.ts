// "Confident" has to mean the whole utterance was accounted for. Replays every held-out
// case with one word the engine cannot know put into one of its turns, at a position
// fixed by a seeded draw ("a large vegan pepperoni", "아이스 유기농 아메리카노"): the
// offline engine must never answer such a case alone. It may still guess at it offline;
// hybrid must hand it to the model. Another replay puts hesitations anywhere (um, uh,
// 음, 어) and checks the engine neither breaks nor changes its answer.
import { describe, expect, it } from "vitest";
import type { Case } from "../../../../cli/cases.ts";
import { evaluate } from "../../../../cli/eval.ts";
import { knownFailures, loadSet, SETS } from "./test-sets.ts";

/** Words no menu here names and the engine's language tables do not hold. */
const UNKNOWN = {
  en: ["vegan", "purple", "organic", "frozen", "grandmas", "famous", "broken", "tomorrow"],
  ko: ["비건", "보라색", "유기농", "냉동", "할머니", "유명한", "고장난", "내일"],
};
const HESITATIONS = { en: ["um", "uh", "uh,"], ko: ["음", "어", "음,"] };

/** A small seeded generator (mulberry32), so each run replays the same variants. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function withWord(c: Case, word: (rnd: () => number) => string, rnd: () => number): Case {
  const ti = Math.floor(rnd() * c.turns.length);
  const words = c.turns[ti]!.split(" ");
  const at = Math.floor(rnd() * (words.length + 1));
  const turns = c.turns.map((t, i) => (i === ti ? [...words.slice(0, at), word(rnd), ...words.slice(at)].join(" ") : t));
  return { ...c, turns };
}

const langOf = (set: string): "en" | "ko" => (set.startsWith("ko") ? "ko" : "en");
const pick = <T>(xs: readonly T[], rnd: () => number): T => xs[Math.floor(rnd() * xs.length)]!;

describe.each(SETS)("held-out set %s, replayed", (set) => {
  const { menu, cases, menuText } = loadSet(set);
  const lang = langOf(set);

  it("with a word the engine cannot know: never answered alone", async () => {
    const words = UNKNOWN[lang].filter((w) => !menuText.toLowerCase().includes(w));
    expect(words.length).toBeGreaterThan(2);
    const rnd = seeded(7);
    const variants = cases.map((c) => withWord(c, (r) => pick(words, r), rnd));
    const s = await evaluate(menu, variants, "hybrid", true);
    expect(s.hybrid!.casesAlone).toBe(0);
  });

  it("with hesitations anywhere: the same answers as without them", async () => {
    const rnd = seeded(11);
    // (The case's own language: a Korean store's English customer hesitates with "um".)
    const hesitations = (c: Case) => HESITATIONS[c.lang === "en" || c.lang === "ko" ? c.lang : lang];
    const variants = cases.map((c) => withWord(withWord(c, (r) => pick(hesitations(c), r), rnd), (r) => pick(hesitations(c), r), rnd));
    const s = await evaluate(menu, variants, "offline", false);
    expect(s.failures.map((f) => f.id).filter((id) => !knownFailures[set]!.includes(id))).toEqual([]);
  });
});
