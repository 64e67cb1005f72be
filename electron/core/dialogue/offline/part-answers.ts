// Answers to the kiosk's question that name the parts of a multi-part choice: a menu
// may name a choice after two things ("양념 + 간장", "Pepperoni & Mushroom"), and the
// customer answers with the two things joined as they talk ("양념이랑 간장이요",
// "pepperoni and mushroom"). Said alone in answer, every part of one choice named and
// nothing else, that is the choice. Words that name parts of the asked group's choices
// without settling one (one part, parts of different choices, parts with an item of
// their own) may still be meant as an answer: they are left unplaced, so the turn is not
// answered alone.
import type { MenuModel } from "../../../../shared/menu/model.ts";
import { lexiconFor, type MenuRef } from "./lexicon.ts";
import { scan, type Atom } from "./scan.ts";
import type { ParseContext } from "./utterance.ts";

/** "X + Y", "X & Y", "X / Y": how menus write a choice made of parts. */
const PART_JOIN = /\s*[+&/]\s*/;

interface PartedChoice {
  choice: string;
  /** For each part, the menu things its words name ("item:yangnyeom", "choice:dip/yangnyeom"). */
  parts: Array<Set<string>>;
}

const cache = new WeakMap<MenuModel, Map<string, PartedChoice[]>>();

const refKey = (r: MenuRef) => (r.kind === "item" ? `item:${r.item}` : r.kind === "choice" ? `choice:${r.group}/${r.choice}` : r.kind === "group" ? `group:${r.group}` : `other:${JSON.stringify(r)}`);

function partedChoices(menu: MenuModel, group: string): PartedChoice[] {
  let byGroup = cache.get(menu);
  if (!byGroup) cache.set(menu, (byGroup = new Map()));
  const hit = byGroup.get(group);
  if (hit) return hit;
  const out: PartedChoice[] = [];
  const lex = lexiconFor(menu);
  for (const c of menu.groups.get(group)?.choices ?? []) {
    for (const name of Object.values(c.name)) {
      const words = name.split(PART_JOIN).map((w) => w.trim()).filter(Boolean);
      if (words.length < 2) continue;
      const parts = words.map((w) => {
        const menuAtoms = scan(lex, w).atoms.filter((a) => a.kind === "menu");
        return new Set(menuAtoms.length === 1 ? (menuAtoms[0] as Atom & { kind: "menu" }).refs.map(refKey) : []);
      });
      if (parts.every((p) => p.size > 0)) out.push({ choice: c.id, parts });
    }
  }
  byGroup.set(group, out);
  return out;
}

const isFiller = (a: Atom) =>
  a.kind === "sep" || (a.kind === "kw" && a.keywords.every((w) => w === "filler" || w === "request" || w === "yes" || w === "the"));

/**
 * The atoms with the parts of one choice of the asked group, said alone, made that choice;
 * words naming parts without settling one are added to `unplaced`.
 */
export function choiceByParts(atoms: Atom[], ctx: ParseContext, unplaced: Atom[]): Atom[] {
  const asked = ctx.asked;
  if (!asked) return atoms;
  const parted = partedChoices(ctx.menu, asked.group);
  if (!parted.length) return atoms;
  const said = atoms.filter((a): a is Atom & { kind: "menu" } => a.kind === "menu");
  // A choice of the asked group named outright answers it as it is.
  if (said.some((a) => a.refs.some((r) => r.kind === "choice" && r.group === asked.group))) return atoms;
  const overlaps = (a: Atom & { kind: "menu" }) => parted.some((p) => p.parts.some((part) => a.refs.some((r) => part.has(refKey(r)))));
  const touching = said.filter(overlaps);
  if (!touching.length) return atoms;
  const alone = atoms.every((a) => a.kind === "menu" || isFiller(a));
  const fits = alone ? parted.filter((p) => p.parts.length === said.length && matchesAll(p.parts, said)) : [];
  if (fits.length !== 1) {
    unplaced.push(...touching);
    return atoms;
  }
  const first = atoms.indexOf(said[0]!);
  const last = atoms.indexOf(said[said.length - 1]!);
  const a0 = atoms[first]!;
  const a1 = atoms[last]! as Atom & { kind: "menu" };
  const answer: Atom = {
    kind: "menu",
    start: a0.start,
    end: a1.end,
    tok0: a0.tok0,
    tok1: a1.tok1,
    text: atoms.slice(first, last + 1).filter((a) => a.kind === "menu").map((a) => a.text).join(" "),
    refs: [{ kind: "choice", group: asked.group, choice: fits[0]!.choice, name: true }],
    fuzzy: said.some((a) => a.fuzzy),
    partial: false,
    flags: a1.flags,
  };
  return [...atoms.slice(0, first), answer, ...atoms.slice(last + 1)];
}

/** Each part named by a different word, every word a part (order free). */
function matchesAll(parts: Array<Set<string>>, said: Array<Atom & { kind: "menu" }>): boolean {
  const used = new Set<number>();
  return said.every((a) => {
    const k = parts.findIndex((p, i) => !used.has(i) && a.refs.some((r) => p.has(refKey(r))));
    if (k < 0) return false;
    used.add(k);
    return true;
  });
}
