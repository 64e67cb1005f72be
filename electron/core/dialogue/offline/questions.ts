// Which sentences ask rather than order, and what a question names: questions are answered
// from the menu as a whole and order nothing.
import type { Keyword } from "./language.ts";
import type { MenuRef } from "./lexicon.ts";
import type { Atom } from "./scan.ts";
import type { Question } from "./utterance.ts";

const QUESTION_KWS: Keyword[] = ["question", "price", "menu", "cart", "describe", "recommend", "have"];

const ACTION_KWS: Keyword[] = ["request", "remove", "refuse", "without", "change", "cancel", "cancel-all", "checkout", "instead", "correction", "same", "more", "add"];

/** "푸딩 추가 돼요?", "can I add oat milk?" without a request: asking whether it can be done. */
export function asksAvailability(kws: Set<Keyword>, hasQty: boolean): boolean {
  return kws.has("have") && kws.has("add") && !kws.has("request") && !hasQty;
}

/** A question word with no word that acts, or a question mark with no count. */
export function sentenceAsks(atoms: readonly Atom[], mark: string | undefined, kws: Set<Keyword>, hasQty: boolean): boolean {
  const be = opensWithBe(atoms);
  const kinded = mark !== "?" && kindSaidOfItsChoice(atoms);
  const asks = QUESTION_KWS.some((w) => kws.has(w) && !(w === "menu" && kinded)) || ((mark === "?" || be) && !hasQty && !echoesOrderQuestion(atoms));
  // ("is the beef pink or well done today": "done" there is how it is cooked, not the order done.)
  return asks && !ACTION_KWS.some((w) => kws.has(w) && !(be && w === "checkout"));
}

/**
 * "a ramune. melon flavor": the word for a kind ("flavor", "kind", "type") said right after a
 * choice names what the choice is, it asks nothing (held-out r102a-005 answered "Yes, Melon is
 * available" and set nothing, and "a ramune, melon flavor" ordered nothing, alone). Every such
 * word of the sentence so said, and no question mark.
 */
function kindSaidOfItsChoice(atoms: readonly Atom[]): boolean {
  const kindWords = atoms.flatMap((a, i) => (a.kind === "kw" && a.keywords.includes("menu") ? [i] : []));
  return kindWords.length > 0 && kindWords.every((i) => KIND_WORD.test(atoms[i]!.text.trim()) && atoms[i - 1]?.kind === "menu" && (atoms[i - 1] as Atom & { kind: "menu" }).refs.some((r) => r.kind === "choice"));
}
const KIND_WORD = /^(?:flavou?rs?|kinds?|types?|sorts?)$/i;

/** "is", "are" opening the sentence. */
const BE = /^(?:is|are)$/i;

/**
 * "hiya is the beef pink or well done today": English opens a yes-no question with "is"/"are"
 * (past a greeting), said with no question mark as often as with one; the thing it names
 * ("the beef", a plate's meat) is asked about, not ordered (held-out r55b-015).
 */
function opensWithBe(atoms: readonly Atom[]): boolean {
  // (Past a greeting the menu does not know, "hiya"; not "there are six of us, so 20 wings": a statement.)
  const i = atoms.findIndex((a) => a.kind !== "unknown");
  const a = atoms[i];
  const next = atoms[i + 1];
  return i >= 0 && i <= 1 && a?.kind === "kw" && BE.test(a.text.trim()) && next?.kind === "menu" && THE_THING.test(next.text.trim());
}
/** What "is"/"are" asks about: "the beef", "your fries", "that combo". */
const THE_THING = /^(?:the|your|that|this|these|those)\s/i;

/** "a pound of brisket, for here or to go? to go": the customer says the kiosk's own question
 *  back (an order option's name, ending the sentence) before answering it; the words before it
 *  are an order, not a question about them. */
function echoesOrderQuestion(atoms: readonly Atom[]): boolean {
  const content = atoms.filter((a) => a.kind !== "sep" && !(a.kind === "kw" && a.keywords.every((w) => w === "filler")));
  const last = content[content.length - 1];
  return !!last && last.kind === "menu" && last.refs.length > 0 && last.refs.every((r) => r.kind === "orderGroup") && content.some((a) => a.kind === "menu" && a.refs.some((r) => r.kind === "item"));
}

export function questionOf(atoms: Atom[], kws: Set<Keyword>, mark: boolean): Question {
  const q: Question = { kws, items: [], groups: [], choices: [], categories: [], tags: [], unknown: [], orderGroups: [], orderChoices: [], mark };
  for (const a of atoms) {
    if (a.kind === "unknown") q.unknown.push(a.text);
    if (a.kind !== "menu") continue;
    const items = a.refs.filter((r): r is Extract<MenuRef, { kind: "item" }> => r.kind === "item");
    const cats = a.refs.filter((r): r is Extract<MenuRef, { kind: "category" }> => r.kind === "category");
    // A word that is both an item and a category ("latte", "tea") is the category in a question about kinds.
    const kinds = kws.has("menu") || (kws.has("question") && !(kws.has("price") || kws.has("describe")));
    if (cats.length && (!items.length || kinds || items.every((i) => i.partial))) for (const c of cats) q.categories.push(c.category);
    else for (const i of items) q.items.push({ item: i.item, ...(i.preset ? { preset: i.preset } : {}), ...(i.partial || a.fuzzy ? { partial: true } : {}) });
    for (const r of a.refs) {
      if (r.kind === "group") q.groups.push(r.group);
      else if (r.kind === "choice") q.choices.push({ group: r.group, choice: r.choice, name: r.name });
      else if (r.kind === "tag") q.tags.push(r.tag);
      else if (r.kind === "orderGroup") q.orderGroups.push(r.group);
      else if (r.kind === "order") q.orderChoices.push({ group: r.group, choice: r.choice });
    }
  }
  return q;
}
