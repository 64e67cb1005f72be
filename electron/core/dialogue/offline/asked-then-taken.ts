// "처음처럼 있어요? 그걸로 바꿔 주세요", "해물찜은 얼마예요? 그것도 중자 하나 주세요", "맵게도 돼요?
// 그렇게 해 주세요", "라면사리 돼요? 그럼 하나 넣어 주세요", "how much is the large? I'll get that
// then": a question naming a thing on the menu, then, in the same breath, "that" (그걸로, 그것도,
// 그렇게) or "then" (그럼) with a count: the customer takes the thing just asked about. A
// cashier hears "처음처럼으로 바꿔 주세요"; the question was answered, "that" pointed at
// nothing, and the line kept its old choice, alone.
// The question's menu words stay and its other words go (they only asked), as does "that",
// which gives the named thing its particle (로: what it is made, 도: also one). A question
// with a count, a heading or a word nobody knows in it ("고기 두 번 추가 되나요?", "음료 에이드로
// 변경 돼요?") is left as it was, to the readings that answered it before (offers.ts).
import type { MenuModel } from "../../../../shared/menu/model.ts";
import type { Atom } from "./scan.ts";

/** "그거로", "그걸로", "그것도", "그거요": that, said of the thing just asked about. */
const THAT = /^(?:그거|그걸|그것)(?:로|으로|도|요)?$/;
/** "그렇게 해 주세요", "그렇게요": made so, said of the choice asked about. */
const SO = /^그렇게(?:\s|요|$)/;
/** "that", "it", "that one": English says it after its verb ("I'll take that"). */
const THAT_EN = /^(?:that|it|that one|this|this one)$/i;
/** "그럼": then. */
const THEN = /^그럼요?$/;

const isFiller = (a: Atom | undefined, en: boolean) => a?.kind === "kw" && a.keywords.every((k) => k === "filler" || (en && k === "yes"));
const isTaking = (a: Atom | undefined) => a?.kind === "kw" && a.keywords.includes("request");
/** "콜라 말고 생맥주로 바꿀 수 있어요? 그걸로 해 주세요": what the question asked to do stays (말고, 바꿀), only the asking goes. */
const swaps = (a: Atom) => a.kind === "kw" && a.keywords.some((k) => k === "instead" || k === "change" || k === "without" || k === "remove");

export function askedThenTaken(atoms: Atom[], en = false, menu?: MenuModel): Atom[] {
  const mark = atoms.findIndex((a) => a.kind === "sep" && a.why === "punct" && a.mark === "?");
  if (mark < 0) return atoms;
  let from = mark - 1;
  while (from >= 0 && atoms[from]!.kind !== "sep") from--;
  const asked = atoms.slice(from + 1, mark);
  const named = asked.filter((a) => a.kind === "menu");
  const asks = asked.some((a) => a.kind === "kw" && a.keywords.some((k) => k === "have" || k === "price" || k === "question"));
  if (!named.length || !asks) return atoms;
  // After the question: fillers ("아", "그럼"), then "that" or "then" with a count.
  let at = mark + 1;
  let then = false;
  while (isFiller(atoms[at], en) || (en && isTaking(atoms[at]))) then ||= THEN.test(atoms[at++]!.text.trim());
  const word = atoms[at];
  if (!word) return atoms;
  // ("ok I'll take that": the verb before "that", kept; "that" said alone is no order.)
  const verb = en ? atoms.slice(mark + 1, at).find(isTaking) : undefined;
  // ("do you have horchata? one large please": a count and the asked item's own choices, then the verb.)
  const choicesThenVerb = en && !verb && word.kind === "num" ? ownChoicesThenVerb(atoms.slice(at + 1), named, menu) : undefined;
  if (en && !verb && !choicesThenVerb) return atoms;
  const that = word.kind === "kw" && word.keywords.includes("pronoun") && (en ? THAT_EN : THAT).test(word.text.trim());
  const so = word.kind === "kw" && SO.test(word.text.trim()) && named.every((a) => a.kind === "menu" && a.refs.every((r) => r.kind === "choice"));
  const count = (!!choicesThenVerb || ((then || !!verb) && word.kind === "num" && !atoms.slice(at).some((a) => a.kind === "menu" || a.kind === "sep")));
  if (!that && !so && !count) return atoms;
  // (Only items, choices and groups: "음료 에이드로 변경 돼요?" names the drinks' heading too.)
  const carried = asked.every((a) => (a.kind === "menu" ? !a.fuzzy && a.refs.every((r) => r.kind === "item" || r.kind === "choice" || r.kind === "group") : a.kind === "kw"));
  if (!carried) return atoms;
  const ro = /로$/.test(word.text.trim());
  const also = /도$/.test(word.text.trim());
  const last = named[named.length - 1]!;
  const out: Atom[] = [];
  atoms.forEach((a, i) => {
    if (i <= from || i > at) out.push(a);
    else if (a.kind === "menu") {
      const flags = a === last ? { ...(ro ? { dir: true } : {}), ...(also ? { also: true } : {}) } : {};
      out.push({ ...a, flags } as Atom);
    } else if (a === verb || swaps(a)) out.push(a);
    else if (a === word && so) out.push({ ...a, keywords: ["request"] } as Atom);
    else if (a === word && count) out.push(a);
  });
  return out;
}

/**
 * The words after the count, where they are a verb of taking and only choices of the one item
 * asked about ("large please", "please"): what goes with the count.
 */
function ownChoicesThenVerb(rest: Atom[], named: Atom[], menu: MenuModel | undefined): Atom[] | undefined {
  const items = named.flatMap((a) => (a.kind === "menu" ? a.refs.flatMap((r) => (r.kind === "item" ? [r.item] : [])) : []));
  if (!menu || new Set(items).size !== 1 || !rest.some(isTaking)) return undefined;
  const item = items[0]!;
  const own = (a: Atom) => a.kind === "menu" && !a.fuzzy && a.refs.length > 0 && a.refs.every((r) => r.kind === "choice" && !!menu.itemGroup(item, r.group)?.choices.some((c) => c.id === r.choice));
  const ok = rest.every((a) => own(a) || isTaking(a) || isFiller(a, true) || (a.kind === "sep" && a.why === "punct" && a.mark !== "?"));
  return ok ? rest : undefined;
}
