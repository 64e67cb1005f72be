// "A turkey on rye with everything", "everything on it", "an italian with everything but
// tomatoes", "everything but onions and olives on an italian", "hold the onions ... with
// everything else": every choice of the item's group of free things to put on it, less the
// ones refused. Which group is meant comes from the menu's shape: the one group of the item
// where any number of choices may be taken, none costs extra and none takes something off.
// Where no such group or several could be meant, "everything" stays unexplained (a guess).
import type { MenuModel } from "../../../../shared/menu/model.ts";
import type { Atom } from "./scan.ts";
import type { Bare, Mod, Unit } from "./utterance.ts";
import { removalIndex } from "./refusal.ts";
import { EVERYTHING_EN } from "./talk-words.ts";

/** Words after "everything" that refuse what follows them ("but", "except", "minus", "without"). */
const BUT = /^(?:but|except|minus|without|but no|except for|but not|other than|besides)$/i;

/**
 * The group "everything" means on `item`: its one many-choice group with no price on any
 * choice, no limit below its number of choices, and no choice that takes something off.
 */
export function everythingGroupOf(menu: MenuModel, item: string): string | undefined {
  const removal = removalIndex(menu).groups;
  const fits = menu.itemGroups(item).filter((g) => {
    const choices = g.choices ?? [];
    return g.select === "many" && choices.length >= 2 && !removal.has(g.id) && choices.every((c) => !c.price) && (g.max === undefined || g.max >= choices.length);
  });
  return fits.length === 1 ? fits[0]!.id : undefined;
}

/**
 * Reads each "everything" said with an item into that group's choices (less the refused
 * ones) on the item's unit, and marks its words explained. Returns a guess for an
 * "everything" no group settles.
 */
export function readEverything(atoms: Atom[], units: Unit[], bare: Bare[], menu: MenuModel, explained: Set<number>): string[] {
  const guesses: string[] = [];
  atoms.forEach((a, i) => {
    if (a.kind !== "kw" || !/^everything(?: else)?$/i.test(a.text) || !a.keywords.includes("all")) return;
    // ("forget everything", "that's everything" are their own phrases; "remove everything" is no order.)
    const before = atoms[i - 1];
    if (before?.kind === "kw" && before.keywords.some((w) => w === "remove" || w === "cancel" || w === "checkout")) return;
    const unit = unitFor(atoms, units, a);
    // (A word several items share, "a veggie": the group all of them would mean.)
    const meant = unit?.item ? [unit.item] : unit?.candidates ?? [];
    if (!unit || !meant.length) return;
    const groups = new Set(meant.map((it) => everythingGroupOf(menu, it)));
    const choiceLists = new Set(meant.map((it) => (menu.itemGroup(it, [...groups][0] ?? "")?.choices ?? []).map((c) => c.id).join()));
    const group = groups.size === 1 && choiceLists.size === 1 ? [...groups][0] : undefined;
    if (!group) {
      guesses.push(`"${a.text}": everything of which options?`);
      return;
    }
    explained.add(a.start);
    // Read as the group's choices, it no longer stands for "all of it" (line-doubts.ts).
    atoms[i] = { ...a, keywords: ["filler"] };
    const after = atoms[i + 1];
    // The choices named right after "but": refused, though said without "no".
    const refusedAt = new Set<number>();
    const inGroup = (x: Atom | undefined) => x?.kind === "menu" && x.refs.some((r) => r.kind === "choice" && r.group === group);
    if (after && ((after.kind === "sep" || after.kind === "kw") && BUT.test(after.text))) {
      for (let j = i + 2; j < atoms.length; j++) {
        const x = atoms[j]!;
        if (inGroup(x)) refusedAt.add(x.start);
        else if (!((x.kind === "sep" && x.why !== "punct") || (x.kind === "sep" && x.mark === ",") || (x.kind === "kw" && x.keywords.every((w) => w === "filler" || w === "the" || w === "without" || w === "refuse")))) break;
        if (x.kind === "menu") explained.add(x.start);
      }
    }
    const ofGroup = (m: Mod): m is Extract<Mod, { kind: "choice" }> => m.kind === "choice" && m.cands.some((c) => c.group === group);
    const refused = new Set<string>();
    const refuse = (m: Extract<Mod, { kind: "choice" }>) => {
      for (const c of m.cands) if (c.group === group) refused.add(c.choice);
    };
    const butSaid = (m: Mod) => m.at !== undefined && refusedAt.has(m.at);
    // The unit's own choices of the group are all in "everything"; the refused ones are out.
    unit.mods = unit.mods.filter((m) => {
      if (!ofGroup(m)) return true;
      if (m.neg || butSaid(m)) refuse(m);
      return false;
    });
    // ("everything but onions and olives on an italian": a refused choice read with another
    // thing of the turn; "hold the onions but give me a veggie ... with everything else".)
    for (const x of [...units, ...bare]) {
      if (x === unit) continue;
      x.mods = x.mods.filter((m) => {
        if (!ofGroup(m) || !butSaid(m)) return true;
        refuse(m);
        return false;
      });
    }
    for (const x of bare) {
      x.mods = x.mods.filter((m) => {
        if (!ofGroup(m) || !m.neg) return true;
        refuse(m);
        return false;
      });
    }
    const emptied = bare.filter((x) => !x.mods.length && !x.parts.length && x.qty === undefined);
    for (const x of emptied) bare.splice(bare.indexOf(x), 1);
    const g = menu.itemGroup(meant[0]!, group);
    for (const c of g?.choices ?? []) {
      if (refused.has(c.id)) continue;
      unit.mods.push({ kind: "choice", cands: [{ group, choice: c.id, name: true }], neg: false, text: a.text, at: a.start });
    }
  });
  return guesses;
}

/** The item unit "everything" is said of: the last one named before it, or else the first after it. */
function unitFor(atoms: Atom[], units: Unit[], a: Atom): Unit | undefined {
  const items = units.filter((u) => (u.kind === "item" || (u.kind === "ambiguous" && u.candidates?.length)) && !u.remove && !u.replaced && !u.asked);
  const at = (u: Unit) => atoms.find((x) => (x.kind === "menu" || x.kind === "unknown") && x.text === u.text)?.start ?? -1;
  const before = items.filter((u) => at(u) >= 0 && at(u) < a.start);
  return before[before.length - 1] ?? items.find((u) => at(u) > a.start);
}

/**
 * "two hot dogs, one with just mustard and one with everything" where the menu itself calls
 * the toppings "everything" (or "the works"): the group named by such a word, on an item
 * whose "everything" group it is, is every one of its choices, on the item or on the part it
 * was said for. (The scanner reads the menu's name before the keyword, so `readEverything`
 * never saw it; the part took the group with no choice and made a plain hot dog, round 78.)
 */
export function everythingByItsName(units: Unit[], menu: MenuModel): void {
  for (const u of units) {
    if (u.kind !== "item" || !u.item || u.remove) continue;
    const group = everythingGroupOf(menu, u.item);
    if (!group) continue;
    const choices = menu.itemGroup(u.item, group)?.choices ?? [];
    // (Less the ones refused beside it, "the works but no onions"; with a choice of it named, it is no "all".)
    const ofGroup = (o: Mod, neg: boolean) => o.kind === "choice" && o.neg === neg && o.cands.some((c) => c.group === group);
    const refused = (mods: Mod[]) => new Set(mods.flatMap((o) => (o.kind === "choice" && o.neg ? o.cands.filter((c) => c.group === group).map((c) => c.choice) : [])));
    const all = (mods: Mod[]): Mod[] =>
      mods.flatMap((m) => (m.kind === "group" && m.group === group && !m.neg && EVERYTHING_EN.test(m.text.trim()) && !mods.some((o) => ofGroup(o, false)) ? choices.filter((c) => !refused(mods).has(c.id)).map((c): Mod => ({ kind: "choice", cands: [{ group, choice: c.id, name: true }], neg: false, text: m.text, ...(m.at !== undefined ? { at: m.at } : {}) })) : [m]));
    u.mods = all(u.mods);
    for (const p of u.parts) p.mods = all(p.mods);
  }
}
