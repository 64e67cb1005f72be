// The kiosk asked for a required choice ("which drink for the combo?", "세트 음료는요?") and
// the customer answers with names that are also things sold alone: "콜라 두 개요" to two
// burrito sets, "one coke one fanta" to two box meals, "one chocolate one vanilla" to two
// minis, "one with loroco and the other one bean and cheese" to two plates, "grilled
// cheese" to the You Pick Two's half sandwich (the menu's choice is "Half Grilled Cheese"),
// "치킨 부리또 하나 소고기 부리또 하나요" to two burrito sets' meat, "둘 다 김치찌개요" to two
// set meals' stew (every unit asked about, said so). A cashier who just asked for exactly
// that group hears the answer: said alone, every word one of the group's choices, counted no
// further than the lines asked about hold, the words are those choices (split over the units
// where each names its own count). Where the customer may be adding something ("and a coke
// too", "콜라도", a count past the sets', another word said with it) the words are left as
// they were read.
import type { MenuModel } from "../../../../shared/menu/model.ts";
import type { MenuRef } from "./lexicon.ts";
import { keyOf, spokenNames, wordsOf } from "./name-forms.ts";
import { halvesAsTheMix } from "./halves-as-mixed.ts";
import type { Atom } from "./scan.ts";
import type { ParseContext } from "./utterance.ts";

type MenuAtom = Atom & { kind: "menu" };
type ChoiceRef = Extract<MenuRef, { kind: "choice" }>;

/** Keywords that say nothing but "here is my answer". */
const ANSWER_KWS = new Set(["filler", "request", "yes", "the"]);
/** English fillers that say a thing is added, taken back or changed, not chosen. */
const ADDING = /\b(also|too|as well|another|more|add|added|extra|again|plus|actually|instead|but|no|not|dont|without)\b/i;


/** A Korean name without the 요 said after it ("제로요", "김치찌개요"). */
const withoutYo = (text: string) => text.replace(/(?<=[가-힣]{2})(?:이요|요)$/, "");

/** Whether `part`'s words stand together inside `whole`'s ("grilled cheese" in "half grilled cheese"). */
function wordsInside(part: readonly string[], whole: readonly string[]): boolean {
  if (!part.length || part.length > whole.length) return false;
  for (let i = 0; i + part.length <= whole.length; i++) if (part.every((w, k) => whole[i + k] === w)) return true;
  return false;
}

/**
 * The asked group's one choice this word names: a choice of the group among its readings,
 * the item with that choice named on it when the asked item is a set of that item ("치킨
 * 부리또" for a 부리또 세트's meat), or an item whose name the one choice's name holds whole
 * ("grilled cheese" for "Half Grilled Cheese", "chili" for "Cup of Chili").
 */
export function choiceNamed(menu: MenuModel, item: string, group: string, a: MenuAtom): string | undefined {
  if (a.fuzzy || a.partial) return undefined;
  const offered = new Set(menu.itemGroup(item, group)?.choices.map((c) => c.id) ?? []);
  const direct = new Set(a.refs.filter((r): r is ChoiceRef => r.kind === "choice" && r.group === group && offered.has(r.choice)).map((r) => r.choice));
  if (direct.size === 1) return [...direct][0];
  if (direct.size > 1) return undefined;
  const mix = halvesAsTheMix(menu, offered, group, a.text);
  if (mix) return mix;
  const items = a.refs.filter((r): r is Extract<MenuRef, { kind: "item" }> => r.kind === "item");
  if (!items.length || items.length !== a.refs.filter((r) => r.kind !== "choice").length) return undefined;
  const hits = new Set<string>();
  // ("uh a salty lassi" to the combo's drink whose "Salted lassi" is also called so: the lexicon
  // reads the words as the lassi sold alone made salted; said to the question, they are the
  // choice whose own name or alias they are, r107c-007.)
  const whole = keyOf(withoutYo(a.text.trim()));
  for (const c of menu.groups.get(group)?.choices ?? []) if (offered.has(c.id) && spokenNames(c, true).some((n) => keyOf(n) === whole)) hits.add(c.id);
  if (hits.size) return hits.size === 1 ? [...hits][0] : undefined;
  const setNames = spokenNames(menu.item(item), true).map(keyOf);
  for (const r of items) {
    const preset = r.preset?.[group];
    if (typeof preset === "string" && offered.has(preset)) {
      const own = spokenNames(menu.item(r.item), true).map(keyOf).filter((k) => k.length >= 2);
      if (own.some((k) => setNames.some((s) => s !== k && s.includes(k)))) hits.add(preset);
      continue;
    }
    if (r.preset && Object.keys(r.preset).length) continue;
    // (Korean says the name with 요: "제로요" for the Coke Zero the menu also calls 제로.)
    const said = wordsOf(withoutYo(a.text.trim()));
    const names = spokenNames(menu.item(r.item), true).map(wordsOf).filter((w) => w.length && wordsInside(w, said));
    if (!names.length) continue;
    const name = names.reduce((x, y) => (y.length > x.length ? y : x));
    // (Korean writes a name's words together: "된장" inside "된장찌개" by its letters; a
    // menu's alias "김치찌개요" is the name said with its 요.)
    const ko = /[가-힣]/.test(a.text);
    const koKey = withoutYo(name.join(""));
    for (const c of menu.groups.get(group)?.choices ?? []) {
      if (offered.has(c.id) && spokenNames(c, true).some((n) => (ko ? keyOf(n).includes(koKey) : wordsInside(name, wordsOf(n))))) hits.add(c.id);
    }
  }
  return hits.size === 1 ? [...hits][0] : undefined;
}

/** "one with loroco": a count and "with" before a name, the count of the name. */
const withAfter = (atoms: readonly Atom[], i: number): boolean => {
  const [n, w] = [atoms[i], atoms[i + 1]];
  return n?.kind === "num" && !n.article && w?.kind === "kw" && w.keywords.includes("with") && w.text.trim().toLowerCase() === "with" && atoms[i + 2]?.kind === "menu";
};

interface Said {
  at: number;
  /** Said after "둘 다" / "both": every unit asked about. */
  all?: boolean;
  choice: string;
  /** The count said with it, if any. */
  qty?: number;
}

/** The answer's words with their counts, or undefined where anything else was said. */
function answerWords(atoms: readonly Atom[], ctx: ParseContext, en: boolean): Said[] | undefined {
  const asked = ctx.asked!;
  const said: Said[] = [];
  const countFor = new Map<number, number>();
  let seenWord = false;
  let all = false;
  for (let i = 0; i < atoms.length; i++) {
    const a = atoms[i]!;
    // "둘 다 김치찌개요", "both coke": said before the one word, every unit asked about.
    if (a.kind === "kw" && a.keywords.length === 1 && a.keywords[0] === "both" && !seenWord && !all) {
      all = true;
      continue;
    }
    if (a.kind === "menu") {
      if (a.flags.also || a.flags.added || a.flags.more || a.flags.negated || a.flags.extra) return undefined;
      const choice = choiceNamed(ctx.menu, asked.item, asked.group, a);
      if (!choice) return undefined;
      said.push({ at: i, choice, ...(all ? { all } : {}) });
      seenWord = true;
      continue;
    }
    if (a.kind === "num") {
      if (a.times || a.flags.more || a.flags.added || a.flags.party) return undefined;
      // English counts the word after it ("one coke", "one with loroco"), Korean the word before ("콜라 하나").
      const at = en ? i + 1 + (withAfter(atoms, i) ? 1 : 0) : i - 1;
      if (atoms[at]?.kind !== "menu") return undefined;
      if (!a.article) countFor.set(at, a.value);
      continue;
    }
    if (a.kind === "sep") {
      // ("and a coke" opens with "and": one more thing.)
      if (!seenWord && a.why === "conj") return undefined;
      if (a.why === "clause") return undefined;
      continue;
    }
    if (a.kind === "kw") {
      if (en && withAfter(atoms, i - 1)) continue;
      if (!a.keywords.every((k) => ANSWER_KWS.has(k)) || ADDING.test(a.text)) return undefined;
      continue;
    }
    return undefined;
  }
  for (const s of said) {
    const q = countFor.get(s.at);
    if (q !== undefined) s.qty = q;
  }
  return said;
}

/**
 * The words that answer the kiosk's question read as the asked group's choices. A count
 * past what the lines asked about hold leaves them as they were; one short of it (two sets,
 * "콜라 하나요") is read so but left unplaced: a guess.
 */
export function answerNamedAsItems(heard: Atom[], ctx: ParseContext, en: boolean, unplaced: Atom[]): Atom[] {
  const asked = ctx.asked;
  if (!asked?.qty || !ctx.menu.itemGroup(asked.item, asked.group)?.required) return heard;
  const atoms = heard;
  const said = answerWords(atoms, ctx, en);
  if (!said?.length) return heard;
  // The units still waiting for this choice: the asked line's, and those of the other lines of the same item still missing it.
  const waiting = (ctx.focus ?? []).filter((f) => f.item === asked.item && f.missing.includes(asked.group)).reduce((n, f) => n + (f.qty ?? 1), 0);
  const units = Math.max(asked.qty, waiting);
  const counted = said.reduce((n, s) => n + (s.qty ?? 1), 0);
  const whole = said.length === 1 && said[0]!.qty === undefined;
  if (said.some((s) => s.all) && (!whole || units < 2)) return atoms;
  if (!whole && counted > units) return atoms;
  const read = new Map<number, Atom>();
  for (const s of said) {
    const ref: ChoiceRef = { kind: "choice", group: asked.group, choice: s.choice, name: true };
    read.set(s.at, { ...(atoms[s.at] as MenuAtom), refs: [ref], answersAsked: true } as Atom);
  }
  const out: Atom[] = [];
  atoms.forEach((a, i) => {
    const next = atoms[i + 1];
    // "콜라 두 개 사이다 하나요": each count said after its choice is read as "두 개는 콜라",
    // the way Korean splits a line's count between choices.
    if (!en && read.has(i) && next?.kind === "num" && !next.article && said.length > 1) {
      out.push({ ...next, flags: { ...next.flags, topic: true } }, read.get(i)!);
      return;
    }
    if (!en && a.kind === "num" && read.has(i - 1) && said.length > 1) return;
    out.push(read.get(i) ?? a);
  });
  // Fewer than the lines hold, or spread over lines of their own: read so, but not sure.
  if (!whole && (counted < units || units > asked.qty)) for (const s of said) unplaced.push(read.get(s.at)!);
  return out;
}

/** Whether this word was read as the answer to the kiosk's question (its own count stays its count). */
export function readAsAnswer(a: Atom): boolean {
  return (a as Atom & { answersAsked?: boolean }).answersAsked === true;
}
