// "bring it down to a 3", "make both of them a 3" of dishes whose spice levels are "Level 1" …
// "Level 5": a number after an article counts nothing, so it names the choice of the lines in
// hand whose name holds that number. (A bare "3" is a count: "3 weissbier", "make that 2";
// the lexicon no longer reads "3" of "level 3" as the choice: lexicon.ts.)
import type { MenuModel } from "../../../../shared/menu/model.ts";
import type { Atom } from "./scan.ts";
import type { ParseContext } from "./utterance.ts";

/** The one choice of a group of the items in hand whose name holds the number as a word (not "0.3"). */
function choiceHolding(menu: MenuModel, items: readonly string[], n: number): { group: string; choice: string } | undefined {
  const re = new RegExp(`(^|[^0-9.])${n}([^0-9.]|$)`);
  const hits = new Map<string, { group: string; choice: string }>();
  for (const item of items)
    for (const g of menu.itemGroups(item))
      for (const c of g.choices) if (g.select === "one" && [...Object.values(c.name), ...Object.values(c.aliases ?? {}).flat()].some((t) => typeof t === "string" && re.test(t))) hits.set(`${g.id}/${c.id}`, { group: g.id, choice: c.id });
  return hits.size === 1 ? [...hits.values()][0] : undefined;
}

export function articleNumberNamesChoice(atoms: Atom[], ctx: ParseContext): Atom[] {
  const items = (ctx.focus ?? []).map((f) => f.item);
  if (!items.length || atoms.some((a) => a.kind === "menu" && a.refs.some((r) => r.kind === "item"))) return atoms;
  const out: Atom[] = [];
  for (let i = 0; i < atoms.length; i++) {
    const a = atoms[i]!;
    const art = out[out.length - 1];
    const next = atoms[i + 1];
    if (a.kind !== "num" || a.article || !/^\d+$/.test(a.text.trim()) || art?.kind !== "num" || !art.article || (next && next.kind !== "sep")) {
      out.push(a);
      continue;
    }
    const hit = choiceHolding(ctx.menu, items, a.value);
    if (!hit) {
      out.push(a);
      continue;
    }
    out.pop();
    out.push({ ...a, kind: "menu", start: art.start, tok0: art.tok0, refs: [{ kind: "choice", group: hit.group, choice: hit.choice, name: false }], fuzzy: false, partial: false } as Atom);
  }
  return out;
}
