// A read-back check, from the words alone: a Korean word that adds ("추가요", "추가해 주세요")
// said right after a request that goes on or a comma, closing the phrase before it ("… 두 번 해 주시고
// 면도 추가요"), with no menu word, number or unknown word named before it in its phrase nor
// after it: what was to be added was said in words the engine read as nothing. Blind round
// 77: "면도" (the 면 추가 said with 도) was read as endings alone and the extra noodles lost,
// answered alone. Whichever word was lost so, a word of adding that names nothing is a guess.
// The same where a whole word right before a word that adds or asks for more ("면도 더 주세요",
// "면도 넣어 주세요") was read as nothing at all: no atom holds it.
import type { Atom } from "./scan.ts";
import type { TurnResult } from "./turn-draft.ts";

const content = (a: Atom | undefined) => a?.kind === "menu" || a?.kind === "num" || a?.kind === "unknown";
const filler = (a: Atom | undefined) => a?.kind === "kw" && a.keywords.length > 0 && a.keywords.every((k) => k === "filler");
/** A request that goes on ("해 주시고"), or a comma: the phrase before is closed, the sentence goes on. (Not "?": "추가되나요? 그럼 추가해 주세요" adds what was asked about.) */
const closes = (a: Atom | undefined) => (a?.kind === "sep" && a.why === "punct" && a.mark === ",") || (a?.kind === "kw" && a.keywords.includes("request") && /고$/.test(a.text.trim()));
const hangul = (a: Atom) => /^[\uac00-\ud7a3]/.test(a.text.trim());
/** "추가", "더", "넣어": a Korean word that adds or asks for more. */
const adds = (a: Atom) => a.kind === "kw" && hangul(a) && (a.keywords.includes("add") || a.keywords.includes("more"));

/** Each entry: a Korean word of adding with nothing named for it. */
export function addedNothingNamed(d: TurnResult): string[] {
  const atoms = d.utterance.atoms;
  const out: string[] = [];
  atoms.forEach((a, i) => {
    if (!adds(a)) return;
    let n = i + 1;
    while (n < atoms.length && !(atoms[n]!.kind === "sep") && !content(atoms[n])) n++;
    if (content(atoms[n])) return;
    // A whole word right before it that no atom holds, after a request, a filler or a comma (not
    // after a thing named: its count may have gone into it, "우동사리 하나 떡사리 하나 넣어 주세요").
    const prev = atoms[i - 1];
    if (prev && (prev.kind === "kw" || prev.kind === "sep") && prev.tok1 < a.tok0 - 1 && atoms.slice(0, i).some(content)) {
      out.push(`the word before "${a.text}" was read as nothing`);
      return;
    }
    if (a.kind !== "kw" || !/^추가/.test(a.text.trim()) || !a.keywords.includes("add")) return;
    let p = i - 1;
    while (p >= 0 && filler(atoms[p])) p--;
    // (Only where something was said before: "추가요" opening a turn asks what to add.)
    if (p < 0 || !closes(atoms[p]) || !atoms.slice(0, p).some(content)) return;
    out.push(`"${a.text}" adds nothing named`);
  });
  return out;
}
