// "물막 하나요" then "아 잠깐만요 비빔도 하나 추가요", "a ginger beer" then "oh wait, can I
// also get a beef patty": "wait" opens a thought here; it takes nothing back. Read as a
// correction it made the new thing replace the line before (a red team found this on every
// Korean menu it tried, answered alone). A correction word followed, before the next "and" or
// correction, by words that add ("도", "추가", "더", "also", "too", "add", "another") and none
// that replace ("말고", "instead", "make it", "빼고") is a filler. ("잠깐만요 비빔으로 할게요" and
// "no wait, a mocha" still correct.)
import type { Atom } from "./atoms.ts";
import { asFiller } from "./atom-forms.ts";
import type { Keyword } from "./language.ts";
import type { MenuModel } from "../../../../shared/menu/model.ts";
import { refusalSaidAgainAt } from "./refusal-taken-back.ts";

const ADDING: readonly Keyword[] = ["add", "more"];
const REPLACING: readonly Keyword[] = ["instead", "change", "remove", "cancel", "refuse", "without", "correction", "soft-correction"];
const ALSO_WORD = /^(?:too|also|as well)$/i;

const isCorrection = (a: Atom) => a.kind === "kw" && a.keywords.includes("correction");

/** Whether the words after the correction word at `i` add to the order and replace nothing. */
function addsAfter(atoms: readonly Atom[], i: number): boolean {
  let adds = false;
  for (const a of atoms.slice(i + 1)) {
    if (a.kind === "sep" && a.why === "conj") break;
    if (a.kind === "kw" && a.keywords.some((k) => REPLACING.includes(k))) return false;
    // ("아니다 김치찌개로 할게요 계란후라이 하나 추가": what it becomes, said with 로, corrects.)
    if (("flags" in a && a.flags.dir) || (a.kind === "menu" && /[가-힣]로$/.test(a.text.trim()))) return false;
    if (a.kind === "kw" && a.keywords.some((k) => ADDING.includes(k))) adds = true;
    if ((a.kind === "kw" || a.kind === "sep") && ALSO_WORD.test(a.text.trim())) adds = true;
    if (a.kind === "menu" && a.flags.also) adds = true;
  }
  return adds;
}

/**
 * "어묵 세 개요" then "잠시만요 하나는 매운 걸로요": a turn opening with the correction word
 * and going on with "하나는" (one of them) and no thing named makes a part of the line in
 * hand; read as a correction it replaced the whole line with one.
 */
function partAfter(atoms: readonly Atom[], i: number): boolean {
  if (atoms.slice(0, i).some((a) => !(a.kind === "kw" && a.keywords.every((w) => w === "filler")))) return false;
  const rest = atoms.slice(i + 1).filter((a) => !(a.kind === "kw" && a.keywords.every((w) => w === "filler")));
  const first = rest[0];
  return first?.kind === "num" && !!first.flags.topic && !rest.some((a) => a.kind === "menu" && a.refs.some((r) => r.kind === "item" || r.kind === "category"));
}

/**
 * "코티하 빼 주세요 아 아니다 코티하 넣어 주세요": the thing refused right before the correction word,
 * said again right after it with a word that puts it in, takes the refusal back
 * (refusal-taken-back.ts): the correction stands.
 */
function refusedSaidAgain(atoms: readonly Atom[], i: number): boolean {
  const refusal = atoms[i - 1];
  const thing = atoms[i - 2];
  const again = atoms[i + 1];
  if (refusal?.kind !== "kw" || !refusal.keywords.some((k) => k === "remove" || k === "without" || k === "refuse")) return false;
  return thing?.kind === "menu" && again?.kind === "menu" && thing.text.trim() === again.text.trim();
}

export function waitThenAdd(atoms: Atom[], menu?: MenuModel): Atom[] {
  // ("식초도 빼고, 아니다 식초는 넣어 주세요": also with a comma between, and the thing said with
  // another particle, or refused by a removal's own name, "식초 빼고".)
  return atoms.map((a, i) => (isCorrection(a) && !refusedSaidAgain(atoms, i) && !(menu && refusalSaidAgainAt(atoms, i, menu)) && (addsAfter(atoms, i) || (/[가-힣]/.test(a.text) && partAfter(atoms, i))) ? asFiller(a) : a));
}
