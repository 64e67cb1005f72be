// "a panang with beef and brown rice" → "I'll have the same, a massaman", "a falafel wrap with
// feta" → "and a falafel platter the same": "the same" said of ANOTHER item (not a form of the
// one in hand: english-phrases.ts's sameButItsForm) makes that item as the line in hand is
// made, in the option groups it has too (English). The fourth English red team's four such
// turns had made the new item plain, answered alone. Said after the item — "and a coke,
// same", "a large lemonade and a root beer, same size", "and a latte the same way" — it is
// made as the item before it in the same breath, or as the line in hand (sameSaidAfterItem).
import type { MenuModel } from "../../../../shared/menu/model.ts";
import type { OptionValue } from "../../../../shared/menu/schema.ts";
import type { CartLine } from "../../cart/cart.ts";
import type { Clause } from "./clause.ts";
import type { Atom } from "./scan.ts";
import type { ClausePlace } from "./ellipsis.ts";
import { optionsCarriedOver } from "./line-changes.ts";
import { itemTakes } from "./options.ts";
import type { Outcome } from "./outcomes.ts";
import { recent, type TurnDraft } from "./turn-draft.ts";
import { groupsOf, type Bare, type Mod, type Unit } from "./utterance.ts";

const escaped = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Whether a unit may take "the same": an item ordered, nothing of its own to tell it apart. */
const plainItem = (u: Unit) => u.kind === "item" && !!u.item && !u.preset && !u.qtyExplicit && !u.asked && !u.remove && !u.replaced && !u.parts.length && !u.the;

/**
 * Marks the unit "the same" is said of (`sameAsLine`), and takes out the "the same" said
 * apart before it: "I'll have the same, a latte" (no "and" between: "the same and a latte"
 * is two things), "a falafel platter the same" (right after the item's name, at the end).
 */
export function sameAsOtherItem(text: string, bare: Bare[], units: Unit[], clauseAt: Map<number, ClausePlace>, menu: MenuModel, guesses: string[]): void {
  const but = /\b(but|except)\b/i.test(text);
  for (let i = 0; i < bare.length; i++) {
    const same = bare[i]!;
    if (!same.kws.has("same") || same.kws.has("more") || same.mods.length || same.parts.length || same.asked || same.qty !== undefined || same.corrects) continue;
    const u = units.find((x) => x.clause === same.clause + 1 && clauseAt.get(x.clause)?.sentence === clauseAt.get(same.clause)?.sentence && (but || !clauseAt.get(x.clause)?.afterConj));
    // ("a falafel laffa no pickles and the same thing but shawarma": made as the one named before, sameThenBut.)
    if (u && plainItem({ ...u, preset: undefined }) && but && same.sameThenBut) {
      theSameAs(u, false, units, menu, guesses);
      bare.splice(i--, 1);
      continue;
    }
    if (!u || !plainItem(u) || units.some((x) => x !== u && !x.asked)) continue;
    u.sameAsLine = u.sameRead = true;
    bare.splice(i--, 1);
  }
  for (const u of units) {
    if (!plainItem(u) || !u.kws.has("same") || u.mods.length || units.some((x) => x !== u && !x.asked) || bare.some((b) => !b.asked)) continue;
    if (new RegExp(`\\b${escaped(u.text)}\\s+(?:the\\s+)?same(?:\\s+(?:way|thing|please))?\\s*[.!]*$`, "i").test(text.trim())) u.sameAsLine = u.sameRead = true;
  }
  // "small curry goat" → "same for the oxtail", "and the same in curry goat", "and a galbi plate
  // just like that": the whole turn says only that, of one item named ("the" names it here).
  const only = units.filter((x) => !x.asked);
  const one = only.length === 1 && !bare.some((b) => !b.asked) ? only[0]! : undefined;
  if (one && !one.sameRead && plainItem({ ...one, the: false }) && !one.mods.length) {
    const name = escaped(one.text);
    const sameFor = new RegExp(`^(?:(?:and|oh|ok|okay|um|uh)\\s+)*(?:the\\s+)?same\\s+(?:for|with|in|on)\\s+(?:the\\s+|a\\s+|an\\s+)?${name}(?:\\s+(?:too|please))?\\s*[.!]*$`, "i");
    const likeThat = new RegExp(`^(?:(?:and|oh|ok|okay|um|uh)\\s+)*(?:a\\s+|an\\s+|one\\s+)?${name}\\s+(?:just\\s+)?like\\s+that(?:\\s+(?:one|too|please))?\\s*[.!]*$`, "i");
    if (sameFor.test(text.trim()) || likeThat.test(text.trim())) one.sameAsLine = one.sameRead = true;
  }
  // "a cappuccino with oat and a latte the same way": the last thing said, after another.
  const last = units[units.length - 1];
  if (!last || last.sameRead || last.kind !== "item" || !last.item || !last.kws.has("same") || last.asked || last.remove || last.replaced || last.parts.length || last.the || bare.some((b) => !b.asked)) return;
  const said = new RegExp(`\\b${escaped(last.text)}\\s+(?:the\\s+)?same(?:\\s+(way|thing|size))?(?:\\s+please)?\\s*[.!]*$`, "i").exec(text.trim());
  const size = said?.[1]?.toLowerCase() === "size";
  if (!said || !units.some((x) => x !== last && x.kind === "item" && !x.asked) || last.mods.some((m) => !(size && isSizeGroupWord(menu, m)))) return;
  last.mods = [];
  theSameAs(last, size, units, menu, guesses);
}

/**
 * The options the unit takes from the line in hand (one ordered before this turn), and a
 * guess where the line has options the new item cannot take (it cannot be quite "the same"),
 * where there is no such line, or several made otherwise.
 */
export function optionsOfTheSame(d: TurnDraft, u: Unit): { preset: Record<string, OptionValue>; outcomes: Outcome[] } | undefined {
  const earlier = recent(d, d.mem.lastAdded.length ? d.mem.lastAdded : d.mem.focus).filter((l) => !d.created.includes(l.id));
  const line = earlier[earlier.length - 1];
  if (!u.item) return undefined;
  const item = u.item;
  const unsettled: Outcome[] = [{ kind: "which-unsettled", text: u.text }];
  // ("and a lemonade, same way" with nothing ordered before: the same as what?)
  if (!line) return { preset: { ...(u.preset ?? {}) }, outcomes: unsettled };
  if (u.sameSize) {
    // "and a katsu, same size": the size alone, in the new item's own size group.
    const size = (l: CartLine) => sizeOf(d.menu, l.item, l.options, item);
    const preset = size(line);
    // (Lines added together in other sizes: the size of which?)
    const several = earlier.some((l) => JSON.stringify(size(l)) !== JSON.stringify(preset));
    return { preset: { ...(preset ?? {}), ...(u.preset ?? {}) }, outcomes: !preset || several ? unsettled : [] };
  }
  const preset = optionsCarriedOver(d, line, item);
  const lost = Object.entries(line.options).some(([g, v]) => {
    const own = d.menu.itemGroup(line.item, g);
    const chosen = JSON.stringify(v) !== JSON.stringify(own?.default) && !(Array.isArray(v) && !v.length);
    return chosen && preset[g] === undefined;
  });
  // ("a large coke and a small sprite" → "and a fanta, same": the same as which?)
  const several = earlier.some((l) => JSON.stringify(optionsCarriedOver(d, l, item)) !== JSON.stringify(preset));
  // ("a turkey on wheat with swiss" → "and a roast beef the same way", where swiss is the
  // turkey's own default and not the roast beef's: said, or only how the turkey comes?)
  const ownDefault = d.menu.itemGroups(item).some((g) => {
    const was = d.menu.itemGroup(line.item, g.id);
    const v = line.options[g.id];
    return was && v !== undefined && u.preset?.[g.id] === undefined && JSON.stringify(v) === JSON.stringify(was.default) && JSON.stringify(v) !== JSON.stringify(g.default);
  });
  return { preset: { ...preset, ...(u.preset ?? {}) }, outcomes: lost || several || ownDefault ? unsettled : [] };
}

/** An item's size: its one one-choice group whose name says so ("Size", "Drink size", "사이즈"). */
export function sizeGroupOf(menu: MenuModel, item: string): string | undefined {
  const sizes = menu.itemGroups(item).filter((g) => g.select === "one" && Object.values(menu.groups.get(g.id)?.name ?? {}).some((n) => /\bsize\b|사이즈|크기/i.test(n)));
  return sizes.length === 1 ? sizes[0]!.id : undefined;
}

/** The size `options` of `from` hold, as `to`'s size choice (the same id, else the same name); undefined where there is none. */
function sizeOf(menu: MenuModel, from: string, options: Readonly<Record<string, unknown>>, to: string): Record<string, OptionValue> | undefined {
  const g = sizeGroupOf(menu, from);
  const t = sizeGroupOf(menu, to);
  const v = g ? options[g] : undefined;
  if (!g || !t || typeof v !== "string") return undefined;
  const mine = menu.itemGroup(to, t)?.choices ?? [];
  const name = (group: string, id: string) => JSON.stringify(menu.itemGroup(from, group)?.choices.find((c) => c.id === id)?.name);
  const same = mine.find((c) => c.id === v) ?? mine.find((c) => JSON.stringify(c.name) === name(g, v));
  return same ? { [t]: same.id } : undefined;
}

/** "size" read as the menu's group called "Size" (of this item or another). */
const isSizeGroupWord = (menu: MenuModel, m: Mod) => m.kind === "group" && !m.neg && /size/i.test(m.text);

/** ", same", ", same size", ", the same way": the whole clause says only that. */
/** The clause says only "the same" (", same", "same size", "the same way"). */
const saysOnlySame = (cl: Clause) => SAME_ALONE.test(cl.atoms.filter((a) => a.kind !== "sep").map((a) => a.text).join(" ").trim());
const clauseText = (cl: Clause) => cl.atoms.filter((a) => a.kind !== "sep").map((a) => a.text).join(" ").trim();
const SAME_GROUP = /^(?:(?:and|too|also)\s+)?(?:the\s+)?same\s+([a-z]+)(?:\s+(?:too|please))?$/i;
const SAME_ALONE = /^(?:(?:and|too|also)\s+)?(?:the\s+)?same(?:\s+(size|way|thing|one))?(?:\s+(?:too|please))?$/i;

/**
 * "a large lemonade and a root beer, same size", "a lemonade with no ice" → "and a coke,
 * same": "same" said in a clause of its own right after an item named makes that item as
 * the one before it is made — its size alone for "same size", else every option it takes
 * (the seventh English red team's sixteen such turns had made it plain, answered alone).
 * With an item named before it in the same breath, that one's options are copied here;
 * with none, the line in hand's are (`sameAsLine`, optionsOfTheSame). What cannot be
 * copied surely — options the new item cannot take, several items before it made
 * differently, no size to copy — is a guess. True where the clause was read so.
 */
export function sameSaidAfterItem(b: Bare, cl: Clause, prev: Unit | undefined, units: Unit[], menu: MenuModel, guesses: string[]): boolean {
  if (!prev || prev.kind !== "item" || !prev.item || prev.clause !== b.clause - 1 || cl.afterConj || prev.asked || prev.remove || prev.replaced || prev.parts.length) return false;
  // ("scratch the cappuccino, make it a flat white, same size": the size of the one it replaces.)
  if (prev.afterChange || prev.replaces || prev.corrects || units.some((x) => x.remove || x.replaced)) return false;
  if (!b.kws.has("same") || ["more", "change", "remove", "cancel", "add", "instead", "pronoun"].some((k) => b.kws.has(k as never))) return false;
  if (b.qty !== undefined || b.parts.length || b.asked || b.corrects || b.both) return false;
  const said = SAME_ALONE.exec(cl.atoms.filter((a) => a.kind !== "sep").map((a) => a.text).join(" ").trim());
  if (!said) return false;
  const size = said[1]?.toLowerCase() === "size";
  // ("same size" where the menu names a group "Size": that group's word, nothing else.)
  if (b.mods.some((m) => !(size && isSizeGroupWord(menu, m)))) return false;
  theSameAs(prev, size, units, menu, guesses);
  return true;
}

/**
 * `x` made as the item named before it in the same breath is (its options `x` takes; its
 * size alone for `size`), or, with none named before it, as the line in hand (`sameAsLine`).
 */
function theSameAs(x: Unit, size: boolean, units: Unit[], menu: MenuModel, guesses: string[]): void {
  x.sameRead = true;
  const before = units.filter((o) => o !== x && o.kind === "item" && o.item && !o.asked && !o.remove && !o.replaced && o.clause < x.clause);
  const src = before[before.length - 1];
  if (!src) {
    x.sameAsLine = true;
    if (size) x.sameSize = true;
    return;
  }
  const item = x.item!;
  const takes = (m: Mod) => itemTakes(menu, item, m) && !groupsOf(m).some((g) => x.preset?.[g] !== undefined);
  // (What the earlier one's name sets — "a mini katsu" — is copied where this item takes it
  // too; where it does not, that is what the name is: "a coke and a lemonade, same".)
  const copied = size ? sizeModsOf(menu, src, item) : [...namedMods(src).filter(takes), ...src.mods.filter(takes)];
  const relevant = (o: Unit) => JSON.stringify((size ? sizeModsOf(menu, o, item) : [...namedMods(o), ...o.mods])?.map((m) => m.text));
  if (!copied || (!size && !src.mods.every(takes)) || src.parts.length || before.some((o) => relevant(o) !== relevant(src))) guesses.push(`"${x.text}, same": the same as what?`);
  const own = new Set(x.mods.flatMap(groupsOf));
  // (Copies, said nowhere here: word order has nothing to say of them.)
  x.mods.push(...(copied ?? []).filter((m) => !groupsOf(m).some((g) => own.has(g))).map(({ at: _, ...m }) => m as Mod));
}

/** The one-choice options the unit's name sets ("mini katsu": the mini plate), as choices said. */
const namedMods = (x: Unit): Mod[] =>
  Object.entries(x.preset ?? {}).flatMap(([group, v]) => (typeof v === "string" ? [{ kind: "choice" as const, cands: [{ group, choice: v, name: false }], neg: false, text: x.text }] : []));

/** The size said of `x` (or set by its name), as a choice of `to`'s size group; undefined where none was said or it has no like. */
function sizeModsOf(menu: MenuModel, x: Unit, to: string): Mod[] | undefined {
  const g = x.item ? sizeGroupOf(menu, x.item) : undefined;
  const m = g ? [...x.mods].reverse().find((m) => m.kind === "choice" && !m.neg && m.cands.some((c) => c.group === g)) ?? namedMods(x).find((m) => groupsOf(m).includes(g)) : undefined;
  const choice = m?.kind === "choice" ? m.cands.find((c) => c.group === g)!.choice : undefined;
  const mapped = choice && x.item ? sizeOf(menu, x.item, { [g!]: choice }, to) : undefined;
  if (!mapped || !m) return undefined;
  const [group, id] = Object.entries(mapped)[0]!;
  return [{ kind: "choice", cands: [{ group, choice: id as string, name: false }], neg: false, text: m.text }];
}

/**
 * "a falafel laffa no pickles and (then) the same thing but shawarma chicken": "the same" said
 * alone after "and", right before "but" and another item, is that item made as the one before
 * (sameAsOtherItem), not one more of the one before. Marks the clause's `b` so.
 */
export function sameThenBut(b: Bare, cl: Clause, sentence: readonly Atom[], prev: Unit | undefined): boolean {
  if (!prev?.item || !b.kws.has("same") || b.mods.length || b.parts.length || b.qty !== undefined || b.asked) return false;
  if (!saysOnlySame(cl)) return false;
  const i = sentence.indexOf(cl.atoms[cl.atoms.length - 1]!);
  const but = sentence[i + 1];
  const article = sentence[i + 2]?.kind === "num" && (sentence[i + 2] as Atom & { kind: "num" }).article;
  const next = sentence[i + (article ? 3 : 2)];
  if (but?.kind !== "sep" || !/^but$/i.test(but.text.trim()) || next?.kind !== "menu" || !next.refs.length) return false;
  if (!next.refs.every((r) => r.kind === "item" && r.item !== prev.item)) return false;
  b.sameThenBut = true;
  return true;
}

/**
 * "a large horchata" → "and another one, same size": "same size" after "another one" says how
 * that one is made (as the one before: it is), not one more again (it made three). True when
 * the clause is only such words and the bare clause before it in the turn is "another one".
 */
export function sameSaidOfAnother(b: Bare, cl: Clause, bare: readonly Bare[], prev: Unit | undefined): boolean {
  if (prev || !b.kws.has("same") || b.qty !== undefined || b.parts.length || b.asked || b.mods.some((m) => m.kind !== "group" || m.neg)) return false;
  // ("another one, same side": "same" and a word of the menu's that names one of its groups.)
  const groupSaid = b.mods.length === 1 && SAME_GROUP.exec(clauseText(cl))?.[1]?.toLowerCase() === b.mods[0]!.text.trim().toLowerCase();
  if (!saysOnlySame(cl) && !groupSaid) return false;
  const before = bare.at(-1);
  return !!before && before.clause === b.clause - 1 && !before.mods.length && !before.parts.length && (before.kws.has("same") || before.kws.has("more")) && !before.asked;
}
