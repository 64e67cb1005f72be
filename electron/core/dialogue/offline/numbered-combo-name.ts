// "the 3 taco combo with horchata", "the 2 coney meal", "the three quesabirria combo": a combo
// (any item) called by how many things are in it. The number is part of its name, not how many combos,
// where the combo's description says that many of a thing the words name ("3 quesabirria
// tacos", "Two cheese coneys") and the name is said in the singular. After "the" / "a" a
// cashier is sure; with no article it is the likeliest reading, a guess (the number is left
// unplaced). "2 coney meals" (the plural) stays two meals.
import type { MenuModel } from "../../../../shared/menu/model.ts";
import { spokenNames, wordsOf } from "./name-forms.ts";
import type { Atom } from "./scan.ts";

const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twelve: 12 };

/** The things the description counts: "3 quesabirria tacos, …" → 3 with [quesabirria, tacos]. */
export function countedInDescription(menu: MenuModel, item: string): Array<{ n: number; words: string[] }> {
  const text = menu.item(item)?.description?.en ?? "";
  const out: Array<{ n: number; words: string[] }> = [];
  for (const part of text.toLowerCase().split(/[,.;]|\band\b|\bwith\b|\+/)) {
    const ws = wordsOf(part);
    const n = /^\d+$/.test(ws[0] ?? "") ? Number(ws[0]) : NUMBER_WORDS[ws[0] ?? ""];
    if (n !== undefined && n > 1 && ws.length > 1) out.push({ n, words: ws.slice(1) });
  }
  return out;
}

/** A word said of the thing counted: "taco" of "tacos", "coney" of "coneys". */
const sameWord = (said: string, w: string) => said.length >= 3 && (w === said || w === `${said}s` || w === `${said}es`);

export function numberedComboName(atoms: Atom[], menu: MenuModel, unplaced: Atom[]): Atom[] {
  const drop = new Set<number>();
  const out = [...atoms];
  atoms.forEach((num, i) => {
    const a = atoms[i + 1];
    if (num.kind !== "num" || num.article || a?.kind !== "menu") return;
    const items = a.refs.flatMap((r) => (r.kind === "item" ? [r.item] : []));
    if (items.length !== 1) return;
    const item = items[0]!;
    // Said in the singular, as the menu names it.
    // (The raw words: keys read a plural as its singular.)
    const raw = (t: string) => t.toLowerCase().replace(/^(an?|the)\s+/, "").replace(/[^\p{L}\p{N}]+/gu, " ").trim();
    if (!spokenNames(menu.item(item), true).some((n) => raw(n) === raw(a.text))) return;
    const words = wordsOf(a.text);
    if (!countedInDescription(menu, item).some((c) => c.n === num.value && c.words.some((w) => words.some((s) => sameWord(s, w))))) return;
    const before = atoms[i - 1];
    const article = before && ((before.kind === "kw" && before.keywords.includes("the")) || (before.kind === "num" && before.article));
    if (!article) unplaced.push(num);
    out[i + 1] = { ...a, start: num.start, tok0: num.tok0, text: `${num.text} ${a.text}` };
    drop.add(i);
  });
  return out.filter((_, i) => !drop.has(i));
}
