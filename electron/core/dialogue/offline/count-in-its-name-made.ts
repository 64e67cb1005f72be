// A read-back check: a line made as many as a number the item's own name holds ("Afternoon Tea
// Set (for two)", "애프터눈 티 세트 (2인)", "Nuggets (6 pc)"), where that number was said after the
// item's words and never before them ("afternoon tea for two please" made two sets: held-out
// r72d-029, alone). The count, or the name said whole? Whatever step read it so, it is a guess.
// (Korean counts come after the name: there only a number said with no counter or as people,
// "2인", "두 명", is read so; "애프터눈 세트 두 개" counts sets.)
import type { MenuModel } from "../../../../shared/menu/model.ts";
import { peopleInItsName } from "./count-in-its-name.ts";
import { spokenNames, wordsOf } from "./name-forms.ts";
import { englishNumberWords } from "./numbers.ts";
import { type TurnResult, linesMade } from "./turn-draft.ts";

const cache = new WeakMap<MenuModel, Map<string, Set<number>>>();

/** Every number the item's names hold: digits, English number words, the people it is for. */
function numbersInItsNames(menu: MenuModel, item: string): Set<number> {
  let byItem = cache.get(menu);
  if (!byItem) cache.set(menu, (byItem = new Map()));
  let out = byItem.get(item);
  if (!out) {
    out = new Set(peopleInItsName(menu, item));
    const words = new Map(englishNumberWords().filter((w) => w.n > 1 && !w.text.includes(" ")).map((w) => [w.text, w.n]));
    for (const n of spokenNames(menu.item(item))) {
      for (const m of n.matchAll(/\d{1,3}/g)) out.add(Number(m[0]));
      for (const w of wordsOf(n)) if (words.has(w)) out.add(words.get(w)!);
    }
    byItem.set(item, out);
  }
  return out;
}

const PEOPLE = /^(?:인|인용|명|인분)$/;

export function countInItsNameMade(d: TurnResult): string[] {
  const made = linesMade(d).filter((l) => l.qty >= 2 && !d.before.lines.some((b) => b.id === l.id));
  if (!made.length) return [];
  const u = d.utterance;
  const out: string[] = [];
  for (const l of made) {
    if (!numbersInItsNames(d.menu, l.item).has(l.qty)) continue;
    const at = u.atoms.findIndex((a) => a.kind === "menu" && a.refs.some((r) => r.kind === "item" && r.item === l.item));
    if (at < 0) continue;
    const nums = u.atoms.flatMap((a, i) => (a.kind === "num" && !a.article && a.value === l.qty ? [{ a, i }] : []));
    if (!nums.length || nums.some((x) => x.i < at)) continue;
    const asName = nums.every(({ a, i }) => {
      if (u.lang !== "ko") return true;
      const unit = (a.unit ?? "").replace(/\s/g, "");
      return !unit || PEOPLE.test(unit) || (u.atoms[i + 1]?.kind === "unknown" && PEOPLE.test(u.atoms[i + 1]!.text.trim()));
    });
    if (asName) out.push(`${l.qty} ${l.item}: so many, or the ${l.qty} its name holds?`);
  }
  return out;
}
