// The kiosk answered a question about a thing ("do you have like a combo with beer?", "츄러스
// 선데 그거 뭐 들어가요?", "2인 세트에 뭐 들어가요?") and the next turn orders it by pointing back,
// with more said of it in the same breath: "ok one of those with the garlic chicken", "i'll do
// that with the seaweed salad and a ramune" (round 80), "그럼 그거
// 하나 초코 아이스크림으로 주세요", "그걸로 하나 주세요 짬뽕은 4단계로요". A cashier hears the thing
// asked about named there ("one chicken set with the garlic chicken"); the engine had read "one
// of those" as the count of the next name, and made a garlic chicken sold alone (held-out
// r53a-020, r55a-016, r51c-020). So the pointing word is read as the thing asked about (with
// the choices the question named, "with beer"), in its place, and the words after it are read
// as they would be after its name: its parts, its choices, or things of their own.
// Said alone ("그거 하나 주세요", "one of those please") the offer is taken as before (offers.ts);
// said with a refusal after it ("그거 말고 …") or with the thing named again, it is left alone.
import type { Atom } from "./scan.ts";
import type { ParseContext } from "./utterance.ts";
import { POINTING_KO, POINTING_THAT_EN } from "./talk-words.ts";

/** Keywords right after the pointing word that say it is not taken: "그거 말고", "that instead". */
const NOT_TAKEN = new Set(["instead", "refuse", "remove", "cancel", "no", "without", "correction", "change"]);

const isFiller = (a: Atom | undefined) => a?.kind === "kw" && a.keywords.length > 0 && a.keywords.every((k) => k === "filler" || k === "yes" || k === "request" || k === "the");

/** Where the pointing word stands, and how many atoms it (with its count) takes; undefined where the turn does not open with one. */
function pointingAt(atoms: readonly Atom[], en: boolean): { at: number; count?: number } | undefined {
  let at = 0;
  // ("that" is also read as a filler: it stops the walk.)
  const that = (a: Atom | undefined) => en && a?.kind === "kw" && a.keywords.includes("pronoun") && POINTING_THAT_EN.test(a.text.trim());
  // ("ok cool, i'll do that …": a comma between the fillers.)
  const comma = (a: Atom | undefined) => en && a?.kind === "sep" && a.why === "punct";
  while ((isFiller(atoms[at]) || comma(atoms[at])) && !that(atoms[at])) at++;
  const a = atoms[at];
  if (!a) return undefined;
  // "one of those", "two of them": the count said of the thing pointed at.
  if (en && a.kind === "num") return a.flags.among && !a.article ? { at, count: at } : undefined;
  // "i'll do that with the seaweed salad and a ramune": "that" right after the request.
  if (en) {
    const asked = at > 0 && atoms[at - 1]?.kind === "kw" && (atoms[at - 1] as Atom & { kind: "kw" }).keywords.includes("request");
    return asked && that(a) ? { at } : undefined;
  }
  // "그거 하나", "그걸로 하나 주세요", "그거 두 개요".
  if (a.kind !== "kw" || !a.keywords.includes("pronoun") || !POINTING_KO.test(a.text.trim())) return undefined;
  const next = atoms[at + 1];
  return next?.kind === "num" && !next.flags.among ? { at, count: at + 1 } : { at };
}

export function offerPointedAt(atoms: Atom[], ctx: ParseContext, en: boolean): Atom[] {
  const offered = ctx.offered;
  if (!offered || !ctx.menu.item(offered.item)) return atoms;
  const p = pointingAt(atoms, en);
  if (!p) return atoms;
  const after = (p.count ?? p.at) + 1;
  const rest = atoms.slice(after);
  // (Nothing more said of it: offers.ts takes the offer. Not taken, or named again: as it was.)
  if (!rest.some((a) => a.kind === "menu")) return atoms;
  const next = rest.find((a) => !isFiller(a));
  if (next?.kind === "kw" && next.keywords.some((k) => NOT_TAKEN.has(k))) return atoms;
  if (rest.some((a) => a.kind === "menu" && a.refs.some((r) => r.kind === "item" && r.item === offered.item))) return atoms;
  const word = atoms[p.at]!;
  const named: Atom = {
    kind: "menu",
    start: word.start,
    end: word.end,
    tok0: word.tok0,
    tok1: word.tok1,
    // (English: the count's word is its own; the name stands for the "of those" said with it.)
    text: en && p.count !== undefined ? "of those" : word.text,
    refs: [{ kind: "item", item: offered.item, partial: false, ...(Object.keys(offered.options).length ? { preset: { ...offered.options } } : {}) }],
    fuzzy: false,
    partial: false,
    flags: {},
  };
  if (en && p.count !== undefined) {
    // The count stays before the name ("one" of "one of those"), no longer pointing among lines.
    const n = word as Atom & { kind: "num" };
    return [...atoms.slice(0, p.at), { ...n, flags: { ...n.flags, among: false } }, named, ...rest];
  }
  return [...atoms.slice(0, p.at), named, ...atoms.slice(p.at + 1)];
}
