// "아이스 라떼 하나" then "같은 거 하나 더 근데 두유로" / "같은 걸로 하나 더 주시고 그건 휘핑
// 빼 주세요": the options said after "one more of the same" are the new one's, not the
// first one's too. Said after 근데 ("but") or of 그건 ("that one"), that is plain; said
// with nothing between ("하나 더 주세요 두유로"), it may still be meant of both: a guess.
import type { Mod } from "./utterance.ts";
import type { TurnDraft } from "./turn-draft.ts";
import type { Bare } from "./utterance.ts";

export interface CopyChanges {
  mods: Mod[];
  unsure: boolean;
  text: string;
}

const BUT = /^(?:근데|그런데|근데요|그런데요|대신|대신에)$/;

/** Undefined unless the bare phrase is "one more (of the same)" and options alone follow it in the turn; those are marked absorbed. */
export function changesOfTheCopy(d: TurnDraft, b: Bare): CopyChanges | undefined {
  const u = d.utterance;
  if (u.lang !== "ko" || b.mods.length || b.parts.length || b.both || !(b.kws.has("same") || b.kws.has("more"))) return undefined;
  if (u.units.some((x) => !x.asked)) return undefined;
  const later = u.bare.filter((x) => !x.asked && x.clause > b.clause);
  if (!later.length || !later.every((x) => x.mods.length && x.qty === undefined && !x.parts.length && !x.both && !x.corrects && !x.kws.has("all") && !x.kws.has("more") && !x.kws.has("same"))) return undefined;
  const mods = later.flatMap((x) => x.mods);
  const first = Math.min(...mods.map((m) => m.at ?? Infinity));
  const anchor = Math.max(...u.atoms.filter((a) => a.kind === "kw" && a.start < first && (a.keywords.includes("same") || a.keywords.includes("more"))).map((a) => a.start));
  const between = u.atoms.filter((a) => a.start > anchor && a.start < first);
  const plain = between.some((a) => (a.kind === "sep" && BUT.test(a.text.trim())) || (a.kind === "kw" && a.keywords.includes("pronoun")));
  for (const x of later) x.absorbed = true;
  return { mods, unsure: !plain, text: mods.map((m) => m.text).join(" ") };
}
