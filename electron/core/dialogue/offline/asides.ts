// Words around an order that look like part of it and may not be: asides ("and well,
// maybe some fries", "I'm on a diet, so ...", "sweet tea is too sweet for me"), a word
// said of one of several ("his well done"), and names that say two things at once. Each
// is read as best the parse can; accounting.ts only learns here that it was a guess.
import type { MenuModel } from "../../../../shared/menu/model.ts";
import type { Atom } from "./scan.ts";
import { itemKeysOf } from "./option-names.ts";
import { keyOf } from "./name-forms.ts";
import type { Utterance } from "./utterance.ts";

/** Menu words that are also words people open a thought with ("well, ...", "so, ..."). */
const INTERJECTIONS: ReadonlySet<string> = new Set(["well", "so", "like", "right", "now", "okay", "ok", "sure", "fine"]);

/** Words that say whose one it is, of several. */
const POSSESSIVES: ReadonlySet<string> = new Set(["his", "her", "hers", "mine", "theirs", "their"]);

/** "I'm on a diet", "we're on a budget": being on something, not ordering it ("a sub on an italian"). */
const BEING = /^(i'?m|am|are|we'?re|is|was|been|be)$/;

const lower = (a: Atom | undefined) => (a ? a.text.trim().toLowerCase() : "");

/** The atom before `i`, past an article ("on a diet"). */
function before(atoms: readonly Atom[], i: number): Atom | undefined {
  const p = atoms[i - 1];
  return p?.kind === "num" && p.article ? atoms[i - 2] : p;
}

export function asideGuesses(u: Utterance, menu: MenuModel): string[] {
  const guesses: string[] = [];
  const en = u.lang === "en";
  const atoms = u.atoms;
  atoms.forEach((a, i) => {
    const next = atoms[i + 1];
    if (!en) return;
    // "and well, maybe some fries": "well" set off by a comma opens a thought; "medium well," does not.
    const prev = atoms[i - 1];
    if (a.kind === "menu" && INTERJECTIONS.has(lower(a)) && next?.kind === "sep" && next.mark === "," && (!prev || prev.kind === "sep" || prev.kind === "kw"))
      guesses.push(`"${a.text}," an aside, or an option?`);
    // "sweet tea is too sweet for me": "too" before a word says what is wrong with it ("fries too" is "also").
    if (lower(a) === "too" && lower(prev) !== "not" && next && (next.kind === "menu" || next.kind === "unknown")) guesses.push(`"too ${next.text}": a complaint, or an order?`);
    // "I'm on a diet": things ordered are not what one is "on" (options are: "on wheat", "on the side").
    const on = atoms.indexOf(before(atoms, i)!);
    if (a.kind === "menu" && a.refs.length && a.refs.every((r) => r.kind === "item" || r.kind === "category") && lower(atoms[on]) === "on" && BEING.test(lower(atoms[on - 1]))) guesses.push(`"on ${a.text}": an item, or an aside?`);
    // "two cheeseburgers for me and my buddy, his well done": options for one of them, said by whose.
    if (POSSESSIVES.has(lower(a)) && next?.kind === "menu" && next.refs.some((r) => r.kind === "choice") && u.units.some((x) => (x.qty ?? 1) > 1 || x.parts.length)) guesses.push(`"${a.text} ${next.text}": which one is that?`);
    // "… and my buddy wants no tomatoes on his": said of whose one, after the options (sealed round 17).
    // ("the same for her": "her" there is whom it is for, not whose.)
    if (/^(his|hers|mine|theirs)$/.test(lower(a)) && /^(on|in|for|with)$/.test(lower(prev)) && (!next || next.kind === "sep") && u.units.some((x) => (x.qty ?? 1) > 1 || x.parts.length)) guesses.push(`"${prev!.text} ${a.text}": which one is that?`);
    // "2 fries" where the Number 2 combo comes with fries: a count, or the combo?
    if (a.kind === "menu" && /^\d+$/.test(a.text.trim()) && a.refs.some((r) => r.kind === "item") && next?.kind === "menu" && namesOfItems(menu, next.text) > 0) guesses.push(`"${a.text} ${next.text}": a count, or the item numbered so?`);
  });
  atoms.forEach((a, i) => {
    const prev = atoms[i - 1];
    const next = atoms[i + 1];
    // "no beans, I mean no rice": which refusal stands?
    const refusal = (x: Atom | undefined) => x?.kind === "menu" && /^(no|without|hold)\s/i.test(x.text);
    if (a.kind === "kw" && a.keywords.includes("correction") && refusal(prev?.kind === "sep" ? atoms[i - 2] : prev) && refusal(next)) guesses.push(`"${a.text}" between two refusals: which stands?`);
    // "a double cheeseburger, actually just a single": a count, or one patty?
    if (en && a.kind === "num" && /\b(single|double|triple)$/i.test(a.text.trim()) && (!next || next.kind === "sep") && lower(prev) !== "the") guesses.push(`"${a.text}": a count, or the option called so?`);
  });
  // "two large pizzas, one pepperoni and one hawaiian": parts short of the count, then another
  // item counted: one of them, or one more?
  u.units.forEach((x, i) => {
    const said = x.parts.reduce((n, p) => n + p.qty, 0);
    const next = u.units[i + 1];
    if (x.kind === "item" && x.parts.length && x.qty !== undefined && said < x.qty && next && next.kind === "item" && next.qtyExplicit && !next.asked) guesses.push(`"${next.text}": one of the "${x.text}", or more?`);
  });
  if (en) guesses.push(...orderAndQuestion(atoms));
  // "and a mocha, same way": made the way which line was, with which of its options? (Not
  // where it was read as another item made as the one before: same-other-item.ts.)
  atoms.forEach((a, i) => {
    if (en && a.kind === "kw" && a.keywords.includes("same") && lower(atoms[i + 1]) === "way" && u.units.some((x) => x.kind === "item" && !x.asked) && !u.units.some((x) => x.sameRead)) guesses.push(`"${a.text} way": the same as what?`);
  });
  for (const x of u.units) {
    if (x.asked) continue;
    // "치킨 두 마리 후라이드 양념으로": one of each, or two of the half-and-half?
    if ((x.qty ?? 1) > 1 && x.mods.some((m) => m.kind === "choice" && !m.neg && namesOfItems(menu, m.text) >= 2)) guesses.push(`"${x.text}": one of each, or all of them so?`);
    if (x.kind !== "item" || !x.item) continue;
    // "비빔냉면 하나 ... 물 좀 주세요": an option choosing otherwise than the item's own name chose.
    for (const m of x.mods) {
      if (m.kind !== "choice" || m.neg || x.kws.has("change") || x.dir) continue;
      // (Not a head said once for two, "물냉 하나 비냉 곱빼기 하나": the second is made from the
      // first, and its own choice is what it is.)
      if (atoms.some((a) => a.start === m.at && a.kind === "menu" && a.refs.some((r) => r.kind === "item")) || u.units.some((y) => y !== x && y.text === x.text)) continue;
      const named = m.cands.filter((c) => typeof x.preset?.[c.group] === "string");
      if (named.length && named.length === m.cands.length && named.every((c) => x.preset![c.group] !== c.choice)) guesses.push(`"${x.text}" with "${m.text}": the name chose otherwise`);
    }
  }
  return guesses;
}

/** How many words of `text` are each an item's whole name or alias. */
function namesOfItems(menu: MenuModel, text: string): number {
  const names = new Set([...itemKeysOf(menu).values()].flat());
  return text
    .split(/[\s+,]+/)
    .map((w) => keyOf(w.replace(/(으로|로)(요)?$/, "")))
    .filter((w) => w && names.has(w)).length;
}

/** Keywords that open a question ("do you have", "how much", "what's in"). */
const ASKING = new Set(["have", "price", "describe", "recommend"]);
/** Question words that open one ("is the coffee bottomless", "what's in the rainbow roll"); not "which" or "could you". */
const ASKS = /^(is|are|does|do)\s+(the|it|that|they|this|these|those|you)\b|^what(s|\s+is|\s+are|\s+kind|\s+kinds)\b/i;

/**
 * "a brisket plate and do you have peach cobbler", "do you have oat milk, a latte with oat
 * then": an order and a question in one sentence — the question answered, the order dropped.
 */
function orderAndQuestion(atoms: readonly Atom[]): string[] {
  const q = atoms.findIndex((a) => a.kind === "kw" && (a.keywords.some((k) => ASKING.has(k)) || (a.keywords.includes("question") && ASKS.test(a.text.trim()))));
  if (q < 0) return [];
  const ends = (a: Atom) => a.kind === "sep" && (a.mark === "." || a.mark === "?" || a.mark === "!");
  const isItem = (a: Atom) => a.kind === "menu" && a.refs.some((r) => r.kind === "item");
  // Before the question, in its sentence.
  for (let i = q - 1; i >= 0 && !ends(atoms[i]!); i--) if (isItem(atoms[i]!)) return [`"${atoms[i]!.text}" ordered, then a question`];
  // After it, past a comma, in its sentence.
  let comma = false;
  for (let i = q + 1; i < atoms.length && !ends(atoms[i]!); i++) {
    const a = atoms[i]!;
    if (a.kind === "sep" && a.mark === ",") comma = true;
    else if (comma && isItem(a)) return [`a question, then "${a.text}" ordered`];
  }
  return [];
}
