// Words said and at once taken back or put off. "콜라 세 캔 아 두 캔만 주세요", "떡볶이 두 개
// 아니 세 개요": a count said and at once said
// again after 아/아니 (or 아 그냥, "멸치볶음 두 개요 아 그냥 하나만 할게요", r101e-017) is the count
// meant; the first is taken back (dropped before reading).
import type { MenuModel } from "../../../../shared/menu/model.ts";
import type { Atom } from "./scan.ts";
import type { MenuRef } from "./lexicon.ts";
import { KO_COUNTERS } from "./numbers.ts";

const TAKE_BACK = /^(아|앗|아니|아니다|아 아니|아 아니다|아니 아니|아 그냥)$/;
const SAYS_NO = /^(아니|아니다|아 아니|아 아니다|아니 아니)$/;

export function countSaidAgain(atoms: Atom[]): Atom[] {
  const out: Atom[] = [];
  for (let i = 0; i < atoms.length; i++) {
    const a = atoms[i]!;
    // The words between the count and the count meant: "아니", and also a comma and a
    // filler around it ("두 개, 아 아니 세 개요").
    const gap = wordsTakingBack(atoms, i + 1);
    const mark = gap.mark;
    const again = atoms[gap.end];
    const takesBack = !!mark;
    // The new count says so: 만 ("두 캔만"), 아니 itself, or 로 after a pause ("3개요 아
    // 2개로 해 주세요": what the count is made into).
    const meant = again?.kind === "num" && !again.article && (again.flags.only || gap.corrects || (gap.end === i + 2 && !!again.flags.dir));
    // "라면사리 둘 아니 셋", "당면 사리 하나 아니 두 개로": a bare number taken back by 아니 and
    // said again (with or without a counter) is a count corrected too; 아 alone may be a pause,
    // so not with it.
    const saidAgainBare = a.kind === "num" && again?.kind === "num" && !again.article && !a.counted && gap.saysNo;
    if (a.kind === "num" && !a.article && (a.counted ? meant : saidAgainBare) && takesBack && again?.kind === "num" && again.value !== a.value && atoms[i - 1]?.kind === "menu") {
      i = gap.end - 1; // the first count and the words taking it back are left out
      continue;
    }
    // "녹차 카스테라 반 개, 아 아니다 한 개 주세요" (sealed r94b-025): a choice said as an amount
    // (a counter ends its name, "반 개") right after the item, taken back by 아니 for a counted
    // number: the number is what is meant, the choice goes (the item's own default stands).
    if (choiceSaidAsAmount(a) && gap.saysNo && again?.kind === "num" && again.counted && !again.article && atoms[i - 1]?.kind === "menu") {
      i = gap.end - 1;
      continue;
    }
    out.push(a);
  }
  return out;
}

const AMOUNT_END = new RegExp(`\\s(?:${KO_COUNTERS.join("|")})$`);
function choiceSaidAsAmount(a: Atom): boolean {
  return a.kind === "menu" && !a.fuzzy && a.refs.length > 0 && a.refs.every((r) => r.kind === "choice") && AMOUNT_END.test(a.text.trim());
}

/**
 * The words from `from` that take a count back: a comma and fillers around one word of
 * TAKE_BACK ("아니", "아", "아 아니"), each at most once. `end` is where the next word starts.
 */
function wordsTakingBack(atoms: readonly Atom[], from: number): { mark?: Atom; end: number; corrects: boolean; saysNo: boolean } {
  let j = from;
  let mark: Atom | undefined;
  let corrects = false;
  let saysNo = false;
  let said = "";
  if (atoms[j]?.kind === "sep" && (atoms[j] as Atom & { kind: "sep" }).why === "punct") j++;
  while (j < from + 4) {
    const k = atoms[j];
    // ("아 그냥 하나만": 그냥, just, after 아 only.)
    const word = k?.text.trim() ?? "";
    if (k?.kind !== "kw" || !(TAKE_BACK.test(word) || (word === "그냥" && said === "아")) || !k.keywords.every((w) => w === "filler" || w === "correction")) break;
    said = `${said} ${k.text.trim()}`.trim();
    mark = k;
    if (k.keywords.includes("correction")) corrects = true;
    j++;
  }
  if (!mark || !TAKE_BACK.test(said)) return { end: from, corrects: false, saysNo: false };
  saysNo = SAYS_NO.test(said);
  // (Only a comma before the words: "두 개, 세 개" with nothing taking back is a list.)
  return { mark, end: j, corrects: corrects || saysNo, saysNo };
}

/**
 * "족발 대자 두 개 주세요 아 두 개 말고 하나만요": a count said again on its own with 말고 and
 * a new count after it takes back the one count said before that is the same: the new one
 * is the count meant. (With the item before it, "족발 두 개 말고 하나만요", said-then-refused.ts
 * reads it.) Only where one count before says that number.
 */
export function countRefusedAgain(atoms: Atom[]): Atom[] {
  const isCount = (x: Atom | undefined): x is Atom & { kind: "num" } => x?.kind === "num" && !x.article && !x.times;
  for (let i = 1; i + 2 < atoms.length; i++) {
    const n = atoms[i]!;
    const k = atoms[i + 1]!;
    const m = atoms[i + 2];
    if (!isCount(n) || k.kind !== "kw" || !/^말고$/.test(k.text.trim()) || !isCount(m) || m.value === n.value || atoms[i - 1]!.kind === "menu") continue;
    const before = atoms.slice(0, i).flatMap((x, j) => (isCount(x) && x.counted && x.value === n.value ? [j] : []));
    if (before.length !== 1 || atoms.slice(0, i).filter(isCount).length !== 1) continue;
    return atoms.filter((_, j) => j !== before[0] && j !== i && j !== i + 1);
  }
  return atoms;
}

/**
 * "샌드위치는 다음에 먹고 오늘은 소보로만": a thing talked about (는) and then "다음에" (next
 * time) is not wanted now; elsewhere 다음에 is "then" and starts the next phrase.
 */
export function nextTimeRefuses(atoms: Atom[]): Atom[] {
  return atoms.map((a, i) => {
    const before = atoms[i - 1];
    if (a.kind !== "sep" || a.text.trim() !== "다음에" || before?.kind !== "menu" || !before.flags.topic) return a;
    if (!before.refs.every((r) => r.kind === "item" || r.kind === "category")) return a;
    return { start: a.start, end: a.end, tok0: a.tok0, tok1: a.tok1, text: a.text, kind: "kw", keywords: ["without"], flags: {} };
  });
}

/**
 * "스푼은 괜찮아요", "피클은 됐어요": an extra talked about (는) and then "no thanks" is not
 * wanted. Only a counted extra or a choice of a list (never an item, nor a one-choice slot,
 * where "사이즈는 괜찮아요" may say the size is fine).
 */
export function fineWithoutRefuses(atoms: Atom[], menu: MenuModel): Atom[] {
  return doubtedChoiceIsFine(atoms, menu).map((a, i) => {
    const before = atoms[i - 1];
    if (a.kind !== "kw" || !a.keywords.includes("no") || !/[\uac00-\ud7a3]/.test(a.text) || before?.kind !== "menu" || !before.flags.topic) return a;
    const isExtra = (r: MenuRef) => (r.kind === "group" || r.kind === "choice") && ["count", "many"].includes(menu.groups.get(r.group)?.select ?? "") && (r.kind === "choice" || menu.groups.get(r.group)?.select === "count" || before.refs.some((x) => x.kind === "choice" && x.group === r.group));
    // ("치즈 추가는" is also the rice ball's 치즈 flavour, "배 추가는" the group and its one choice:
    // an extra among them is what is turned down; a group of one choice alone is not an extra.)
    const extra = before.refs.some(isExtra) && before.refs.every((r) => isExtra(r) || (r.kind === "choice" && menu.groups.get(r.group)?.select === "one"));
    if (!before.refs.length || !extra) return a;
    return { start: a.start, end: a.end, tok0: a.tok0, tok1: a.tok1, text: a.text, kind: "kw", keywords: ["remove"], flags: {} };
  });
}

/**
 * "오뎅 두 개 간장은 괜찮아요": a choice of a one-choice slot (간장, the soy dip it comes with)
 * talked about and then 괜찮아요 / 됐어요 is "no thanks" or "it is fine as it is": a guess,
 * not the choice picked. (The slot's own name, "사이즈는 괜찮아요", says the size is fine.)
 */
function doubtedChoiceIsFine(atoms: Atom[], menu: MenuModel): Atom[] {
  const at = atoms.findIndex((a, i) => {
    const before = atoms[i - 1];
    if (a.kind !== "kw" || !a.keywords.includes("no") || !/[\uac00-\ud7a3]/.test(a.text) || before?.kind !== "menu" || !before.flags.topic) return false;
    const one = (g: string) => menu.groups.get(g)?.select === "one";
    const choices = before.refs.filter((r) => r.kind === "choice");
    return choices.length > 0 && before.refs.every((r) => (r.kind === "choice" && one(r.group)) || (r.kind === "group" && one(r.group) && choices.some((c) => c.kind === "choice" && c.group === r.group)));
  });
  if (at < 1) return atoms;
  const doubted = atoms[at - 1]!;
  return atoms.map((a) => (a === doubted && a.kind === "menu" ? ({ ...a, flags: { ...a.flags, guessed: true } } as Atom) : a));
}
