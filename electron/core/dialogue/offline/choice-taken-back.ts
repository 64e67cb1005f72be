// "해물죽 특으로 아 그냥 보통으로 주세요", "순대국 하나 맵게 아 아니에요 보통으로요", "참치죽
// 짭짤하게요 아 아니에요 보통으로요": a choice, then words that take it back (아니에요, 아 그냥,
// 아니), then a word of the same option group — or a plain word, 보통/기본, where that group
// has a default — is the choice said again, in place of the first. A menu may also spell
// "보통으로" as a choice of other groups (the rice's size, the porridge's texture); said right
// after taking a choice back, it is about the group taken back, not one more group. (The
// seventh red team's turns kept the first choice, answered alone.)
import type { MenuModel } from "../../../../shared/menu/model.ts";
import { PLAIN_WORDS } from "./language.ts";
import type { MenuRef } from "./lexicon.ts";
import type { Atom } from "./scan.ts";

/** Korean words that take back what was just said (아니 is a correction word of its own). */
const NO = /^(?:아니에요|아니요|아뇨|아니오)$/;
const INTERJECTION = /^(?:아|어|앗|아차|아참|에이)$/;
const ENDING = /(?:으로요|로요|으로|로|이요|요|이에요|예요)$/;

export function choiceTakenBack(atoms: Atom[], menu: MenuModel): Atom[] {
  const out = [...atoms];
  for (let p = 0; p < out.length; p++) {
    const taken = oneGroupChoices(out[p]);
    if (!taken.length) continue;
    // The words between: little words only, one of them taking back.
    let w = p + 1;
    let back = false;
    while (w < out.length && between(out[w]!, out[w - 1])) {
      if (takesBack(out[w]!, out[w - 1])) back = true;
      w++;
    }
    if (!back || w === p + 1) continue;
    let said = out[w];
    let end = w;
    // "싱겁게요 아 그냥 간 보통으로요": the group's own word, then the word for its choice.
    if (said?.kind === "menu" && said.refs.length && said.refs.every((r) => r.kind === "group" && taken.includes(r.group)) && out[w + 1]?.kind === "menu") {
      const next = out[w + 1] as Atom & { kind: "menu" };
      said = { ...next, start: said.start, tok0: said.tok0, text: `${said.text} ${next.text}` };
      end = w + 1;
    }
    if (said?.kind !== "menu") continue;
    const refs = againOf(said, taken, menu);
    if (!refs) continue;
    const first = out[p + 1]!;
    const last = out[w - 1]!;
    const correction = { start: first.start, end: last.end, tok0: first.tok0, tok1: last.tok1, text: out.slice(p + 1, w).map((x) => x.text).join(" "), kind: "kw", keywords: ["correction"], flags: {} } as Atom;
    out.splice(p + 1, end - p, correction, { ...said, refs });
  }
  return out;
}

/** The groups a word names choices of, where it names nothing else ("특으로": the size). */
function oneGroupChoices(a: Atom | undefined): string[] {
  if (a?.kind !== "menu" || a.fuzzy || !a.refs.length || !a.refs.every((r) => r.kind === "choice")) return [];
  return [...new Set(a.refs.map((r) => (r.kind === "choice" ? r.group : "")))];
}

/** A little word that may stand between a choice and the one said again. */
function between(a: Atom, before: Atom | undefined): boolean {
  // ("맵게 해 주세요 아 아니에요 보통으로요": the request said right after the choice.)
  if (a.kind === "kw") return a.keywords.length > 0 && (a.keywords.every((k) => k === "filler" || k === "no" || k === "correction") || (before?.kind === "menu" && a.keywords.every((k) => k === "request")));
  // ("아 그냥" where the menu also spells a plain size "그냥".)
  return a.kind === "menu" && takesBack(a, before);
}

function takesBack(a: Atom, before: Atom | undefined): boolean {
  if (a.kind === "kw" && (a.keywords.includes("correction") || (a.keywords.includes("no") && NO.test(a.text.trim())))) return true;
  // "아 그냥": 그냥 right after an interjection, not "just" said of the item.
  return a.text.trim() === "그냥" && before?.kind === "kw" && INTERJECTION.test(before.text.trim());
}

const plainWord = (text: string) => PLAIN_WORDS.includes(text.trim().replace(ENDING, ""));

/** What the word says of the group taken back: its own choice there, or (a plain word) the group's default. */
function againOf(said: Atom & { kind: "menu" }, taken: string[], menu: MenuModel): MenuRef[] | undefined {
  if (said.fuzzy || said.refs.some((r) => r.kind === "item")) return undefined;
  const own = said.refs.filter((r) => r.kind === "choice" && taken.includes(r.group));
  if (own.length && new Set(own.map((r) => (r.kind === "choice" ? r.group : ""))).size === 1) return own;
  if (own.length || taken.length !== 1 || !plainWord(said.text.split(/\s+/).pop()!)) return undefined;
  const g = menu.groups.get(taken[0]!);
  if (g?.select !== "one" || typeof g.default !== "string") return undefined;
  return [{ kind: "choice", group: g.id, choice: g.default, name: false }];
}
