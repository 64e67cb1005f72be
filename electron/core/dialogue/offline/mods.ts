// From atoms to the units and option phrases of a clause: a unit per item (or unknown
// thing) named, options as Mods, and the negations that take items or options out.
import type { MenuModel } from "../../../../shared/menu/model.ts";
import type { Keyword } from "./language.ts";
import type { MenuRef } from "./lexicon.ts";
import { saysCountName, saysCountNameApart, sisterCounts } from "./extra-of-choice.ts";
import type { Atom } from "./scan.ts";
import type { ChoiceCand, Mod, Unit } from "./utterance.ts";
import { KO_COUNTERS } from "./numbers.ts";
import { isRemovalGroupWord, refusalKind, refusalScope, refusedByChoiceWord, removalIndex } from "./refusal.ts";
import { refusedAfterRemovalName } from "./removal-list.ts";

export type Content = Atom & { kind: "menu" | "num" | "unknown" };

export function isItemish(a: Atom): boolean {
  if (a.kind === "unknown") return true;
  if (a.kind !== "menu") return false;
  return a.refs.some((r) => r.kind === "item" || r.kind === "category");
}

export function itemOf(a: Atom): string | undefined {
  if (a.kind !== "menu") return undefined;
  const r = a.refs.find((x) => x.kind === "item");
  return r && r.kind === "item" ? r.item : undefined;
}

/** A name said ending in "one" and a counter ("한 마리", "닭강정 한마리"): it counts one. */
const ONE_OF_A_COUNTER = new RegExp(`(?:^|\\s)(?:한|1)\\s?(?:${KO_COUNTERS.join("|")})$`);

export function unitFrom(a: Content, clause: number, kws: Set<Keyword>, corrects: boolean): Unit {
  const base: Unit = {
    kind: "unknown",
    text: a.text,
    qtyExplicit: false,
    mods: [],
    parts: [],
    topic: a.flags.topic === true,
    the: false,
    only: a.flags.only === true,
    ...(a.flags.loc ? { loc: true } : {}),
    each: a.flags.each === true,
    remove: false,
    clause,
    kws,
    corrects,
    replaced: false,
    asked: false,
    dir: a.flags.dir === true,
    afterChange: false,
    qtyTarget: false,
  };
  if (a.kind !== "menu") return base;
  const items = a.refs.filter((r): r is Extract<MenuRef, { kind: "item" }> => r.kind === "item");
  const full = items.filter((r) => !r.partial);
  const pool = full.length ? full : items;
  const ids = [...new Set(pool.map((r) => r.item))];
  if (ids.length === 1) {
    const r = pool.find((x) => x.preset) ?? pool[0]!;
    // ("pizza" for the plain pizza and for the kind: the kind is kept, for "make the pizza large".)
    const kind = a.refs.find((x) => x.kind === "category");
    // ("간장으로 한 마리 더 주세요" where the whole chicken is called "한 마리": the name says its
    // count, and with 더 that one is one more, not the line in hand made so.)
    const countInName = a.flags.added && ONE_OF_A_COUNTER.test(a.text.trim()) ? { qty: 1, qtyExplicit: true } : {};
    return { ...base, kind: "item", item: r.item, ...(r.preset ? { preset: r.preset } : {}), partial: !full.length, fuzzy: a.fuzzy, ...(kind?.kind === "category" ? { kindToo: kind.category } : {}), ...countInName };
  }
  if (ids.length > 1) return { ...base, kind: "ambiguous", candidates: ids, fuzzy: a.fuzzy };
  const cat = a.refs.find((r) => r.kind === "category");
  if (cat && cat.kind === "category") return { ...base, kind: "category", category: cat.category };
  return base;
}

export function countGroupOf(a: Content, menu: MenuModel): string | undefined {
  if (a.kind !== "menu") return undefined;
  for (const r of a.refs) if (r.kind === "group" && menu.groups.get(r.group)?.select === "count") return r.group;
  return undefined;
}

export function modOf(a: Content, content: Content[], countNums: Set<Content>, menu: MenuModel): Mod | undefined {
  if (a.kind !== "menu") return undefined;
  // "hold", "leave off" naming the menu's removal group are refusal words, not options.
  if (isRemovalGroupWord(a, menu)) return undefined;
  // "no onions" said as the menu's own removal choice: a refusal of the onions, which
  // leaves them off an item that has that choice and takes them off any other.
  const refused = refusedByChoiceWord(a, menu);
  if (refused) return { kind: "choice", cands: refused.map((c) => ({ ...c, name: true })), neg: true, text: a.text, at: a.start };
  const took: { num?: Content } = {};
  const mod = modKindOf(a, content, countNums, menu, took);
  // (`numAt`: the number the option's count took, so that number is accounted for: clause.ts.)
  return mod ? { ...mod, at: a.start, ...(took.num && (mod.kind === "count" || mod.kind === "choice") ? { numAt: took.num.start } : {}) } : undefined;
}

function modKindOf(a: Content & { kind: "menu" }, content: Content[], countNums: Set<Content>, menu: MenuModel, took: { num?: Content }): Mod | undefined {
  const step = (a as Content & { step?: number }).step;
  const sg = a.refs.find((r) => r.kind === "group");
  if (step && sg && sg.kind === "group") return { kind: "step", group: sg.group, by: step, text: a.text };
  const choices: ChoiceCand[] = a.refs.filter((r) => r.kind === "choice").map((r) => ({ group: (r as { group: string }).group, choice: (r as { choice: string }).choice, name: (r as { name: boolean }).name }));
  const i = content.indexOf(a);
  const cg = headingNotCount(a, content, countNums, menu) ? undefined : countGroupOf(a, menu);
  // A count's number is the one next to it, else one not next to another counted option
  // ("패티 추가하고 치즈 두 장 추가요": the two is the cheese's, not the patty's).
  const otherCount = (x: Content | undefined) => !!x && x !== a && x.kind === "menu" && !!countGroupOf(x, menu);
  const free = (c: Content) => !otherCount(content[content.indexOf(c) - 1]) && !otherCount(content[content.indexOf(c) + 1]);
  // (English may say the number first: "two creams one sugar" — the one is the sugar's —
  // unless the number before is the last option's own, said after it: "cream 2 sugar 1".)
  const ownBefore = /[a-z]/i.test(a.text) && (!otherCount(content[i - 2]) || content[i - 3]?.kind === "num");
  const near = ownBefore ? [content[i - 1], content[i + 1]] : [content[i + 1], content[i - 1]];
  const num = cg ? near.find((c) => c && c.kind === "num" && countNums.has(c)) ?? content.find((c) => c.kind === "num" && countNums.has(c) && free(c)) : undefined;
  const n = num && num.kind === "num" ? num.value : 1;
  took.num = num;
  if (choices.length) {
    // "햄" for "햄 빼기" names the removal only when refused, or listed before a removal
    // said in full ("오이랑 당근 빼고" where the menu says "당근 빼고"): then it is refused.
    const onlyRefused = a.refs.every((r) => r.kind === "choice" && r.refused);
    const neg = onlyRefused && !a.flags.kept && listedBeforeRemoval(content, i, menu);
    // ("blueberries", a topping and a "Leave out" choice: the topping unless refused.)
    // ("미더덕", the "미더덕 추가" of a menu that also has "미더덕 빼기": that removal's thing too.)
    const twins = choices.flatMap((c) => removalIndex(menu).byChoice.get(`${c.group}/${c.choice}`) ?? []);
    const leftOutOnly = onlyRefused ? [] : [...a.refs.flatMap((r) => (r.kind === "choice" && r.refused ? [r] : [])), ...twins].map((r) => `${r.group}/${r.choice}`);
    const inAll = a.flags.scoops !== undefined ? { total: a.flags.scoops } : {};
    const extra = !cg && (a.flags.extra || a.flags.scoops !== undefined) ? [...new Set(choices.map((c) => c.group))].flatMap((of) => sisterCounts(menu, of, a.text).map((group) => ({ of, group, ...inAll }))) : [];
    return { kind: "choice", cands: dedupeCands(choices), neg, text: a.text, ...(cg ? { orCount: { group: cg, n, ...(num ? { numbered: true } : {}), ...(saysCountName(menu, cg, a.text) || (addedAfter(a, num) && saysCountNameApart(menu, cg, a.text)) ? { named: true } : {}) } } : {}), ...(extra.length ? { extra } : {}), ...(onlyRefused ? { onlyRefused } : {}), ...(leftOutOnly.length ? { leftOutOnly } : {}) };
  }
  // "double", "triple patty": that many in all.
  const times = a.refs.find((r) => r.kind === "group" && r.group === cg && r.times !== undefined);
  if (cg && times?.kind === "group" && times.times !== undefined) return { kind: "count", group: cg, n: times.times, op: "set", text: a.text };
  // "just one extra shot", "샷 하나만": the number is the total, not more of it; so is "two
  // patties" said right before the name of a count every item has one of ("two extra patties" adds).
  const total = num?.kind === "num" && num.tok1 + 1 === a.tok0 && (menu.groups.get(cg ?? "")?.min ?? 0) >= 1 && /^[a-z0-9\s]+$/i.test(a.text);
  if (cg && isHangul(a.text)) return koreanCount(a, cg, num, n);
  // ("… no caramel just the ice cream": "just" the counted option with no number, not one more of it.)
  const justIt = !num && a.flags.only === true && !a.refs.some((r) => r.kind === "group" && r.add);
  if (cg) return { kind: "count", group: cg, n, op: (num?.kind === "num" && (num.flags.only || num.flags.ofOption || total)) || justIt ? "set" : "add", text: a.text, ...(num ? { numbered: true } : {}) };
  const g = a.refs.find((r) => r.kind === "group");
  if (g && g.kind === "group") return { kind: "group", group: g.group, neg: false, text: a.text };
  return undefined;
}

/**
 * "소스는 하나는 데미 하나는 토마토요" where 소스 names the sauce choice and, cut short, the "소스
 * 추가" count: a word that also names a group to choose from, said with no number, no adding
 * word and not by the count's whole name, heads that choice; it adds none of the count.
 */
function headingNotCount(a: Content & { kind: "menu" }, content: Content[], countNums: Set<Content>, menu: MenuModel): boolean {
  const groups = a.refs.flatMap((r) => (r.kind === "group" ? [{ r, select: menu.groups.get(r.group)?.select }] : []));
  const count = groups.filter((g) => g.select === "count");
  if (!isHangul(a.text) || !count.length || count.length === groups.length || count.some((g) => g.r.kind === "group" && (g.r.add || g.r.times !== undefined))) return false;
  if (a.flags.added || a.flags.more || a.flags.extra || a.flags.level) return false;
  // (Only where one item takes both, so the word is in doubt for it: not "맵기는" of a ramen
  // whose spice is a count of levels while the 떡볶이's is a choice.)
  const id = (g: (typeof groups)[number]) => (g.r.kind === "group" ? g.r.group : "");
  const choose = groups.filter((g) => g.select !== "count").map(id);
  const counted = count.map(id);
  const takes = (item: string, ids: string[]) => ids.some((x) => !!menu.itemGroup(item, x));
  if (!menu.menu.items.some((it) => takes(it.id, choose) && takes(it.id, counted))) return false;
  const i = content.indexOf(a);
  if ([content[i - 1], content[i + 1]].some((c) => c?.kind === "num" && countNums.has(c))) return false;
  // ("살사 매운 거로 두 개 추가": a number said later of the count, before another item, counts it.)
  const rest = content.slice(i + 1);
  const end = rest.findIndex((c) => c.kind === "menu" && c.refs.some((r) => r.kind === "item"));
  return !rest.slice(0, end < 0 ? rest.length : end).some((c) => c.kind === "num" && countNums.has(c));
}

/** The word said with an adding word after it, or after its number right after it ("소면 하나 추가"). */
const addedAfter = (a: Content & { kind: "menu" }, num: Content | undefined): boolean => a.flags.added === true || (num?.kind === "num" && num.tok0 > a.tok0 && num.flags.added === true);

const isHangul = (t: string) => /[\uac00-\ud7a3]/.test(t);

/**
 * A Korean count: "샷 하나만" (만) and "떡 4개로", "3단계로" (로: as so many) say how many in
 * all; "떡 추가", "두 개 더" add; a number with neither may be either (ofBase: options.ts).
 */
function koreanCount(a: Content & { kind: "menu" }, cg: string, num: Content | undefined, n: number): Mod {
  const said = num?.kind === "num" ? num : undefined;
  const byName = a.refs.some((r) => r.kind === "group" && r.group === cg && r.add);
  const adds = byName || a.flags.added === true || said?.flags.added === true;
  const namedAs = said && said.end <= a.start && a.flags.dir;
  if (a.flags.level) return { kind: "count", group: cg, n, op: "set", text: a.text, level: a.flags.level };
  // ("꼬치 하나만 더": 만 with 더 is just one more, not one in all.)
  const total = !!said && !said.flags.more && (said.flags.only || said.flags.dir || namedAs);
  return { kind: "count", group: cg, n, op: total ? "set" : "add", text: a.text, ...(said ? { numbered: true } : {}), ...(!total && !adds ? { ofBase: true as const } : {}) };
}

function listedBeforeRemoval(content: Content[], i: number, menu: MenuModel): boolean {
  const removals = removalIndex(menu).groups;
  for (let j = i + 1; j < content.length; j++) {
    const x = content[j]!;
    if (x.kind !== "menu" || !x.refs.length || !x.refs.every((r) => r.kind === "choice")) return false;
    if (x.refs.every((r) => r.kind === "choice" && r.refused)) continue;
    return x.refs.every((r) => r.kind === "choice" && removals.has(r.group));
  }
  return false;
}

function dedupeCands(c: ChoiceCand[]): ChoiceCand[] {
  const m = new Map<string, ChoiceCand>();
  for (const x of c) {
    const k = `${x.group}/${x.choice}`;
    const prev = m.get(k);
    if (!prev || (x.name && !prev.name)) m.set(k, x);
  }
  return [...m.values()];
}

/**
 * "치즈케이크 빼 주세요" takes the item out; "시럽 빼고", "no whip", "without vanilla",
 * "hold the onions and peppers", "오이랑 당근은 빼고" take the options out. What a refusal
 * covers is never ordered (refusal.ts).
 */
export function applyNegations(atoms: Atom[], content: Content[], units: Unit[], unitAt: Map<number, Unit>, en: boolean, menu: MenuModel, sentenceStart: boolean): void {
  atoms.forEach((k, i) => {
    const kind = refusalKind(k, menu, en);
    // ("without pickles or cabbage": the removal's own name refuses the list after it, removal-list.ts.)
    if (en) for (const t of refusedAfterRemovalName(atoms, i, menu)) {
      for (const m of allMods(units)) if (m.at === t.start) negate(m);
      // (An item's words the removal's group leaves out: refused, made that removal by removal-named-item.ts.)
      const c = isItemish(t) ? content.findIndex((x) => x.start === t.start) : -1;
      const u = c < 0 ? undefined : unitAt.get(c);
      if (u) u.remove = true;
    }
    if (!kind) return;
    const isRemove = k.kind === "kw" && (k.keywords.includes("remove") || k.keywords.includes("cancel"));
    let scope = refusalScope(atoms, i, en, menu);
    // "remove the muffin" may name the thing before the verb in English too ("the muffin, remove it").
    if (!scope.length && en && isRemove) {
      const before = [...content].reverse().find((c) => c.start < k.start);
      if (before) scope = [before];
    }
    for (const target of scope) {
      const c = content.find((x) => x.start === target.start);
      if (!c) {
        // An option the clause did not give to any unit (it refers back): negate by position.
        for (const m of allMods(units)) if (m.at === target.start) negate(m);
        continue;
      }
      if (isItemish(c) || c.kind === "num") {
        // "no, a latte": a "no" that opens the phrase, before a thing ordered, is an answer;
        // "no fries" (the name right after it, no comma, no count) refuses it.
        if (kind === "no" && c.kind !== "num" && sentenceStart && opensPhrase(atoms, i) && !(en && atoms[i + 1] === target)) continue;
        const idx = c.kind === "num" ? ownerIndex(content, c, unitAt) : content.indexOf(c);
        const u = idx === undefined ? undefined : unitAt.get(idx);
        if (!u) continue;
        // An item with options to take out keeps the item: "아메리카노 시럽 빼 주세요".
        if (u.mods.length > 0 && !en) u.mods.forEach((m) => negate(m));
        else u.remove = true;
        continue;
      }
      for (const m of allMods(units)) if (m.at === c.start) negate(m);
    }
  });
}

/** Nothing but fillers, yes/no and punctuation before the word. */
function opensPhrase(atoms: Atom[], i: number): boolean {
  return atoms.slice(0, i).every((a) => a.kind === "sep" || (a.kind === "kw" && a.keywords.every((w) => w === "filler" || w === "yes" || w === "no" || w === "correction" || w === "soft-correction")));
}

function allMods(units: Unit[]): Mod[] {
  return units.flatMap((u) => [...u.mods, ...u.parts.flatMap((p) => p.mods)]);
}

function ownerIndex(content: Content[], num: Content, unitAt: Map<number, Unit>): number | undefined {
  const j = content.indexOf(num);
  for (let i = j - 1; i >= 0; i--) if (unitAt.has(i)) return i;
  for (let i = j + 1; i < content.length; i++) if (unitAt.has(i)) return i;
  return undefined;
}

export function negate(m: Mod): void {
  if (m.kind === "choice" || m.kind === "group") m.neg = true;
  else if (m.kind === "count") m.op = "clear";
}

/** Refusals in a clause with no item: "no onions", "양파는 빼 주세요", "hold the peppers". */
export function negateBare(atoms: Atom[], mods: Mod[], en: boolean, menu: MenuModel): boolean {
  let any = false;
  atoms.forEach((k, i) => {
    const listed = en ? refusedAfterRemovalName(atoms, i, menu) : [];
    if (!refusalKind(k, menu, en) && !listed.length) return;
    for (const t of [...refusalScope(atoms, i, en, menu), ...listed]) {
      for (const m of mods) if (m.at === t.start) {
        negate(m);
        any = true;
      }
    }
  });
  return any;
}


/** The same choice named again among the words of the item at `from` (up to `to`). */
export function saidAgainAfter(content: Content[], a: Content, from: number, to: number): boolean {
  if (a.kind !== "menu") return false;
  const same = (x: MenuRef, y: MenuRef) => x.kind === "choice" && y.kind === "choice" && x.group === y.group && x.choice === y.choice;
  return content.slice(from + 1, to).some((c) => c.kind === "menu" && !isItemish(c) && c.refs.some((r) => a.refs.some((q) => same(q, r))));
}

/**
 * "포크카레 밥 많이 치킨카레 밥 보통": a one-choice slot (rice) said right before the next item
 * whose own choice for that slot is said after it is the item before's, when the item before
 * has none for it yet ("싱글 민초 더블 초코": 더블 stays the 초코's, 민초 has 싱글).
 */
export function slotSaidAfterNext(content: Content[], a: Content, j: number, prevI: number, nextI: number, to: number, owner: ReadonlyMap<Content, number>, menu: MenuModel): boolean {
  if (a.kind !== "menu" || isItemish(a)) return false;
  const slots = new Set(a.refs.flatMap((r) => (r.kind === "choice" && menu.groups.get(r.group)?.select === "one" ? [r.group] : [])));
  if (!slots.size) return false;
  const sameSlot = (c: Content) => c.kind === "menu" && !isItemish(c) && c.refs.some((r) => r.kind === "choice" && slots.has(r.group));
  if (content.some((c, k) => k !== j && owner.get(c) === prevI && sameSlot(c))) return false;
  return content.slice(nextI + 1, to).some(sameSlot);
}
