// "떡볶이 안 매운 걸로": 안 before a choice of a one-choice group, where the menu names
// another choice of that group with 안 and the same word ("안 맵게", "안매운맛" for 순한맛),
// is that other choice, not a refusal of the first (which would leave the default, 보통맛).
// Derived from the menu's own names: the word after 안 must begin as the refused one does
// (맵게/매운: the same first consonant and vowel, as Korean verb forms do).
import type { MenuModel } from "../../../../shared/menu/model.ts";
import type { MenuRef } from "./lexicon.ts";
import type { Atom } from "./scan.ts";

type ChoiceRef = Extract<MenuRef, { kind: "choice" }>;

/** Each choice word said after 안 that the menu's names say with 안 as another choice: that choice. */
export function notChoiceAsItsOpposite(atoms: Atom[], menu: MenuModel): Atom[] {
  return atoms.map((a) => {
    if (a.kind !== "menu" || !a.flags.negated || !a.refs.length || !a.refs.every((r) => r.kind === "choice")) return a;
    const said = onset(a.text.trim());
    if (!said) return a;
    const hits: ChoiceRef[] = [];
    for (const r of a.refs as ChoiceRef[]) {
      const g = menu.groups.get(r.group);
      if (!g || g.select !== "one") continue;
      for (const c of g.choices ?? []) {
        if (c.id === r.choice) continue;
        const names = [c.name.ko, ...(c.aliases?.ko ?? [])].filter((n): n is string => !!n);
        if (names.some((n) => { const m = /^안\s*(.+)$/.exec(n.trim()); return !!m && onset(m[1]!) === said; })) hits.push({ kind: "choice", group: r.group, choice: c.id, name: false });
      }
    }
    if (hits.length !== 1) return a;
    return { ...a, refs: hits, flags: { ...a.flags, negated: false } } as Atom;
  });
}

/** The first syllable's first consonant and vowel ("맵" and "매" → the same), or undefined if not Hangul. */
function onset(text: string): string | undefined {
  const code = text.charCodeAt(0) - 0xac00;
  if (code < 0 || code > 11171) return undefined;
  return String(Math.floor(code / 28));
}
