// A count said of part of what is in hand: "한 마리는 순살로" where the menu also names a
// portion "한 마리", "one of the two iced", "one of the lattes with oat milk". The number
// is read as that many of the line (as "하나는", "one of them"), not as a choice or a new order.
import type { MenuModel } from "../../../../shared/menu/model.ts";
import type { Atom } from "./scan.ts";
import { countedTopic } from "./numbers.ts";
import { asFiller, isItemAtom } from "./atom-forms.ts";
import { keyOf } from "./lexicon.ts";
import { REMOVAL_SUFFIX } from "./refusal.ts";

/**
 * "한 마리는 순살로": a choice named as a number and its counter ("한 마리" the portion),
 * said with 는, is that many of what is in hand ("하나는 순살로"), not the choice.
 */
export function countsNamedAsChoices(atoms: Atom[]): Atom[] {
  return atoms.map((a) => {
    if (a.kind !== "menu" || !a.flags.topic || !a.refs.every((r) => r.kind === "choice")) return a;
    const n = countedTopic(a.text);
    return n === undefined ? a : { ...a, kind: "num", value: n, times: false, counted: true, article: false, flags: a.flags };
  });
}

/**
 * "one of the two iced", "one of the lattes": the first number counts part of what is in
 * hand (as "one of them"); the second only says how many there are.
 */
export function oneOfTheTwo(atoms: Atom[]): Atom[] {
  const out: Atom[] = [];
  for (let i = 0; i < atoms.length; i++) {
    const a = atoms[i]!;
    const of = atoms[i + 1];
    const whole = atoms[i + 2];
    if (a.kind === "num" && of?.kind === "kw" && of.keywords.length === 1 && of.keywords[0] === "of" && whole?.kind === "num" && whole.value > a.value) {
      out.push({ ...a, flags: { ...a.flags, among: true } });
      i += 2;
      continue;
    }
    // "one of the lattes": part of the lines of that item.
    if (a.kind === "num" && of?.kind === "kw" && of.keywords.length === 1 && of.keywords[0] === "of" && /\b(the|those)$/i.test(of.text) && whole?.kind === "menu" && whole.refs.some((r) => r.kind === "item")) {
      out.push({ ...a, flags: { ...a.flags, among: true } });
      i += 1;
      continue;
    }
    out.push(a);
  }
  return out;
}

/**
 * "두 판이요 엣지는 하나만 치즈크러스트로": the group talked about, then the count of the part,
 * then the group's choice is said of that part, as "하나만 엣지는 치즈크러스트로" is: the
 * group word is moved after the count so the count starts the part.
 */
export function groupBeforeThePart(atoms: Atom[]): Atom[] {
  const out = [...atoms];
  for (let i = 0; i + 2 < out.length; i++) {
    const [g, n, c] = [out[i]!, out[i + 1]!, out[i + 2]!];
    if (g.kind !== "menu" || !g.flags.topic || !g.refs.length || !g.refs.every((r) => r.kind === "group")) continue;
    if (n.kind !== "num" || n.article || !(n.flags.only || n.flags.topic)) continue;
    const groups = new Set(g.refs.map((r) => (r.kind === "group" ? r.group : "")));
    if (c.kind !== "menu" || !c.refs.some((r) => r.kind === "choice" && groups.has(r.group))) continue;
    out[i] = n;
    out[i + 1] = g;
  }
  return out;
}

/**
 * "아아 두 잔 샷은 한 잔에만 추가해 주세요", "김밥 두 줄 오이는 한 줄만 빼 주세요": an option
 * said as the topic, then a count of fewer than the line's with 에만/만, is put on that many of
 * the line only, as "한 잔에만 샷 추가" is: the count is moved before the option so it opens a
 * part of the line (and is never read as how many of the option). A count group's option with a
 * bare "하나만" ("샷은 하나만": one shot each, or one of the two?) is its own count, a guess.
 */
export function partAfterItsOption(atoms: Atom[], menu: MenuModel, unplaced?: Atom[]): Atom[] {
  const whole = new Map<Atom, Atom>();
  const out = atoms.flatMap((a) => {
    const split = countInTheName(a);
    if (split.length === 2) whole.set(split[1]!, a);
    return split;
  });
  for (let i = 1; i + 1 < out.length; i++) {
    const o = out[i]!;
    const n = out[i + 1]!;
    if (o.kind !== "menu" || !o.refs.length || !o.refs.every((r) => r.kind === "choice" || r.kind === "group")) continue;
    if (n.kind !== "num" || n.article || n.times || n.flags.topic || n.flags.more) continue;
    // "한 잔에만": 에 then 만 after the count (the particle kept as a word of its own, or on the number).
    const after = out[i + 2];
    const onlyWord = after?.kind === "kw" && after.flags.only === true && after.start >= n.end - 2 && /에만/.test(after.text);
    const onlyOn = n.flags.only === true || onlyWord;
    if (!onlyOn) continue;
    // ("라면 두 개 맵게요 하나에만 치즈 넣어 주세요": an option closed with 요, or followed after the
    // "하나에만" by another option of the line, was said of the whole line; 에만 opens a part for
    // what follows it, so nothing moves.)
    const next = out[i + (onlyWord ? 3 : 2)];
    const optionFollows = next?.kind === "menu" && next.refs.length > 0 && next.refs.every((r) => r.kind === "choice" || r.kind === "group");
    if (onlyWord && !/[은는]$/.test(o.text.trim()) && !o.flags.topic && (o.flags.end === true || optionFollows)) continue;
    const lineCount = countOfTheLine(out, i);
    if (!lineCount || n.value >= lineCount.value) continue;
    const sameCounter = n.unit !== undefined && n.unit === lineCount.unit;
    const ownCount = o.refs.some((r) => menu.groups.get(r.group)?.select === "count");
    // ("고수는 빼 주세요" a name of the menu's own: its 는 is inside the word found.)
    const topic = o.flags.topic === true || /[은는]$/.test(o.text.trim());
    // "블밀 세 잔 펄 추가 두 잔만", "보쌈 세 개 김치 빼고 하나만": the option said plainly, the count
    // with 만 closing what is said of the line, is that many of it too.
    // ("볶음밥 두 개 치즈 하나만 올려 주세요", "온면 두 개 고수 하나만 빼고요": only the verb that
    // puts it on or leaves it out after the count closes it too.)
    const closes = !onlyWord && clauseEndsAt(out, i + 2, true);
    // "아이스티 두 잔 샷은 하나만 추가요": one of the two with a shot, or one shot in each? A
    // count group's "하나만" with another counter stays its own count (one each), a guess.
    if (!onlyWord && ownCount && !sameCounter && n.value === 1 && (topic || closes)) unplaced?.push(n);
    if (!onlyWord && !((topic || closes) && (sameCounter || !ownCount))) continue;
    const moved = onlyWord ? [n, after!] : [n];
    out.splice(i, moved.length + 1, ...moved, o);
    // ("마라탕 두 개 보통맛 당면 하나만 추가요": what was said between the line's count and the
    // option is the whole line's, so it goes before the count, not into the part.)
    const at = out.indexOf(lineCount);
    if (at < i - 1) out.splice(at, i - at, ...out.slice(at + 1, i), lineCount);
    i += moved.length;
  }
  // (Split for nothing: the option's own name again.)
  for (const [n, a] of whole) {
    const k = out.indexOf(n);
    if (k > 0 && out[k - 1]!.end === n.start && out[k - 1]!.start === a.start) out.splice(k - 1, 2, a);
  }
  return out;
}

/**
 * "밀크티 두 잔 하나는 펄 넣고 하나는 빼고", "하나는 와사비 넣고 하나는 빼고": a bare 빼고 said of
 * the next part leaves out what the part before put in (not an item taken out of the order). It
 * names the option's leaving-out choice ("와사비 빼기") where the item comes with the option, and
 * says that part is plain ("하나는 그냥") where the item comes without it.
 */
export function leftOutOfTheOther(atoms: Atom[], menu: MenuModel): Atom[] {
  const out = [...atoms];
  for (let i = 1; i < out.length; i++) {
    const w = out[i]!;
    const n = out[i - 1]!;
    if (w.kind !== "kw" || !w.keywords.includes("remove") || !/^빼고$/.test(w.text.trim()) || n.kind !== "num" || !n.flags.topic || !clauseEndsAt(out, i + 1)) continue;
    let j = i - 2;
    while (j >= 0 && !isTopicCount(out[j]!)) j--;
    const part = out.slice(j + 1, i - 1);
    const options = part.filter((a) => a.kind === "menu");
    const x = options[0];
    if (j < 0 || options.length !== 1 || x?.kind !== "menu" || !part.every((a) => a === x || (a.kind === "kw" && a.keywords.every((k) => k === "add" || k === "filler")))) continue;
    if (!x.flags.added && !part.some((a) => a.kind === "kw" && a.keywords.includes("add"))) continue;
    const item = out.slice(0, j).reverse().find(isItemAtom);
    const itemId = item?.kind === "menu" ? item.refs.find((r) => r.kind === "item")?.item : undefined;
    const left = itemId === undefined ? undefined : leftOut(menu, itemId, x);
    if (left === "plain") out[i] = { ...(asFiller(w) as Atom & { kind: "kw" }), flags: { plain: true } };
    else if (left) out[i] = { ...w, kind: "menu", refs: [{ kind: "choice", group: left.group, choice: left.choice, name: true }], fuzzy: false, partial: false, flags: {} } as Atom;
  }
  return out;
}

const isTopicCount = (a: Atom) => a.kind === "num" && a.flags.topic === true;

/**
 * What leaving out the option `x` names on the item: its group's leaving-out choice (the one
 * named as the option's word and 빼기/없이), "plain" when the item comes without the option,
 * undefined when that cannot be told.
 */
function leftOut(menu: MenuModel, itemId: string, x: Atom & { kind: "menu" }): { group: string; choice: string } | "plain" | undefined {
  const ref = x.refs.length === 1 ? x.refs[0]! : undefined;
  if (ref?.kind !== "choice" && ref?.kind !== "group") return undefined;
  const g = menu.itemGroups(itemId).find((e) => e.id === ref.group);
  if (!g) return undefined;
  if (g.select === "one") {
    const said = keyOf(x.text.replace(/[은는을를]$/, ""));
    const names = (c: (typeof g.choices)[number]) => [...Object.values(c.name), ...Object.values(c.aliases ?? {}).flat()].filter((n): n is string => typeof n === "string");
    const without = g.choices.filter((c) => names(c).some((n) => REMOVAL_SUFFIX.test(n.trim()) && keyOf(n.trim().replace(REMOVAL_SUFFIX, "")) === said));
    return without.length === 1 ? { group: g.id, choice: without[0]!.id } : undefined;
  }
  if (g.select === "count") return g.default === 0 ? "plain" : undefined;
  const chosen = Array.isArray(g.default) ? g.default : [];
  if (ref.kind === "choice") return chosen.includes(ref.choice) ? undefined : "plain";
  return chosen.length === 0 ? "plain" : undefined;
}

/** Nothing but words that ask for it ("주세요") from `at` to the end of the clause. */
/**
 * "계란후라이 하나만" where the menu spells the option "계란후라이 하나": with 만 the 하나 is how
 * many of the line get it, so the count is a word of its own again.
 */
function countInTheName(a: Atom): Atom[] {
  if (a.kind !== "menu" || !a.flags.only || a.tok1 <= a.tok0 || !/\s하나만$/.test(a.text.trim())) return [a];
  if (!a.refs.length || !a.refs.every((r) => r.kind === "choice")) return [a];
  const { only: _only, ...flags } = a.flags;
  const name: Atom = { ...a, text: a.text.trim().replace(/\s하나만$/, ""), end: a.end - 2, tok1: a.tok1 - 1, flags };
  const n = { start: a.end - 2, end: a.end, tok0: a.tok1, tok1: a.tok1, text: "하나만", kind: "num", value: 1, times: false, counted: false, article: false, flags: { only: true } } as Atom;
  return [name, n];
}

const VERBS_OF_THE_OPTION = new Set(["request", "filler", "add", "up", "remove", "without"]);

function clauseEndsAt(atoms: readonly Atom[], at: number, verbs = false): boolean {
  for (let j = at; j < atoms.length; j++) {
    const a = atoms[j]!;
    if (a.kind === "sep") return true;
    if (a.kind !== "kw" || !a.keywords.every((w) => w === "request" || w === "filler" || (verbs && VERBS_OF_THE_OPTION.has(w)))) return false;
  }
  return true;
}

/** The count said of the item named last before `at`, with nothing but options between. */
function countOfTheLine(atoms: readonly Atom[], at: number): (Atom & { kind: "num" }) | undefined {
  for (let j = at - 1; j >= 0; j--) {
    const a = atoms[j]!;
    if (a.kind === "num") return a.flags.topic || a.flags.only || a.article || !atoms.slice(0, j).some(isItem) ? undefined : a;
    if (isItem(a)) return undefined;
    if (a.kind === "menu") continue;
    if (a.kind === "kw" && a.keywords.every((w) => w === "filler")) continue;
    return undefined;
  }
  return undefined;
}

const isItem = (a: Atom) => a.kind === "menu" && a.refs.some((r) => r.kind === "item");
