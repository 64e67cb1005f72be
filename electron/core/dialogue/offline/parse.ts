// Atoms → an Utterance: sentences (questions are kept apart from orders), clauses
// (split at 랑/하고/and/commas/그리고), and in each clause the things ordered with the
// quantities and options that belong to them. Korean puts quantities after the noun
// ("아메리카노 두 잔") and may put options on either side ("아이스 라떼", "라떼
// 아이스로"); English puts them before ("two large iced lattes") or after "with".
import type { MenuModel } from "../../../../shared/menu/model.ts";
import { MAX_QTY_PER_LINE } from "../../cart/cart.ts";
import type { Keyword } from "./language.ts";
import type { MenuRef } from "./lexicon.ts";
import type { Atom, Scan } from "./scan.ts";
import type { Bare, ChoiceCand, Mod, Part, Question, Unit, Utterance } from "./units.ts";
import { itemTakes } from "./options.ts";

export interface ParseContext {
  menu: MenuModel;
  /** The item and group the kiosk just asked about, so "아메리카노요" can be a choice. */
  asked?: { item: string; group: string };
  /** Items of the lines last talked about (most recent last) and the required groups they still miss. */
  focus?: Array<{ item: string; missing: string[] }>;
}

const QUESTION_KWS: Keyword[] = ["question", "price", "menu", "cart", "describe", "recommend", "have"];
const ACTION_KWS: Keyword[] = ["request", "remove", "change", "cancel", "cancel-all", "checkout", "instead", "correction", "same", "more", "add"];
const MUTATING_CONNECTIVE = /(고|고요|서|서요)$/;

type Content = Atom & { t: "menu" | "num" | "unknown" };

interface Clause {
  atoms: Atom[];
  sentence: number;
  corrects: boolean;
  /** After "actually"/"sorry": a correction only of something said earlier in the same breath. */
  soft: boolean;
}

export function parseUtterance(sc: Scan, ctx: ParseContext): Utterance {
  const lang = sc.lang;
  const atoms = markOptionContext(resolveChoices(resolveItemChoice(dropMeasures(sc.atoms, ctx.menu), ctx, lang === "en"), ctx));
  const sentences = splitSentences(atoms);
  const units: Unit[] = [];
  const bare: Bare[] = [];
  const questions: Question[] = [];
  const orderChoices: Array<{ group: string; choice: string }> = [];
  const kws = new Set<Keyword>();
  const orderKws = new Set<Keyword>();
  let clauseNo = 0;
  let substance = false;

  sentences.forEach((sent, si) => {
    const sentKws = new Set<Keyword>();
    for (const a of sent.atoms) if (a.t === "kw") for (const w of a.ws) sentKws.add(w);
    for (const w of sentKws) kws.add(w);
    const hasQty = sent.atoms.some((a) => a.t === "num" && !a.article);
    const asking =
      (QUESTION_KWS.some((w) => sentKws.has(w)) || (sent.mark === "?" && !hasQty)) && !ACTION_KWS.some((w) => sentKws.has(w));
    if (!asking) for (const w of sentKws) orderKws.add(w);
    if (asking) {
      questions.push(questionOf(sent.atoms, sentKws, sent.mark === "?"));
      substance = true;
      return;
    }
    for (const a of sent.atoms) {
      if (a.t === "menu") {
        substance = true;
        for (const r of a.refs) if (r.k === "order") orderChoices.push({ group: r.group, choice: r.choice });
      } else if (a.t === "num" || (a.t === "kw" && a.ws.some((w) => w !== "filler"))) substance = true;
    }
    const clauses = splitClauses(sent.atoms, si);
    for (const cl of clauses) {
      const built = buildClause(cl, clauseNo++, lang, ctx);
      const prev = lastOrderUnit(units);
      // Options said in a clause of their own belong to the thing just named in this
      // utterance ("Two croissants, warmed up please"); with nothing named yet they
      // refer back to an earlier line.
      if (built.units.length === 0 && built.bare) {
        const b = built.bare;
        if (cl.soft && prev) b.corrects = true;
        if (prev && !b.kws.has("remove") && !b.kws.has("cancel")) {
          if (b.both && b.qty === undefined) {
            // "One cappuccino and one americano, both large".
            for (const u of units) if (u.kind === "item" && !u.replaced && !u.remove) u.mods.push(...b.mods);
          } else mergeBare(prev, b, lang === "en");
        } else bare.push(b);
        continue;
      }
      if (built.bare) bare.push(built.bare);
      if (built.shared?.length) {
        const all = [...units, ...built.units].filter((x) => x.kind === "item" && !x.replaced && !x.remove && !x.asked);
        for (const x of all) x.mods.push(...built.shared);
      }
      for (const u of built.units) {
        if ((u.corrects || (cl.soft && u.kind === "item")) && prev) {
          replaceByCorrection(units, prev, u);
          continue;
        }
        units.push(u);
      }
    }
  });

  markInstead(atoms, units);
  for (const u of units) splitConflictingChoices(u, ctx.menu);
  return {
    text: sc.text,
    lang,
    units,
    bare,
    orderChoices,
    kws,
    orderKws,
    questions,
    unknownWords: sc.unknownWords,
    unknownOptions: unknownOptionsOf(atoms, questions.length > 0),
    fuzzy: sc.fuzzy,
    substance,
  };
}

/** Unknown words right before 추가/넣어 or right after "with"/"add": options the menu lacks. */
function unknownOptionsOf(atoms: Atom[], asked: boolean): string[] {
  if (asked) return [];
  const out: string[] = [];
  atoms.forEach((a, i) => {
    if (a.t !== "unknown") return;
    const next = atoms[i + 1];
    const prev = atoms[i - 1];
    const isAdd = (x: Atom | undefined) => x?.t === "kw" && (x.ws.includes("add") || x.ws.includes("with"));
    const optionWord = (a as Atom & { optionWord?: boolean }).optionWord === true;
    if (optionWord || (/[\uac00-\ud7a3]/.test(a.text) && isAdd(next)) || (!/[\uac00-\ud7a3]/.test(a.text) && isAdd(prev))) out.push(a.text);
  });
  return out;
}

function lastOrderUnit(units: Unit[]): Unit | undefined {
  for (let i = units.length - 1; i >= 0; i--) {
    const u = units[i]!;
    if (u.kind === "item" && !u.replaced && !u.remove) return u;
  }
  return undefined;
}

/** "카페라떼 아니 바닐라 라떼": the new thing takes the old one's place, quantity and options. */
function replaceByCorrection(units: Unit[], prev: Unit, u: Unit): void {
  const idx = units.indexOf(prev);
  units.splice(idx, 1);
  if (!u.qtyExplicit && prev.qty !== undefined) {
    u.qty = prev.qty;
    u.qtyExplicit = prev.qtyExplicit;
  }
  const said = new Set(u.mods.flatMap((m) => (m.m === "choice" ? m.cands.map((c) => c.group) : [m.group])));
  u.mods = [...prev.mods.filter((m) => !(m.m === "choice" ? m.cands.some((c) => said.has(c.group)) : said.has(m.group))), ...u.mods];
  if (u.parts.length === 0) u.parts = prev.parts;
  u.corrects = false;
  units.push(u);
}

function mergeBare(u: Unit, b: Bare, en: boolean): void {
  if (b.corrects || (b.only && b.mods.length === 0)) {
    // "세 잔 아 아니다 두 잔이요", "two muffins, actually just one".
    if (b.qty !== undefined) {
      u.qty = b.qty;
      u.qtyExplicit = true;
    }
    u.mods.push(...b.mods);
    return;
  }
  // "two lattes, a small and a large": an article with options after a counted item is one of them.
  const oneOfThem = b.qty === 1 && !b.qtyExplicit && b.mods.length > 0 && u.qty !== undefined && u.qty > 1;
  if (b.qty !== undefined && (b.qtyExplicit || oneOfThem)) {
    if (b.mods.length === 0) {
      if (u.qty === undefined || !u.qtyExplicit) {
        u.qty = b.qty;
        u.qtyExplicit = true;
      } else u.parts.push({ qty: b.qty, mods: [] });
    } else if (u.qty !== undefined && b.qty < u.qty) u.parts.push({ qty: b.qty, mods: [...b.mods] });
    else {
      // "latte, two pumps of vanilla": a number with options after the item is not its quantity
      // in English; in Korean ("라떼요, 아이스로 두 잔") it is.
      if (!en && u.qty === undefined) {
        u.qty = b.qty;
        u.qtyExplicit = true;
      }
      u.mods.push(...b.mods);
    }
  } else if (u.parts.length > 0 && b.mods.length > 0) u.parts[u.parts.length - 1]!.mods.push(...b.mods);
  else u.mods.push(...b.mods);
  u.parts.push(...b.parts);
  if (b.only) u.only = true;
}

interface Sentence {
  atoms: Atom[];
  mark?: string;
}

function splitSentences(atoms: Atom[]): Sentence[] {
  const out: Sentence[] = [];
  let cur: Atom[] = [];
  for (const a of atoms) {
    if (a.t === "sep" && a.why === "punct" && (a.mark === "?" || a.mark === "." || a.mark === "!")) {
      if (cur.length) out.push({ atoms: cur, mark: a.mark });
      cur = [];
      continue;
    }
    cur.push(a);
  }
  if (cur.length) out.push({ atoms: cur });
  return out;
}

function splitClauses(atoms: Atom[], sentence: number): Clause[] {
  const out: Clause[] = [];
  let cur: Atom[] = [];
  let correctsNext = false;
  let softNext = false;
  const flush = () => {
    const content = cur.some((a) => a.t === "menu" || a.t === "num" || a.t === "unknown");
    if (cur.length) {
      out.push({ atoms: cur, sentence, corrects: correctsNext && content, soft: softNext && content });
      if (content) correctsNext = softNext = false;
    }
    cur = [];
  };
  atoms.forEach((a, i) => {
    if (a.t === "sep") {
      // "파인애플이랑 베이컨", "당근 케이크랑 라떼": 랑/and between two options joins a list, not two orders.
      const prev = atoms[i - 1];
      const next = atoms[i + 1];
      const isOption = (x: Atom | undefined) => x?.t === "menu" && x.refs.every((r) => r.k === "choice" || r.k === "group");
      if (a.why === "conj" && isOption(prev) && isOption(next)) return;
      flush();
      return;
    }
    if (a.t === "kw" && a.ws.includes("correction")) {
      // "아니 바닐라 라떼요": what follows replaces what came before; "아니" alone is a no.
      flush();
      correctsNext = true;
      cur.push(a);
      return;
    }
    if (a.t === "kw" && a.ws.includes("soft-correction")) {
      flush();
      softNext = true;
      cur.push(a);
      return;
    }
    cur.push(a);
    if (a.t === "kw" && MUTATING_CONNECTIVE.test(a.text) && a.ws.some((w) => w === "remove" || w === "change" || w === "request" || w === "add" || w === "cancel")) flush();
  });
  flush();
  return out;
}

function isItemish(a: Atom): boolean {
  if (a.t === "unknown") return true;
  if (a.t !== "menu") return false;
  return a.refs.some((r) => r.k === "item" || r.k === "category");
}

function isAdnominal(text: string): boolean {
  const last = text.trim().slice(-1);
  const c = last.charCodeAt(0) - 0xac00;
  return c >= 0 && c <= 11171 && c % 28 === 4 && !/[은는]$/.test(last); // ends in ㄴ: 따뜻한, 차가운
}

function buildClause(cl: Clause, clauseNo: number, lang: "ko" | "en" | undefined, ctx: ParseContext): { units: Unit[]; bare?: Bare; shared?: Mod[] } {
  const kws = new Set<Keyword>();
  for (const a of cl.atoms) if (a.t === "kw") for (const w of a.ws) kws.add(w);
  const atoms = cl.atoms;
  const en = lang === "en";

  // Unknown words make a unit only where an item would stand: next to a quantity, or
  // right before a Korean item ("딸기 라떼" when there is no strawberry latte).
  const content: Content[] = [];
  atoms.forEach((a, i) => {
    if (a.t === "menu" || a.t === "num") content.push(a as Content);
    else if (a.t === "unknown" && unknownStandsForItem(atoms, i, en)) content.push(a as Content);
  });
  mergeUnknownCompounds(content, atoms);

  const itemIdx = content.map((a, i) => (isItemish(a) ? i : -1)).filter((i) => i >= 0);
  const owner = new Map<Content, number>(); // content atom → index in content of its item
  const countNums = new Set<Content>();
  // Numbers right next to a counted option are that option's count ("샷 두 번", "two extra shots").
  content.forEach((a, i) => {
    if (a.t !== "menu" || !countGroupOf(a, ctx.menu)) return;
    // Only a number said right next to the option counts it ("two extra shots", "샷 두 번"),
    // not "one with an extra shot".
    const ai = atoms.indexOf(a);
    const after = atoms[ai + 1] === content[i + 1] ? content[i + 1] : undefined;
    const before = atoms[ai - 1] === content[i - 1] ? content[i - 1] : undefined;
    if (after?.t === "num" && (after.times || !en)) countNums.add(after);
    else if (before?.t === "num" && en && !before.article) countNums.add(before);
    else if (before?.t === "num" && before.times) countNums.add(before);
  });
  for (const a of content) if (a.t === "num" && a.times && !countNums.has(a)) {
    const g = content.find((c) => c.t === "menu" && countGroupOf(c, ctx.menu));
    if (g) countNums.add(a);
  }

  content.forEach((a, j) => {
    if (isItemish(a) || countNums.has(a)) return;
    const prevI = [...itemIdx].reverse().find((i) => i < j);
    const nextI = itemIdx.find((i) => i > j);
    if (prevI === undefined && nextI === undefined) return;
    if (prevI === undefined) return owner.set(a, nextI!);
    if (nextI === undefined) return owner.set(a, prevI);
    if (!en) {
      if (a.t === "num") return owner.set(a, prevI);
      const closedByQty = content.slice(prevI + 1, j).some((c) => c.t === "num" && owner.get(c) === prevI);
      if (closedByQty) return owner.set(a, nextI);
      if (a.flags.dir || a.flags.loc) return owner.set(a, prevI);
      if (isAdnominal(a.text)) return owner.set(a, nextI);
      if (content[prevI]!.flags.topic) return owner.set(a, prevI);
      if (j + 1 === nextI) return owner.set(a, nextI);
      return owner.set(a, prevI);
    }
    const withBetween = atoms.some((x) => x.t === "kw" && x.ws.includes("with") && x.start > content[prevI]!.start && x.start < a.start);
    if (a.t === "num") {
      const numBetween = content.slice(j + 1, nextI).some((c) => c.t === "num");
      return owner.set(a, numBetween ? prevI : nextI);
    }
    if (withBetween && !content.slice(prevI + 1, j).some((c) => c.t === "num")) return owner.set(a, prevI);
    return owner.set(a, nextI);
  });
  // An option the item it sits next to does not take belongs to the other neighbour, or
  // to something ordered before ("세트 음료는 콜라, 떡볶이는 순한맛").
  const strays: Content[] = [];
  for (const [a, oi] of [...owner]) {
    if (a.t !== "menu") continue;
    const mod = modOf(a, content, countNums, ctx.menu);
    const takes = (i: number | undefined) => {
      const it = i === undefined ? undefined : content[i];
      const id = it && it.t === "menu" ? itemOf(it) : undefined;
      return !!id && !!mod && itemTakes(ctx.menu, id, mod);
    };
    const host = content[oi];
    if (!mod || !host || host.t !== "menu" || !itemOf(host) || takes(oi)) continue;
    const j = content.indexOf(a);
    const other = oi < j ? itemIdx.find((i) => i > j) : [...itemIdx].reverse().find((i) => i < j);
    const anyTaker = [...itemIdx].sort((x, y) => Math.abs(x - j) - Math.abs(y - j)).find((i) => takes(i));
    if (takes(other)) owner.set(a, other!);
    else if (anyTaker !== undefined) owner.set(a, anyTaker);
    else {
      owner.delete(a);
      strays.push(a);
    }
  }

  // "둘 다 라지로", "당도는 전부 30%로", "both iced": options after "both/all" go to every item.
  const bothAt = atoms.find((x) => x.t === "kw" && (x.ws.includes("both") || x.ws.includes("all")) && !x.ws.includes("cancel-all") && !x.ws.includes("checkout"));
  const shared: Content[] = [];
  if (bothAt && itemIdx.length) {
    for (const [a] of [...owner]) {
      if (a.t === "menu" && a.start > bothAt.start) {
        owner.delete(a);
        shared.push(a);
      }
    }
  }
  // "푸딩 말고 펄로", "oat instead of soy": the option before 말고 (after "instead of") is taken out.
  const negAtoms = new Set<Content>();
  for (const k of atoms) {
    if (k.t !== "kw" || !k.ws.includes("instead")) continue;
    const ko = /[\uac00-\ud7a3]/.test(k.text);
    const x = ko ? [...content].reverse().find((c) => c.start < k.start) : /of|than|place/.test(k.text) ? content.find((c) => c.start > k.start) : undefined;
    if (x && x.t === "menu" && !isItemish(x)) negAtoms.add(x);
  }
  const units: Unit[] = [];
  const unitAt = new Map<number, Unit>();
  for (const i of itemIdx) {
    const u = unitFrom(content[i]!, clauseNo, kws, cl.corrects);
    u.afterChange = followsChange(atoms, content[i]!);
    u.the = follows(atoms, content[i]!, "the");
    unitAt.set(i, u);
    units.push(u);
  }
  // Fill each unit in spoken order: the first quantity is the unit's, a later one starts
  // a part ("two lattes, one with oat milk"); options after a part's quantity are the part's.
  const current = new Map<Unit, Part | undefined>();
  content.forEach((a) => {
    if (isItemish(a)) return;
    const oi = owner.get(a);
    const u = oi === undefined ? undefined : unitAt.get(oi);
    if (!u) return;
    const itemAtom = content[oi!]!;
    if (a.t === "num" && !countNums.has(a)) {
      if (a.flags.each) u.each = true;
      if (a.flags.only) u.only = true;
      // "포테이토 하나는 치즈크러스트로": the item is talked about, one of them changes.
      if (a.flags.topic) u.topic = true;
      if (a.flags.dir) u.qtyTarget = true;
      if (u.qty === undefined && u.parts.length === 0) {
        u.qty = a.n;
        u.qtyExplicit = !a.article;
      } else if (a.article && u.qty !== undefined) {
        // "two lattes with a vanilla": the article is not another quantity.
      } else {
        const part: Part = { qty: a.n, mods: [] };
        u.parts.push(part);
        current.set(u, part);
      }
      return;
    }
    const mod = modOf(a, content, countNums, ctx.menu);
    if (!mod) return;
    if (negAtoms.has(a)) negate(mod);
    const part = a.start > itemAtom.start ? current.get(u) : undefined;
    (part ? part.mods : u.mods).push(mod);
  });

  applyNegations(cl.atoms, content, units, unitAt, en);
  // "change the mocha to a latte", "모카를 라떼로 바꿔 주세요": the first is replaced by the second.
  const named = units.filter((x) => x.kind === "item");
  if ((kws.has("change") || kws.has("instead")) && named.length === 2 && !named[0]!.remove) {
    const [x, y] = [named[0]!, named[1]!];
    const part = x.parts.length === 1 && x.parts[0]!.mods.length === 0 ? x.parts[0]! : undefined;
    if (part && !y.qtyExplicit && x.qty !== undefined && part.qty < x.qty) {
      // "김밥 세 줄 중에 하나는 참치김밥으로": one of the three becomes the other item.
      y.qty = part.qty;
      y.qtyExplicit = true;
      x.qty -= part.qty;
      x.parts = [];
    } else {
      x.replaced = true;
      y.replaces = x;
    }
  }
  if (units.length > 0) {
    const sharedMods = shared.map((a) => modOf(a, content, countNums, ctx.menu)).filter((m): m is Mod => !!m);
    if (!strays.length) return { units, shared: sharedMods };
    const mods = strays.map((a) => modOf(a, content, countNums, ctx.menu)).filter((m): m is Mod => !!m);
    return { units, shared: sharedMods, bare: { qtyExplicit: false, mods, parts: [], kws, corrects: false, both: false, only: false, clause: clauseNo, asked: false, setQty: false } };
  }

  // No item in this clause: options and a quantity for something said before.
  const mods: Mod[] = [];
  let qty: number | undefined;
  let qtyExplicit = false;
  const parts: Part[] = [];
  let only = false;
  let setQty = false;
  for (const a of content) {
    if (a.t === "num" && !countNums.has(a)) {
      if (a.flags.only) only = true;
      if (a.flags.dir) setQty = true;
      if (qty === undefined) {
        qty = a.n;
        qtyExplicit = !a.article;
      } else if (!a.article) parts.push({ qty: a.n, mods: [] });
      continue;
    }
    if (a.t === "menu") {
      if (a.flags.only) only = true;
      const mod = modOf(a, content, countNums, ctx.menu);
      if (mod && negAtoms.has(a)) negate(mod);
      if (mod) (parts.length ? parts[parts.length - 1]!.mods : mods).push(mod);
    }
  }
  const negated = negateBare(cl.atoms, mods, en);
  const both = kws.has("both") || kws.has("all") || content.some((a) => a.flags.each);
  if (mods.length === 0 && qty === undefined && !negated && !kws.has("remove") && !kws.has("cancel") && !kws.has("same") && !kws.has("more") && !kws.has("change"))
    return { units: [] };
  return {
    units: [],
    bare: { qty, qtyExplicit, mods, parts, kws, corrects: cl.corrects, both, only, clause: clauseNo, asked: false, setQty: setQty || kws.has("change") },
  };
}

/**
 * "떡볶이 두 개, 순한맛이랑 매운맛으로": as many different choices of one group as there
 * are items means one each.
 */
function splitConflictingChoices(u: Unit, menu: MenuModel): void {
  if (u.kind !== "item" || !u.item || u.parts.length || u.qty === undefined || u.qty < 2) return;
  const byGroup = new Map<string, Mod[]>();
  for (const m of u.mods) {
    if (m.m !== "choice" || m.neg) continue;
    const g = m.cands.map((c) => menu.itemGroup(u.item!, c.group)).find((eg) => eg?.select === "one" && eg.choices.some((x) => m.cands.some((c) => c.group === eg.id && c.choice === x.id)));
    if (!g) continue;
    byGroup.set(g.id, [...(byGroup.get(g.id) ?? []), m]);
  }
  for (const mods of byGroup.values()) {
    const distinct = new Set(mods.map((m) => (m.m === "choice" ? m.cands.map((c) => `${c.group}/${c.choice}`).join() : "")));
    if (distinct.size < 2 || mods.length !== u.qty) continue;
    u.mods = u.mods.filter((m) => !mods.includes(m));
    u.parts = mods.map((m) => ({ qty: 1, mods: [m] }));
  }
}

function itemOf(a: Atom): string | undefined {
  if (a.t !== "menu") return undefined;
  const r = a.refs.find((x) => x.k === "item");
  return r && r.k === "item" ? r.item : undefined;
}

/** The nearest word before the item, skipping numbers, options and "the", is a change verb. */
function followsChange(atoms: Atom[], item: Atom): boolean {
  return follows(atoms, item, "change");
}

function follows(atoms: Atom[], item: Atom, kw: Keyword): boolean {
  const i = atoms.indexOf(item);
  for (let j = i - 1; j >= 0; j--) {
    const a = atoms[j]!;
    if (a.t === "num") continue;
    if (a.t === "menu" && !isItemish(a)) continue;
    if (a.t === "kw" && a.ws.includes(kw)) return true;
    if (a.t === "kw" && a.ws.every((w) => w === "the" || w === "filler" || w === "pronoun")) continue;
    return false;
  }
  return false;
}

function unknownStandsForItem(atoms: Atom[], i: number, en: boolean): boolean {
  const a = atoms[i]!;
  if ((a as Atom & { optionWord?: boolean }).optionWord) return false;
  const next = atoms[i + 1];
  const prev = atoms[i - 1];
  if (next?.t === "num" && !en) return true;
  if (prev?.t === "num" && en) return true;
  if (next?.t === "menu" && next.refs.some((r) => r.k === "item") && next.start > a.end - 1) return true;
  if (next?.t === "kw" && next.ws.includes("request")) return true;
  if (prev?.t === "menu" && prev.refs.some((r) => r.k === "choice") && !en && a.start > prev.start) {
    // "아이스 카페모카 하나": an option, then a thing the menu does not have.
    return atoms.slice(i + 1).some((x) => x.t === "num");
  }
  return false;
}

/** A partial name glued to an unknown word ("녹차 아이스크림") is one unknown thing. */
function mergeUnknownCompounds(content: Content[], atoms: Atom[]): void {
  for (let i = 0; i + 1 < content.length; i++) {
    const a = content[i]!;
    const b = content[i + 1]!;
    // Only words said one right after the other ("녹차 아이스크림", not "스무디 대신 자몽에이드").
    if (atoms.some((x) => x.start >= a.end && x.start < b.start)) continue;
    const partialItem = (x: Content) => x.t === "menu" && x.partial && x.refs.some((r) => r.k === "item");
    const fullItem = (x: Content) => x.t === "menu" && x.refs.some((r) => r.k === "item");
    const itemId = (x: Content) => (x.t === "menu" ? itemOf(x) : undefined);
    if (partialItem(a) && fullItem(b) && itemId(a) === itemId(b)) {
      // "peach" + "iced tea": one name said in two pieces.
      content.splice(i, 1);
      i--;
      continue;
    }
    if (fullItem(a) && !partialItem(a) && partialItem(b)) {
      // "a large coffee black": a word that is only part of another name, right after a
      // full name, describes it; it is not a second item.
      content.splice(i + 1, 1);
      i--;
      continue;
    }
    const merge =
      (a.t === "unknown" && (b.t === "unknown" || fullItem(b) || partialItem(b))) ||
      (partialItem(a) && (b.t === "unknown" || fullItem(b)));
    if (!merge || b.start < a.end) continue;
    const u: Content = { ...(b as Atom), t: "unknown", start: a.start, tok0: a.tok0, text: `${a.text} ${b.text}`, flags: { ...b.flags } } as Content;
    content.splice(i, 2, u);
    i--;
  }
}

/**
 * A word that names both an item and a choice (콜라 the drink, or the set's drink): a
 * choice when it answers a group of the item in hand ("세트 하나 콜라로", "음료는
 * 콜라", the kiosk's own question, "감자튀김은 치즈스틱으로 바꿔"), an item when it
 * has its own quantity or stands apart ("세트 하나랑 콜라 하나"). A word that names a
 * category and an option group ("음료", "사이드") is the group when ordering.
 */
function resolveItemChoice(atoms: Atom[], ctx: ParseContext, en: boolean): Atom[] {
  const out: Atom[] = [];
  let lastItem: string | undefined;
  let sepSince = false;
  let groupTopic: string | undefined;
  // Choices already said for the item in hand, and whether the last word was one of them
  // ("당근 케이크랑 라떼": a list of the set's choices joined by 랑).
  let given = new Set<string>();
  let lastWasChoice = false;
  const utterKws = new Set(atoms.flatMap((a) => (a.t === "kw" ? a.ws : [])));
  atoms.forEach((a, i) => {
    if (a.t === "sep") {
      if ((a.why !== "punct" || a.mark !== ",") && !(a.why === "conj" && lastWasChoice)) sepSince = true;
      out.push(a);
      return;
    }
    if (a.t !== "menu") {
      out.push(a);
      return;
    }
    let refs = a.refs;
    const hasGroup = refs.some((r) => r.k === "group" || r.k === "choice");
    if (hasGroup && refs.some((r) => r.k === "category")) refs = refs.filter((r) => r.k !== "category");
    const items = refs.filter((r): r is Extract<MenuRef, { k: "item" }> => r.k === "item");
    const choices = refs.filter((r): r is Extract<MenuRef, { k: "choice" }> => r.k === "choice");
    if (items.length && choices.length) {
      const next = atoms[i + 1];
      const prev = atoms[i - 1];
      // Its own quantity ("콜라 하나", "two cokes"), unless "로" makes it the way the item
      // comes ("세트 사이다로 하나") or the number starts the next part ("하나는 콜라 하나는 사이다").
      const ownQty = en ? prev?.t === "num" && !prev.article : next?.t === "num" && !a.flags.dir && !next.flags.topic;
      const fitsItem = (item: string | undefined) => (item ? choices.filter((c) => ctx.menu.itemGroup(item, c.group)?.choices.some((x) => x.id === c.choice)) : []);
      let pick: typeof choices = [];
      if (groupTopic) pick = choices.filter((c) => c.group === groupTopic);
      if (!pick.length && !ownQty) {
        const withWord = en && (prev?.t === "kw" && prev.ws.includes("with") || (prev?.t === "num" && atoms[i - 2]?.t === "kw" && (atoms[i - 2] as Atom & { ws: string[] }).ws.includes("with")));
        // "a latte, a mocha and a chai": an article starts another thing ordered.
        const article = en && prev?.t === "num" && prev.article && !withWord;
        // A required choice of the item in hand not given yet: "a cake set with carrot cake
        // and a vanilla latte" names the set's drink, not a second order.
        const missingRequired = (item: string) =>
          fitsItem(item).filter((c) => ctx.menu.itemGroup(item, c.group)?.required && !given.has(c.group));
        if (article && lastItem) pick = missingRequired(lastItem);
        else if (lastItem && (!sepSince || a.flags.dir || withWord)) pick = fitsItem(lastItem);
        else if (lastItem && sepSince) pick = missingRequired(lastItem);
        else if (!lastItem && ctx.asked) pick = fitsItem(ctx.asked.item).filter((c) => c.group === ctx.asked!.group || a.flags.dir);
        if (!pick.length && !lastItem) {
          const referring = a.flags.dir || a.flags.topic || utterKws.has("change");
          for (const f of [...(ctx.focus ?? [])].reverse()) {
            const fit = fitsItem(f.item).filter((c) => referring || f.missing.includes(c.group));
            if (fit.length) {
              pick = fit;
              break;
            }
          }
        }
      }
      if (pick.length) {
        out.push({ ...a, refs: pick });
        for (const c of pick) given.add(c.group);
        lastWasChoice = true;
        return;
      }
      refs = refs.filter((r) => r.k !== "choice");
    }
    const firstItem = refs.find((r): r is Extract<MenuRef, { k: "item" }> => r.k === "item");
    lastWasChoice = !firstItem && refs.some((r) => r.k === "choice");
    if (firstItem) {
      lastItem = firstItem.item;
      sepSince = false;
      given = new Set();
    }
    for (const r of refs) if (r.k === "choice") given.add(r.group);
    const g = refs.find((r) => r.k === "group");
    groupTopic = g && g.k === "group" ? g.group : refs.some((r) => r.k === "choice") ? undefined : groupTopic;
    out.push(refs === a.refs ? a : { ...a, refs });
  });
  return out;
}

/**
 * The option group being talked about decides what a word means: "당도는 30, 얼음은 적게"
 * ("적게" is the ice's), "망고는 당도 50 패션후르츠는 30이요" (a bare 30 is the sugar
 * level's "30%"), "사이즈 업" (the next size). Words that name a choice only relative
 * to its group ("적게" for "얼음 적게") count only while that group is in question.
 */
function resolveChoices(atoms: Atom[], ctx: ParseContext): Atom[] {
  const out: Atom[] = [];
  let topic: string | undefined = ctx.asked?.group;
  atoms.forEach((a, i) => {
    const next = atoms[i + 1];
    if (a.t === "sep" && a.why === "punct" && (a.mark === "." || a.mark === "?" || a.mark === "!")) topic = ctx.asked?.group;
    if (a.t === "num" && !a.counted && !a.article) {
      // A number cannot be a quantity when it is 0 or past any line's limit (당도 70, 100%).
      const notQty = a.n === 0 || a.n > MAX_QTY_PER_LINE;
      const prev = out[out.length - 1];
      const afterGroup = prev?.t === "menu" && prev.refs.some((r) => r.k === "group" && r.group === topic);
      const itemNext = next?.t === "menu" && next.refs.some((r) => r.k === "item");
      const itemPrev = prev?.t === "menu" && prev.refs.some((r) => r.k === "item");
      let group = topic;
      if (!group && notQty) group = (ctx.focus ?? []).map((f) => ctx.menu.itemGroups(f.item).find((g) => choiceNamedByNumber(ctx.menu, g.id, a.n))?.id).reverse().find(Boolean);
      const choice = group ? choiceNamedByNumber(ctx.menu, group, a.n) : undefined;
      if (group && choice && (afterGroup || notQty || !(itemNext || itemPrev))) {
        out.push({ ...a, t: "menu", refs: [{ k: "choice", group, choice, name: false }], fuzzy: false, partial: false } as Atom);
        return;
      }
    }
    if (a.t !== "menu") {
      out.push(a);
      return;
    }
    const group = a.refs.find((r) => r.k === "group");
    if (group && group.k === "group") {
      topic = group.group;
      const g = ctx.menu.groups.get(group.group);
      const step = next?.t === "kw" ? (next.ws.includes("up") ? 1 : next.ws.includes("down") ? -1 : 0) : 0;
      if (step && g?.select === "one") {
        out.push({ ...a, step } as Atom);
        return;
      }
    }
    const choices = a.refs.filter((r): r is Extract<MenuRef, { k: "choice" }> => r.k === "choice");
    if (!choices.length) {
      out.push(a);
      return;
    }
    const inTopic = choices.filter((c) => c.group === topic);
    let refs = a.refs;
    if (inTopic.length) refs = [...a.refs.filter((r) => r.k !== "choice"), ...inTopic];
    refs = refs.filter((r) => !(r.k === "choice" && r.derived && r.group !== topic));
    if (!refs.length) return; // a relative word with no group in question
    if (!inTopic.length && choices.length) topic = choices.find((c) => !c.derived)?.group ?? topic;
    out.push(refs.length === a.refs.length ? a : { ...a, refs });
  });
  return out;
}

/**
 * After "with" (until the next full item name or the end of the sentence) words are
 * options: "an iced coffee with cream and two sugars" orders no cream item and no sugar
 * item, even when "cream" is part of some item's name.
 */
function markOptionContext(atoms: Atom[]): Atom[] {
  let inWith = false;
  const fullItem = (x: Atom | undefined) => x?.t === "menu" && x.refs.some((r) => r.k === "item" && !r.partial);
  const out: Atom[] = [];
  atoms.forEach((a, i) => {
    if (a.t === "sep" && a.why === "punct" && a.mark !== ",") inWith = false;
    if (a.t === "kw" && a.ws.includes("with") && /[a-z]/.test(a.text)) inWith = true;
    if (fullItem(a)) inWith = false;
    // "with oat milk and a pumpkin muffin": a word right before an item name is part of a name.
    const partOfName = fullItem(atoms[i + 1]);
    const partial = a.t === "menu" && a.partial && a.refs.every((r) => r.k === "item" || r.k === "category");
    if (!inWith || partOfName || !(a.t === "unknown" || partial)) {
      out.push(a);
      return;
    }
    // "two sugars": the number counts the option, not the order.
    if (out[out.length - 1]?.t === "num") out.pop();
    out.push({ ...a, t: "unknown", optionWord: true } as unknown as Atom);
  });
  return out;
}

/** The choice of a group whose name says this number ("당도 30%" for 30). */
function choiceNamedByNumber(menu: MenuModel, groupId: string, n: number): string | undefined {
  const g = menu.groups.get(groupId);
  const hits = (g?.choices ?? []).filter((c) =>
    [...Object.values(c.name), ...Object.values(c.aliases ?? {}).flat()].some((t) => new RegExp(`(^|[^0-9])${n}([^0-9]|$)`).test(t)),
  );
  return hits.length === 1 ? hits[0]!.id : undefined;
}

/**
 * "a shot of vanilla", "two pumps of caramel", "a splash of oat milk": the measure word
 * and its number say nothing about quantities; "an extra shot of espresso" is a shot,
 * not an espresso.
 */
function dropMeasures(atoms: Atom[], menu: MenuModel): Atom[] {
  const drop = new Set<Atom>();
  atoms.forEach((a, i) => {
    const of = atoms[i + 1];
    const x = atoms[i + 2];
    // "one pump vanilla", "two pumps caramel": a number and a measure word before an option.
    const before = atoms[i - 1];
    const isChoice = (y: Atom | undefined) => y?.t === "menu" && y.refs.some((r) => r.k === "choice") && !y.refs.some((r) => r.k === "item");
    if (a.t === "unknown" && before?.t === "num" && isChoice(of)) {
      drop.add(a);
      drop.add(before);
      return;
    }
    if (!of || of.t !== "kw" || !of.ws.includes("of") || !x || x.t !== "menu") return;
    // "iced tea with a shot of espresso": a name that already carries a counted option.
    const countPreset = a.t === "menu" && a.refs.some((r) => r.k === "item" && Object.keys(r.preset ?? {}).some((g) => menu.groups.get(g)?.select === "count"));
    const isGroup = (a.t === "menu" && a.refs.every((r) => r.k === "group")) || countPreset;
    const xIsChoice = x.refs.some((r) => r.k === "choice") && !x.refs.some((r) => r.k === "item");
    const xIsItem = x.refs.some((r) => r.k === "item");
    if ((isGroup || a.t === "unknown") && xIsChoice) {
      drop.add(a);
      const before = atoms[i - 1];
      if (before?.t === "num") drop.add(before);
    } else if (isGroup && xIsItem) drop.add(x);
  });
  return atoms.filter((a) => !drop.has(a));
}

function unitFrom(a: Content, clause: number, kws: Set<Keyword>, corrects: boolean): Unit {
  const base: Unit = {
    kind: "unknown",
    text: a.text,
    qtyExplicit: false,
    mods: [],
    parts: [],
    topic: a.flags.topic === true,
    the: false,
    only: a.flags.only === true,
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
  if (a.t !== "menu") return base;
  const items = a.refs.filter((r): r is Extract<MenuRef, { k: "item" }> => r.k === "item");
  const full = items.filter((r) => !r.partial);
  const pool = full.length ? full : items;
  const ids = [...new Set(pool.map((r) => r.item))];
  if (ids.length === 1) {
    const r = pool.find((x) => x.preset) ?? pool[0]!;
    return { ...base, kind: "item", item: r.item, ...(r.preset ? { preset: r.preset } : {}), partial: !full.length, fuzzy: a.fuzzy };
  }
  if (ids.length > 1) return { ...base, kind: "ambiguous", candidates: ids, fuzzy: a.fuzzy };
  const cat = a.refs.find((r) => r.k === "category");
  if (cat && cat.k === "category") return { ...base, kind: "category", category: cat.category };
  return base;
}

function countGroupOf(a: Content, menu: MenuModel): string | undefined {
  if (a.t !== "menu") return undefined;
  for (const r of a.refs) if (r.k === "group" && menu.groups.get(r.group)?.select === "count") return r.group;
  return undefined;
}

function modOf(a: Content, content: Content[], countNums: Set<Content>, menu: MenuModel): Mod | undefined {
  if (a.t !== "menu") return undefined;
  const step = (a as Content & { step?: number }).step;
  const sg = a.refs.find((r) => r.k === "group");
  if (step && sg && sg.k === "group") return { m: "step", group: sg.group, by: step, text: a.text };
  const choices: ChoiceCand[] = a.refs.filter((r) => r.k === "choice").map((r) => ({ group: (r as { group: string }).group, choice: (r as { choice: string }).choice, name: (r as { name: boolean }).name }));
  if (choices.length) return { m: "choice", cands: dedupeCands(choices), neg: false, text: a.text };
  const cg = countGroupOf(a, menu);
  if (cg) {
    const i = content.indexOf(a);
    const num = [content[i + 1], content[i - 1], ...content].find((c) => c && c.t === "num" && countNums.has(c));
    return { m: "count", group: cg, n: num && num.t === "num" ? num.n : 1, op: "add", text: a.text };
  }
  const g = a.refs.find((r) => r.k === "group");
  if (g && g.k === "group") return { m: "group", group: g.group, neg: false, text: a.text };
  return undefined;
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
 * "치즈케이크 빼 주세요" takes the item out; "시럽 빼고", "no whip", "without vanilla"
 * take out the option. Korean says it after the thing, English before.
 */
function applyNegations(atoms: Atom[], content: Content[], units: Unit[], unitAt: Map<number, Unit>, en: boolean): void {
  for (const k of atoms) {
    if (k.t !== "kw") continue;
    const isRemove = k.ws.includes("remove") || k.ws.includes("cancel");
    const isNo = (en && k.ws.includes("no")) || k.ws.includes("without");
    if (!isRemove && !isNo) continue;
    let target: Content | undefined;
    if (en) target = content.find((c) => c.start > k.start) ?? (isRemove ? [...content].reverse().find((c) => c.start < k.start) : undefined);
    else target = [...content].reverse().find((c) => c.start < k.start);
    if (!target) continue;
    if (isNo && !isRemove && (target.t !== "menu" || isItemish(target))) continue;
    if (isItemish(target) || target.t === "num") {
      // The quantity of an item stands for the item ("아메리카노 하나 빼 주세요").
      const idx = target.t === "num" ? ownerIndex(content, target, unitAt) : content.indexOf(target);
      const u = idx === undefined ? undefined : unitAt.get(idx);
      if (u) {
        // An item with options to take out keeps the item: "아메리카노 시럽 빼 주세요".
        if (u.mods.length > 0 && !en) u.mods.forEach((m) => negate(m));
        else u.remove = true;
      }
      continue;
    }
    for (const u of units) {
      for (const m of [...u.mods, ...u.parts.flatMap((p) => p.mods)]) if (m.text === target.text) negate(m);
    }
  }
}

function ownerIndex(content: Content[], num: Content, unitAt: Map<number, Unit>): number | undefined {
  const j = content.indexOf(num);
  for (let i = j - 1; i >= 0; i--) if (unitAt.has(i)) return i;
  for (let i = j + 1; i < content.length; i++) if (unitAt.has(i)) return i;
  return undefined;
}

function negate(m: Mod): void {
  if (m.m === "choice" || m.m === "group") m.neg = true;
  else if (m.m === "count") m.op = "clear";
}

function negateBare(atoms: Atom[], mods: Mod[], en: boolean): boolean {
  let any = false;
  for (const k of atoms) {
    if (k.t !== "kw" || !(k.ws.includes("remove") || k.ws.includes("cancel") || k.ws.includes("without") || (en && k.ws.includes("no")))) continue;
    const targets = atoms.filter((a) => a.t === "menu" && (en ? a.start > k.start : a.start < k.start));
    const t = en ? targets[0] : targets[targets.length - 1];
    if (!t) continue;
    for (const m of mods) if (m.text === t.text) {
      negate(m);
      any = true;
    }
  }
  return any;
}

/** "스무디 대신 자몽에이드" (ko: before 대신), "a muffin instead of the scone" (en: after "instead of"). */
function markInstead(atoms: Atom[], units: Unit[]): void {
  for (const k of atoms) {
    if (k.t !== "kw" || !k.ws.includes("instead")) continue;
    const before = units.filter((u) => u.kind !== "unknown" && textStart(atoms, u) >= 0 && textStart(atoms, u) < k.start);
    const after = units.filter((u) => textStart(atoms, u) > k.start);
    const ko = /[\uac00-\ud7a3]/.test(k.text);
    let x: Unit | undefined;
    let y: Unit | undefined;
    if (ko) {
      x = before[before.length - 1];
      y = after[0];
    } else if (/of|than|place/.test(k.text)) {
      x = after[0];
      y = before[before.length - 1] ?? after[1];
    }
    if (x && y && x !== y) {
      x.replaced = true;
      y.replaces = x;
    }
  }
}

function textStart(atoms: Atom[], u: Unit): number {
  const a = atoms.find((x) => (x.t === "menu" || x.t === "unknown") && x.text === u.text);
  return a ? a.start : -1;
}

function questionOf(atoms: Atom[], kws: Set<Keyword>, mark: boolean): Question {
  const q: Question = { kws, items: [], groups: [], choices: [], categories: [], tags: [], unknown: [], orderGroups: [], orderChoices: [], mark };
  for (const a of atoms) {
    if (a.t === "unknown") q.unknown.push(a.text);
    if (a.t !== "menu") continue;
    const items = a.refs.filter((r): r is Extract<MenuRef, { k: "item" }> => r.k === "item");
    const cats = a.refs.filter((r): r is Extract<MenuRef, { k: "category" }> => r.k === "category");
    // A word that is both an item and a category ("latte", "tea") is the category in a question about kinds.
    const kinds = kws.has("menu") || (kws.has("question") && !(kws.has("price") || kws.has("describe")));
    if (cats.length && (!items.length || kinds || items.every((i) => i.partial))) for (const c of cats) q.categories.push(c.category);
    else for (const i of items) q.items.push({ item: i.item, ...(i.preset ? { preset: i.preset } : {}), ...(i.partial || a.fuzzy ? { partial: true } : {}) });
    for (const r of a.refs) {
      if (r.k === "group") q.groups.push(r.group);
      else if (r.k === "choice") q.choices.push({ group: r.group, choice: r.choice, name: r.name });
      else if (r.k === "tag") q.tags.push(r.tag);
      else if (r.k === "orderGroup") q.orderGroups.push(r.group);
      else if (r.k === "order") q.orderChoices.push({ group: r.group, choice: r.choice });
    }
  }
  return q;
}
