// Where sentences and clauses start and end. Sentences end at . ? !; clauses at 랑/하고/
// and/commas/그리고, corrections and "actually", and where Korean talk starts a new clause
// beyond the separators: a list of items before a refusal is one clause (all refused), and a
// count that closes options said with no item ends one (the options were not said of the
// item after it).
import type { MenuModel } from "../../../../shared/menu/model.ts";
import type { MenuRef } from "./lexicon.ts";
import type { Atom } from "./scan.ts";
import type { Clause } from "./clause.ts";
import { contentFollows, leadsToItem } from "./english-phrases.ts";
import { saidSoBeforeOneMore } from "./one-more-made-so.ts";

const MUTATING_CONNECTIVE = /(고|고요|서|서요)$/;


/**
 * "무랑 소스는 빼 주세요": two items joined by 랑, the second with 는 and a refusal right
 * after it, are one list of refused things (an order would carry its count: "후라이드
 * 하나랑 소스는 빼고" keeps the 후라이드).
 */
export function refusedItemList(atoms: Atom[], i: number): boolean {
  const isItem = (x: Atom | undefined) => x?.kind === "menu" && x.refs.length > 0 && x.refs.every((r) => r.kind === "item");
  const prev = atoms[i - 1];
  const next = atoms[i + 1];
  if (!isItem(prev) || !isItem(next) || next?.kind !== "menu" || !next.flags.topic) return false;
  let k = i + 2;
  while (atoms[k]?.kind === "kw" && (atoms[k] as Atom & { keywords: string[] }).keywords.every((w) => w === "filler" || w === "all")) k++;
  const after = atoms[k];
  return after?.kind === "kw" && after.keywords.some((w) => w === "remove" || w === "refuse" || w === "without" || w === "cancel");
}

/**
 * "후간반 순살 하나 콜라 큰 거 하나": in Korean a count closes what came before it; options
 * with their count and no item, followed by an item they do not fit, were said of
 * something else (the item they name, found later), not of that item.
 */
export function closesOptionsBefore(cur: Atom[], a: Atom, next: Atom | undefined, menu: MenuModel): boolean {
  if (a.kind !== "num" || a.times || a.flags.topic || a.flags.among || !/[\uac00-\ud7a3]/.test(a.text)) return false;
  if (next?.kind !== "menu" || !next.refs.length) return false;
  const said = cur.slice(0, -1);
  if (!said.length || !said.every((x) => x.kind === "menu" && x.refs.length > 0 && x.refs.every((r) => r.kind === "choice"))) return false;
  // "소컵 오리지널 하나 중컵 간장 하나요": another choice of a group just chosen starts the next line.
  const other = (r: MenuRef) => r.kind === "choice" && said.some((x) => x.kind === "menu" && x.refs.some((s) => s.kind === "choice" && s.group === r.group && s.choice !== r.choice));
  if (!next.fuzzy && next.refs.every((r) => r.kind === "choice") && next.refs.every(other)) return true;
  if (!next.refs.every((r) => r.kind === "item" && !r.partial)) return false;
  const fits = (item: string, r: MenuRef) => r.kind === "choice" && !!menu.itemGroup(item, r.group)?.choices.some((c) => c.id === r.choice);
  return said.some((x) => x.kind === "menu" && !next.refs.some((it) => it.kind === "item" && x.refs.some((r) => fits(it.item, r))));
}

export interface Sentence {
  atoms: Atom[];
  mark?: string;
  /** "아 갈비탕에 밥 나오는구나": a thing found out, said to oneself; nothing in it is ordered. */
  remark?: true;
}

/**
 * "나오는구나", "따로군요": a Korean word the menu does not know ending in -구나/-군요, the
 * ending of a thing just found out. It closes a sentence of its own, a remark (what it
 * names is talked about, not ordered: "공기밥은 빼 주세요" after it is the order).
 */
/** "아", "아하", "오": the sound a thing found out starts with. */
const REMARK_OPENERS = /^(?:아|아하|오|아아)$/;
const FOUND_OUT = /[\uac00-\ud7a3](?:구나|군요|구나요|구만|구먼)$/;

export function splitSentences(atoms: Atom[]): Sentence[] {
  const out: Sentence[] = [];
  let cur: Atom[] = [];
  for (const [i, a] of atoms.entries()) {
    if (a.kind === "sep" && a.why === "punct" && (a.mark === "?" || a.mark === "." || a.mark === "!")) {
      // "간장으로요 순살도 되나요?": a Korean answer closed by 요 before the question is said
      // apart from it; it is not asked.
      const said = a.mark === "?" ? answerBeforeQuestion(cur) : 0;
      if (said) {
        out.push({ atoms: cur.slice(0, said) });
        cur = cur.slice(said);
      }
      if (cur.length) out.push({ atoms: cur, mark: a.mark });
      cur = [];
      continue;
    }
    cur.push(a);
    if (a.kind === "unknown" && FOUND_OUT.test(a.text.trim())) {
      // The remark starts at the "아" that opens it ("쇼유 하나 곱빼기 아 쇼유는 안 되는구나"), or
      // with the sentence: what came before that is said as ever.
      const opens = cur.map((x) => x.kind === "kw" && x.keywords.includes("filler") && REMARK_OPENERS.test(x.text.trim())).lastIndexOf(true);
      if (opens > 0) out.push({ atoms: cur.slice(0, opens) });
      out.push({ atoms: cur.slice(Math.max(opens, 0)), remark: true });
      cur = [];
      continue;
    }
    // "꼬리 추가 되나요 그럼 꼬리 하나 넣어 주세요": a Korean question said with no "?" ends at
    // its asking ending when 그럼 goes on to the order; what follows is the order.
    if ((asksThenOrders(a, atoms[i + 1]) || confirmsThenOrdersAgain(a, atoms, i, cur)) && cur.some((x) => x.kind === "menu")) {
      out.push({ atoms: cur, mark: "?" });
      cur = [];
      continue;
    }
    // "do you have oat milk ok then an oat latte": a question answered by the asker's own
    // "ok" ends there, with no question mark spoken; what follows is the order.
    if (a.kind === "kw" && a.keywords.includes("yes") && /^(?:ok|okay|alright|all right|great|cool|perfect)$/i.test(a.text) && asksWhatIsNamed(cur.slice(0, -1))) {
      out.push({ atoms: cur, mark: "?" });
      cur = [];
    }
  }
  if (cur.length) out.push({ atoms: cur });
  return out;
}

/**
 * Where a Korean sentence asked with "?" starts with choices closed by the polite 요 ("간장으로요")
 * and goes on to ask ("순살도 되나요?"): the count of atoms said before the question,
 * or 0. (Not 고요/데요/구요, which lead on: "포장이고요 …", "간장인데요 …".)
 */
function answerBeforeQuestion(atoms: readonly Atom[]): number {
  const content = (x: Atom) => x.kind === "menu" || x.kind === "num" || x.kind === "unknown";
  for (let i = 0; i < atoms.length - 1; i++) {
    const a = atoms[i]!;
    if (!content(a) || !("flags" in a) || !a.flags.end || !/[\uac00-\ud7a3]요$/.test(a.text) || /(?:고|데|구)요$/.test(a.text)) continue;
    const rest = atoms.slice(i + 1);
    // (Choices only, answering about the line in hand: "라떼요 얼마예요?" asks the price of a latte.)
    const before = atoms.slice(0, i + 1).filter((x) => x.kind === "menu");
    if (rest.some(content) && before.length && before.every((x) => x.kind === "menu" && x.refs.length > 0 && x.refs.every((r) => r.kind === "choice"))) return i + 1;
  }
  return 0;
}

/** "되나요", "있나요" (and 있어요/돼요 can be said either way, so not those) before "그럼"/"그러면". */
function asksThenOrders(a: Atom, next: Atom | undefined): boolean {
  if (a.kind !== "kw" || !a.keywords.includes("have") || !/(?:나요|까요|습니까)$/.test(a.text.trim())) return false;
  return next?.kind === "kw" && /^(?:그럼|그러면)$/.test(next.text.trim());
}

/**
 * "장어솥밥 포장 되죠 그럼 장어솥밥 두 개 포장해 주세요": 되죠 ("that works, right?"), read as 되
 * with its ending, asks too where 그럼 goes on to order again a thing the question named;
 * what follows is the order. (Not "패티 하나 더 추가되죠 그럼 그렇게 하나 주세요", where the
 * order is what was asked about: nothing named again.)
 */
function confirmsThenOrdersAgain(a: Atom, atoms: readonly Atom[], i: number, asked: readonly Atom[]): boolean {
  const next = atoms[i + 1];
  if (a.kind !== "unknown" || !a.flags.end || !/^(?:되|돼)$/.test(a.text.trim())) return false;
  if (next?.kind !== "kw" || !/^(?:그럼|그러면)$/.test(next.text.trim())) return false;
  const named = (x: Atom) => (x.kind === "menu" ? x.refs.flatMap((r) => (r.kind === "item" ? [r.item] : [])) : []);
  const askedOf = new Set(asked.flatMap(named));
  return atoms.slice(i + 2).some((x) => named(x).some((it) => askedOf.has(it)));
}

/** "do you have oat milk", "how much is the latte": a question, naming something, said before. */
function asksWhatIsNamed(atoms: readonly Atom[]): boolean {
  const asks = atoms.some((a) => a.kind === "kw" && a.keywords.some((k) => k === "have" || k === "question" || k === "price"));
  return asks && atoms.some((a) => a.kind === "menu") && !atoms.some((a) => a.kind === "num" && !a.article);
}

const isComma = (x: Atom | undefined) => x?.kind === "sep" && x.why === "punct" && x.mark === ",";

export function splitClauses(atoms: Atom[], sentence: number, menu: MenuModel): Clause[] {
  const out: Clause[] = [];
  let cur: Atom[] = [];
  let correctsNext = false;
  let softNext = false;
  let conjBefore = false;
  let runOnNext = false;
  const flush = (next = false) => {
    const content = cur.some((a) => a.kind === "menu" || a.kind === "num" || a.kind === "unknown");
    if (cur.length) {
      out.push({ atoms: cur, sentence, corrects: correctsNext && content, soft: softNext && content, afterConj: conjBefore, first: out.length === 0, ...(runOnNext ? { runOn: true } : {}) });
      runOnNext = false;
      if (content) correctsNext = softNext = false;
    }
    cur = [];
    conjBefore = next;
  };
  atoms.forEach((a, i) => {
    if (a.kind === "sep") {
      // "파인애플이랑 베이컨", "당근 케이크랑 라떼": 랑/and between two options joins a list, not two orders.
      const prev = atoms[i - 1];
      // "the olives and the peppers": "the" does not end the list.
      const next = atoms.slice(i + 1).find((x) => !(x.kind === "kw" && x.keywords.length > 0 && x.keywords.every((w) => w === "the")));
      const isOption = (x: Atom | undefined) => x?.kind === "menu" && x.refs.every((r) => r.kind === "choice" || r.kind === "group");
      // The joining word stays in the clause so a refusal can reach the whole list.
      // (Not "green tea with full sugar and large spicy popcorn chicken": after an item named,
      // options that lead up to another item after "and" are that item's; "a pepperoni and
      // mushroom pizza" is one list.)
      const nextItemsOwn = /^[a-z]/i.test(a.text) && cur.some((x) => x.kind === "menu" && x.refs.some((r) => r.kind === "item")) && leadsToItem(atoms, i + 1);
      if (a.why === "conj" && ((isOption(prev) && isOption(next) && !nextItemsOwn) || refusedItemList(atoms, i))) {
        cur.push(a);
        return;
      }
      flush(a.why === "conj" || a.why === "sep");
      runOnNext = nextItemsOwn;
      return;
    }
    // "a large, no, medium latte": a bare "no" set off by commas after something was said
    // takes it back, as "I mean" would (not "no, a latte" answering the kiosk, nor "no onions").
    const commaNo = /^no$/i.test(a.text.trim()) && a.kind === "kw" && isComma(atoms[i - 1]) && isComma(atoms[i + 1]) && out.some((c) => c.atoms.some((x) => x.kind === "menu"));
    if (a.kind === "kw" && (a.keywords.includes("correction") || commaNo)) {
      // "아니 바닐라 라떼요": what follows replaces what came before; "아니" alone is a no.
      flush();
      correctsNext = true;
      cur.push(a);
      return;
    }
    if (a.kind === "kw" && a.keywords.includes("soft-correction")) {
      flush();
      // "oh and two more": an afterthought that adds, not a correction.
      const next = atoms[i + 1];
      softNext = !(next?.kind === "sep" && next.why === "conj") && !(next?.kind === "kw" && next.keywords.includes("more"));
      cur.push(a);
      return;
    }
    // English "a medium sausage both on stuffed crust", "one with ham the other with bacon":
    // "both" and "the other" open a phrase of their own once something was said before them.
    const opensPhrase = /^[a-z]/i.test(a.text) && a.kind === "kw" && (a.keywords.includes("both") || (a.keywords.includes("the") && /^others?$/i.test(atoms[i + 1]?.text ?? "")));
    // ("no whip on either": nothing said after it, it stays with what it follows.)
    if (opensPhrase && cur.some((x) => x.kind === "menu" || x.kind === "num") && contentFollows(atoms, i + 1)) flush();
    cur.push(a);
    if (closesOptionsBefore(cur, a, atoms[i + 1], menu)) {
      flush();
      return;
    }
    // ("마늘 빼고 하나 더", "부추 추가해서 하나 더": the way the one more is made, not a change
    // of its own; one-more-made-so.ts reads it.)
    const oneMore = saidSoBeforeOneMore(a, atoms[i + 1]) && cur.some((x) => x.kind === "menu");
    if (a.kind === "kw" && MUTATING_CONNECTIVE.test(a.text) && a.keywords.some((w) => w === "remove" || w === "change" || w === "request" || w === "add" || w === "cancel" || w === "refuse") && !oneMore) flush();
  });
  flush();
  return out;
}
