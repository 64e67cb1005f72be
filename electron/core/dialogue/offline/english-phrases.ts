// English phrases that tell several things of one kind apart in one breath (issue 9,
// fourth round), read after a clause is built: "a caramel one", "another small deep dish
// with ...", "the other with ...", "the same for my friend but with almond milk", "a large
// cheese" for the item called "cheese pizza". Each returns what the words say; parse.ts
// decides where they apply.
import type { MenuModel } from "../../../../shared/menu/model.ts";
import type { Clause } from "./clause.ts";
import { NOT_AN_ORDER, type ClausePlace } from "./ellipsis.ts";
import { PLAIN_WORDS } from "./language.ts";
import { keyOf } from "./name-forms.ts";
import { itemTakes } from "./options.ts";
import type { Atom } from "./scan.ts";
import type { Bare, Mod, Unit } from "./utterance.ts";

/**
 * Another of `prev`, made as `b` says: its options in the groups said again are replaced;
 * what it keeps of the one before is a reading, not something said (a guess).
 */
export function anotherOf(prev: Unit, b: Bare, guesses: string[]): Unit {
  return { ...prev, qty: b.qty ?? 1, qtyExplicit: b.qtyExplicit, mods: carriedOver(prev.mods, b, guesses), parts: [...b.parts], clause: b.clause, kws: b.kws };
}

/** `b`'s options, and those of the one before in the groups `b` does not say (a guess when any). */
export function carriedOver(before: Mod[], b: Bare, guesses: string[]): Mod[] {
  const said = new Set(b.mods.flatMap(groupsOfMod));
  const kept = before.filter((m) => !groupsOfMod(m).some((g) => said.has(g)));
  if (kept.length) guesses.push(`"${b.mods.map((m) => m.text).join(" ")}" keeps options of the one before`);
  return [...kept, ...b.mods];
}

/**
 * "a large cheese", "small cheese, extra sauce": the last word names an option group (the
 * cheese), nothing of it chosen, and exactly one item (of those taking the options said
 * before it) is called that word and one more ("Cheese pizza", "cheese pie"): that item is
 * ordered, with those options. Undefined where the words are anything else.
 */
export function groupWordItem(b: Bare, menu: MenuModel): Unit | undefined {
  const last = b.mods[b.mods.length - 1];
  if (!last || last.kind !== "group" || last.neg || b.parts.length || b.asked || b.corrects) return undefined;
  if (["with", "add", "more", "remove", "change", "same", "pronoun", "without", "refuse"].some((k) => b.kws.has(k as never))) return undefined;
  const rest = b.mods.slice(0, -1);
  if (rest.some((m) => m.kind !== "choice" || m.neg || m.cands.some((c) => c.group === last.group))) return undefined;
  const word = last.text.toLowerCase();
  // ("a beer" where a "Beer" heads the menu's drafts and a bratwurst is also a "beer brat": the word names a kind of its own.)
  if (namesACategory(menu, word)) return undefined;
  const named = menu.menu.items.filter((it) =>
    [...Object.values(it.name), ...Object.values(it.aliases ?? {}).flat().filter((a): a is string => typeof a === "string")].some((n) => {
      const words = n.toLowerCase().split(/\s+/);
      return words.length === 2 && words[0] === word;
    }),
  );
  // (A "Cheese slice" too: the one that takes the size said.)
  const fitting = rest.length ? named.filter((it) => rest.every((m) => itemTakes(menu, it.id, m))) : named;
  const item = fitting.length === 1 ? fitting[0]! : undefined;
  // With no count said, only where the size or the like was said with it ("small cheese").
  if (!item || item.soldOut || (b.qty === undefined && !rest.length)) return undefined;
  return {
    kind: "item", item: item.id, text: last.text, ...(b.qty !== undefined ? { qty: b.qty } : {}), qtyExplicit: b.qtyExplicit, mods: rest, parts: [], topic: false, the: false, only: b.only,
    each: false, remove: false, clause: b.clause, kws: b.kws, corrects: false, replaced: false, asked: false, dir: false, afterChange: false, qtyTarget: false,
  };
}

/** Whether the word (or its singular) is the name of one of the menu's categories. */
function namesACategory(menu: MenuModel, word: string): boolean {
  const forms = new Set([keyOf(word), keyOf(word.replace(/s$/, ""))]);
  return menu.menu.categories.some((c) => Object.values(c.name).some((n) => forms.has(keyOf(n)) || forms.has(keyOf(n).replace(/s$/, ""))));
}

/**
 * "the same for my friend but with almond milk", "the same again, iced", "and another for my
 * friend, not warmed": the options said right after "the same" or "another" make the new one
 * different; they do not change the one before.
 */
export function sameButWith(bare: Bare[], clauseAt: Map<number, ClausePlace>): void {
  for (let i = 0; i + 1 < bare.length; i++) {
    const same = bare[i]!;
    const next = bare[i + 1]!;
    // ("another dozen, mild", "a dozen more, same": said of one more made in a size of its
    // own, the options after it are the new one's too — else the copy, merged with the line
    // it is like, would take them both.)
    const sized = same.kws.has("more") && !same.kws.has("same") && same.qty === undefined && same.mods.length > 0 && same.mods.every((m) => m.kind === "choice" && !m.neg);
    if (!(same.kws.has("same") || same.kws.has("more")) || (same.mods.length && !sized) || same.parts.length || same.asked || next.asked) continue;
    if (next.clause !== same.clause + 1 || clauseAt.get(next.clause)?.sentence !== clauseAt.get(same.clause)?.sentence) continue;
    // "add a second one, same way": the same one said again, not one more again.
    const restated = next.kws.has("same") && !next.kws.has("more") && !next.kws.has("add") && !next.mods.length && next.qty === undefined && !clauseAt.get(next.clause)?.afterConj;
    if (restated) {
      bare.splice(i + 1, 1);
      continue;
    }
    // ("the same but a footlong": the article counts nothing more.)
    const counted = next.qty !== undefined && (next.qtyExplicit || next.qty !== 1);
    if (!next.mods.length || counted || ["same", "more", "change", "remove", "cancel", "pronoun"].some((k) => next.kws.has(k as never))) continue;
    // ("another large, and a small": a group said again is another thing ordered.)
    if (sized && next.mods.some((m) => groupsOfMod(m).some((g) => same.mods.some((s) => groupsOfMod(s).includes(g))))) continue;
    same.mods.push(...next.mods);
    bare.splice(i + 1, 1);
  }
}

/**
 * "the same but a bowl", "the same, a bowl" where "bowl" names the entrée made as a bowl: the thing named after
 * "the same but" is the change to the copy — its form, as options — not another order.
 */
export function sameButItsForm(text: string, bare: Bare[], units: Unit[], clauseAt: Map<number, ClausePlace>): void {
  // "I'll have the same, a bowl" says it with no "but" — though "the same and a bowl" is another.
  const but = /\b(but|except)\b/i.test(text);
  for (const same of bare) {
    if (!same.kws.has("same") || same.mods.length || same.parts.length || same.asked || same.qty !== undefined || same.sameThenBut) continue;
    const i = units.findIndex((u) => u.clause === same.clause + 1 && clauseAt.get(u.clause)?.sentence === clauseAt.get(same.clause)?.sentence && (but || !clauseAt.get(u.clause)?.afterConj));
    const u = units[i];
    if (!u || u.kind !== "item" || !u.preset || u.qtyExplicit || u.asked || u.remove || u.parts.length) continue;
    const form: Mod[] = Object.entries(u.preset).flatMap(([group, v]) => (typeof v === "string" ? [{ kind: "choice" as const, cands: [{ group, choice: v, name: false }], neg: false, text: u.text }] : []));
    if (!form.length) continue;
    same.mods.push(...form, ...u.mods);
    units.splice(i, 1);
  }
  // "same for me in a bowl": "same" in the item's own clause, with words between them
  // ("the same bowl" is that bowl again, and stays an item).
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (u.kind !== "item" || !u.kws.has("same") || !/\bsame\b/i.test(text) || !u.preset || u.qty !== undefined && u.qtyExplicit || u.asked || u.remove || u.parts.length || u.the) continue;
    if (new RegExp(`\\bsame (?:one |thing )?${u.text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`, "i").test(text)) continue;
    const form: Mod[] = Object.entries(u.preset).flatMap(([group, v]) => (typeof v === "string" ? [{ kind: "choice" as const, cands: [{ group, choice: v, name: false }], neg: false, text: u.text }] : []));
    if (!form.length) continue;
    bare.push({ qtyExplicit: false, mods: [...form, ...u.mods], parts: [], kws: new Set(u.kws), corrects: u.corrects, both: false, only: false, clause: u.clause, asked: false, setQty: false });
    units.splice(i--, 1);
  }
}

/** Something is named from `from` on before the next break. */
export function contentFollows(atoms: Atom[], from: number): boolean {
  for (let j = from; j < atoms.length && atoms[j]!.kind !== "sep"; j++) if (atoms[j]!.kind === "menu" || atoms[j]!.kind === "num") return true;
  return false;
}

/** From `from`, options (and "the") run on into an item's name, with no break between. */
export function leadsToItem(atoms: Atom[], from: number): boolean {
  for (let j = from; j < atoms.length; j++) {
    const x = atoms[j]!;
    if (x.kind === "kw" && x.keywords.length > 0 && x.keywords.every((w) => w === "the")) continue;
    if (x.kind !== "menu") return false;
    if (x.refs.some((r) => r.kind === "item")) return j > from;
    if (!x.refs.every((r) => r.kind === "choice" || r.kind === "group")) return false;
  }
  return false;
}

/** English "another" ("another one") opening a phrase of options. */
export function saysAnother(atoms: Atom[]): boolean {
  return atoms.some((a) => a.kind === "kw" && /^another(?: one)?$/i.test(a.text.trim()));
}

/** "the other (one)", "the others": the rest of a number of things some of which were given options. */
export function theOther(atoms: Atom[]): boolean {
  return atoms.some((a, i) => a.kind === "kw" && /^other(s)?$/i.test(a.text) && atoms[i - 1]?.kind === "kw" && (atoms[i - 1] as Atom & { kind: "kw" }).keywords.includes("the"));
}

/** The groups an option sets. */
function groupsOfMod(m: Mod): string[] {
  return m.kind === "choice" ? m.cands.map((c) => c.group) : [m.group];
}

/**
 * English "a caramel one", "another large one": "one" right after options that an article
 * or a number opens (not "the large one", "that one": those point back at a line).
 */
export function elidedOne(atoms: Atom[]): boolean {
  const i = atoms.findIndex((a) => a.kind === "kw" && a.text.toLowerCase() === "one");
  if (i < 1 || atoms.some((a) => a.kind === "kw" && a.keywords.includes("pronoun"))) return false;
  let j = i - 1;
  while (j >= 0 && atoms[j]!.kind === "menu" && (atoms[j] as Atom & { kind: "menu" }).refs.every((r) => r.kind === "choice")) j--;
  const opener = atoms[j];
  return j < i - 1 && opener?.kind === "num" && opener.article;
}

/**
 * English options said after the thing just named, read as another of it ("and a caramel
 * one", "and another with bacon", "and a plain one"), part of it ("and one of them with
 * onions", "and the other with bacon") or one more ("and another one"). Returns the unit
 * to add, "done" when `prev` took it, else undefined (`b` may have been made another order
 * of its own: "and another small deep dish with mushrooms").
 */
export function anotherOrPart(b: Bare, cl: Clause, prev: Unit | undefined, bare: Bare[], guesses: string[], menu: MenuModel): Unit | "done" | undefined {
  // "a vanilla latte and a caramel one", "a large pepperoni and a medium one with
  // mushrooms": "one" after an article and options is the item said before, another of
  // it made so (its options in the groups said again replaced), not a reference back.
  if (cl.afterConj && b.mods.length && elidedOne(cl.atoms)) {
    if (prev && prev.kind === "item" && !b.kws.has("pronoun") && !NOT_AN_ORDER.some((k) => b.kws.has(k))) {
      // "2 pepperoni slices and a plain one": the plain kind of it, none of the extras
      // (a "plain" the item has no choice for); what it keeps of the one before is a guess.
      const plain = b.mods.length === 1 && b.mods[0]!.kind === "choice" && PLAIN_WORDS.includes(b.mods[0]!.text.toLowerCase()) && prev.item && !itemTakes(menu, prev.item, b.mods[0]!);
      if (plain) {
        const kept = prev.mods.filter((m) => m.kind === "choice" && !m.neg && m.cands.every((c) => menu.groups.get(c.group)?.select === "one"));
        if (kept.length) guesses.push(`"a plain one" keeps options of the one before`);
        return { ...prev, qty: b.qty ?? 1, qtyExplicit: b.qtyExplicit, mods: kept, parts: [], clause: b.clause, kws: b.kws };
      }
      return anotherOf(prev, b, guesses);
    }
  }
  if (prev && prev.kind !== "unknown" && b.mods.length && !b.kws.has("remove") && !b.kws.has("cancel")) {
    const total = prev.qty ?? 1;
    const given = prev.parts.reduce((n, p) => n + p.qty, 0);
    // "three pizzas with sausage and one of them with onions": part of them, not more.
    if (b.qty !== undefined && cl.atoms.some((a) => a.kind === "num" && a.flags.among)) {
      if (given + b.qty >= total) guesses.push(`"${b.qty} of them": more than there are`);
      prev.parts.push({ qty: b.qty, mods: [...b.mods] });
      return "done";
    }
    // "two pizzas, one with ham and the other with bacon": the rest of them.
    if (b.qty === undefined && theOther(cl.atoms) && prev.parts.length && given < total) {
      prev.parts.push({ qty: total - given, mods: [...b.mods] });
      return "done";
    }
    // "one large pizza with ham and the other with bacon": the other of what? (No count said.)
    if (theOther(cl.atoms)) guesses.push(`"the other" with no count of them said`);
    // "a large pizza with ham and another with bacon": one more of it, made so.
    if (b.qty === undefined && prev.kind === "item" && saysAnother(cl.atoms)) {
      // ("another one" reads as "same": no "the same" was said unless its own word was.)
      const saidSame = cl.atoms.some((a) => a.kind === "kw" && /\bsame\b/i.test(a.text));
      return anotherOf(prev, { ...b, kws: new Set([...b.kws].filter((k) => k !== "more" && (k !== "same" || saidSame))) }, guesses);
    }
    // "a lamb bowl with harissa and for her the same on greens": one more of it, with what it
    // has but for the groups said again (keeping them is what "the same" says).
    if (b.qty === undefined && prev.kind === "item" && cl.afterConj && b.kws.has("same") && cl.atoms.some((a) => a.kind === "kw" && /\bsame\b/i.test(a.text))) {
      return anotherOf(prev, b, []);
    }
  }
  // "a small deep dish with sausage and another small deep dish with mushrooms": with no
  // item named, another order of its own, keeping what the one before said and this one
  // does not (a reading).
  if (!prev && cl.afterConj && b.qty === undefined && b.mods.length && saysAnother(cl.atoms)) {
    const before = bare.filter((x) => !x.asked).at(-1);
    if (before) {
      b.mods = carriedOver(before.mods, b, guesses);
      b.qty = 1;
      b.kws.delete("more");
    }
  }
  // "the works and another one", "a latte and the same again": one more of it.
  if (prev && prev.kind === "item" && cl.afterConj && b.kws.has("same") && !b.mods.length && !b.parts.length && b.qty === undefined) {
    prev.qty = (prev.qty ?? 1) + 1;
    prev.qtyExplicit = true;
    return "done";
  }
  return undefined;
}
