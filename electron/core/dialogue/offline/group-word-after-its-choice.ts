// "텐더 세트 하나 바베큐 소스에 음료는 생맥주로" where the tenders' "소스 선택" (one of) sits beside a
// counted "소스 추가": the group's word said right after a choice whose own group the menu names
// by that word ("바베큐 소스", "bbq sauce") is the choice's kind word, not one more of the other
// group. Said with an adding word ("바베큐 소스 추가", "extra sauce") or a count said added after
// it, it stays that group. (The sealed blind round 85 had added an extra sauce cup alone.)
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

export function groupWordAfterItsChoice(atoms: Atom[], menu: MenuModel): Atom[] {
  return atoms.map((a, i) => {
    if (a.kind !== "menu" || a.fuzzy || !a.refs.length || !a.refs.every((r) => r.kind === "group")) return a;
    if (a.flags.added || a.flags.extra || a.flags.more) return a;
    const next = atoms[i + 1];
    if (next?.kind === "num" || (next?.kind === "kw" && next.keywords.some((k) => k === "add" || k === "more"))) return a;
    const before = atoms[i - 1];
    if (before?.kind !== "menu" || before.fuzzy) return a;
    const said = stems(a.text);
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
