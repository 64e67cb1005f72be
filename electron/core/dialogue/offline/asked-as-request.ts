// "주먹밥 두 개 되나요", "통뼈닭발 순한맛 하나 돼요?", "육회 하나 되나요 소자로": in Korean a
// count of an item said with 되나요/돼요 ("can I get …?") is an order, as "될까요" is; a cashier
// rings it up. Read as "do you have X?" the kiosk offered one X and dropped the count, the
// options and the rest. The asking word becomes a request where the sentence names an item and
// counts it; a bare "콜라 되나요?" stays a question. Not where the count is of a measure the
// store may not sell ("치즈케이크 한 조각 되나요?", "삼겹살 2인분 되나요": by the slice? two
// servings?), nor where 그럼 goes on to order ("… 되나요 그럼 하나 주세요": the order follows),
// nor with a word nobody knows in it.
import type { Atom } from "./scan.ts";
import type { Sentence } from "./clause-bounds.ts";
import { koreanNumberWords } from "./numbers.ts";

/** The 되 forms of "have" (language.ts): asking whether it can be had. */
const CAN_IT_BE_HAD = /^(?:되나요|돼요|되요)$/;
/** Counters of a measure whose sale itself may be asked about. */
const MEASURES = new Set(["인분", "조각"]);
const OTHER_ASKING = new Set(["question", "price", "describe", "menu", "recommend", "cart"]);

/** "꽈배기 하나" where the menu wrote the count into the item's alias: the name counts it. */
function nameEndsInACount(a: Atom): boolean {
  if (a.kind !== "menu") return false;
  const last = a.text.trim().split(/\s+/);
  return last.length > 1 && koreanNumberWords().some((w) => !w.prenoun && w.text === last[last.length - 1]);
}

export function orderAskedAsQuestion(sent: Sentence, next: Sentence | undefined): Sentence {
  const asks = sent.atoms.filter((a) => a.kind === "kw" && a.keywords.includes("have"));
  if (!asks.length || !asks.every((a) => CAN_IT_BE_HAD.test(a.text.trim()))) return sent;
  if (sent.atoms.some((a) => a.kind === "kw" && a.keywords.some((k) => OTHER_ASKING.has(k)))) return sent;
  // ("부대찌개 2인분부터 돼요": a word nobody knows may be what is asked, "from two servings?".)
  if (sent.atoms.some((a) => a.kind === "unknown")) return sent;
  // (An item named whole: "치킨" cut from a longer name may be a dish the store does not sell.)
  const item = sent.atoms.some((a) => a.kind === "menu" && !a.fuzzy && !a.partial && a.refs.some((r) => r.kind === "item" && !r.partial));
  const counted = sent.atoms.some((a) => a.kind === "num" && !a.article && !a.times && !(a.unit && [...MEASURES].some((m) => a.unit!.startsWith(m)))) || sent.atoms.some(nameEndsInACount);
  if (!item || !counted) return sent;
  // (But "… 포장 돼요? 그럼 포장으로 할게요", where what 그럼 goes on to names no item and no
  // count, takes up what was asked of the order: the items counted are still the order.)
  const then = next?.atoms[0];
  const ordersAgain = next?.atoms.some((a) => a.kind === "num" || (a.kind === "menu" && a.refs.some((r) => r.kind === "item" || r.kind === "choice")));
  if (then?.kind === "kw" && /^(?:그럼|그러면)$/.test(then.text.trim()) && ordersAgain !== false) return sent;
  return { ...sent, atoms: sent.atoms.map((a) => (asks.includes(a) ? ({ ...a, keywords: ["request"] } as Atom) : a)) };
}

/**
 * "보리밥 큰 거 되나요": an item named whole with a choice of it and no count, asked with 되나요:
 * "is the large one possible?" answered, or the large one ordered, as a cashier may take it?
 * The question is answered, a guess.
 */
export function askedWithItsChoice(sent: Sentence): string | undefined {
  const asks = sent.atoms.filter((a) => a.kind === "kw" && a.keywords.includes("have"));
  if (!asks.length || !asks.every((a) => CAN_IT_BE_HAD.test(a.text.trim()))) return undefined;
  // (Not "반반은 순살 되나요", "보쌈 소자는 몇 인분 정도 돼요": a thing said with 은/는 is asked about.)
  if (sent.atoms.some((a) => (a.kind === "num" && !a.article) || ("flags" in a && a.flags.topic))) return undefined;
  const item = sent.atoms.find((a) => a.kind === "menu" && !a.fuzzy && !a.partial && a.refs.some((r) => r.kind === "item" && !r.partial));
  const choice = sent.atoms.find((a) => a.kind === "menu" && a.refs.length > 0 && a.refs.every((r) => r.kind === "choice"));
  return item && choice ? `"${item.text} ${choice.text} ${asks[0]!.text}": asked, or ordered?` : undefined;
}
