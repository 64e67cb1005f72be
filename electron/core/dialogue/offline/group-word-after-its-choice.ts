// "텐더 세트 하나 바베큐 소스에 음료는 생맥주로" where the tenders' "소스 선택" (one of) sits beside a
// counted "소스 추가": the group's word said right after a choice whose own group the menu names
// by that word ("바베큐 소스", "bbq sauce") is the choice's kind word, not one more of the other
// group. Said with an adding word ("바베큐 소스 추가", "extra sauce") or a count said added after
// it, it stays that group. (The sealed blind round 85 had added an extra sauce cup alone.) Said
// in one word with the choice ("랜치소스로", read as the choice and the group from the same word),
// the group's word is what follows the choice's name in it.
import type { MenuModel } from "../../../../shared/menu/model.ts";
import { asFiller } from "./atom-forms.ts";
import { wordsOf } from "./name-forms.ts";
import type { Atom } from "./scan.ts";

/** A Korean particle or ending after the word ("소스에", "소스로", "소스는"). */
const TAIL = /(?:으로|에요|이요|에|로|는|은|도|요|를|을|이|가)$/;

function stems(text: string): string[] {
  const ws = wordsOf(text);
  if (ws.length !== 1) return [];
  const w = ws[0]!;
  const bare = w.replace(TAIL, "");
  const singular = w.replace(/(?<=[a-z]{3})s$/, "");
  return [...new Set([w, bare, singular])].filter((x) => x.length >= 2);
}

/** "랜치소스로" read as the choice 랜치 and a group from the one word: the stems of what follows the choice's name. */
function gluedTail(text: string, choiceAtom: Atom & { kind: "menu" }, menu: MenuModel): string[] {
  const word = text.trim().toLowerCase();
  const names = choiceAtom.refs.flatMap((r) => {
    if (r.kind !== "choice") return [];
    const c = menu.groups.get(r.group)?.choices?.find((x) => x.id === r.choice);
    return c ? [...Object.values(c.name), ...Object.values(c.aliases ?? {}).flat()].filter((n): n is string => typeof n === "string") : [];
  });
  const head = names.map((n) => n.replace(/\s+/g, "").toLowerCase()).filter((n) => n && word.startsWith(n) && word.length > n.length).sort((x, y) => y.length - x.length)[0];
  return head ? stems(word.slice(head.length)) : [];
}

export function groupWordAfterItsChoice(atoms: Atom[], menu: MenuModel): Atom[] {
  return atoms.map((a, i) => {
    if (a.kind !== "menu" || a.fuzzy || !a.refs.length || !a.refs.every((r) => r.kind === "group")) return a;
    if (a.flags.added || a.flags.extra || a.flags.more) return a;
    const next = atoms[i + 1];
    if (next?.kind === "num" || (next?.kind === "kw" && next.keywords.some((k) => k === "add" || k === "more"))) return a;
    const before = atoms[i - 1];
    if (before?.kind !== "menu" || before.fuzzy) return a;
    const glued = before.tok0 === a.tok0 && before.text === a.text;
    const said = glued ? gluedTail(a.text, before, menu) : stems(a.text);
    if (!said.length) return a;
    const own = new Set(a.refs.map((r) => (r.kind === "group" ? r.group : "")));
    const heads = before.refs.some((r) => {
      if (r.kind !== "choice" || own.has(r.group)) return false;
      const g = menu.groups.get(r.group);
      if (g?.select !== "one") return false;
      const words = Object.values(g.name).flatMap((n) => wordsOf(n ?? "")).map((w) => w.replace(/(?<=[a-z]{3})s$/, ""));
      return said.some((s) => words.includes(s));
    });
    return heads ? asFiller(a) : a;
  });
}
