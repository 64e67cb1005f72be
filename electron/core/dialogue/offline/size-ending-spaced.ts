// "탕수육 중 자 하나 부먹으로", "대 자 찍먹 하나요": a one-syllable size (소 / 중 / 대) said with its
// ending 자 as a word of its own. The glued "중자" is a name of the choice (name-forms.ts
// koreanSizeForms); spaced, the ending is a word nobody knows right after the choice, and is
// read into it here (a phrase "소 짜" would start "소 짜장"). Blind round 72.
import type { Atom } from "./scan.ts";
import { KO_SIZE_ENDINGS } from "./language.ts";

const ENDING = new RegExp(`^(?:${KO_SIZE_ENDINGS.join("|")})(?:로|요|이요|는|도|만)?$`);

/** The atoms with a one-syllable choice and the size ending after it read as one word, the choice. */
export function sizeEndingSpaced(atoms: Atom[]): Atom[] {
  const out: Atom[] = [];
  for (let i = 0; i < atoms.length; i++) {
    const a = atoms[i]!;
    const next = atoms[i + 1];
    if (a.kind === "menu" && !a.fuzzy && /^[\uac00-\ud7a3]$/.test(a.text.trim()) && a.refs.length > 0 && a.refs.every((r) => r.kind === "choice") && next?.kind === "unknown" && ENDING.test(next.text.trim())) {
      out.push({ ...a, end: next.end, tok1: next.tok1, text: `${a.text.trim()} ${next.text.trim()}`, flags: { ...a.flags, ...next.flags } });
      i++;
      continue;
    }
    out.push(a);
  }
  return out;
}
