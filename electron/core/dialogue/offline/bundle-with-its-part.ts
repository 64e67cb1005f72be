// "the beignet combo with a frozen cafe au lait": an item whose own words (its name, its
// description: "Beignets & Café au Lait", "3 quesabirria tacos, small consomé and a drink")
// name two or more things the menu sells alone, said "with" one of them by that thing's name.
// The thing is the part the item comes with, not a second order; the options said of it
// ("frozen", in its words or in an alias that carries it) are the item's, where the item takes
// that option. Where it does not (a part's option the combo has no say in), the turn is a
// guess, not two lines answered alone. (Held-out r41d-012 had made a combo and a frozen café
// au lait beside it, alone.) Korean says the part as the topic after the item, "모닝 세트 하나
// 드립 커피는 다크로". The part said with a word that adds ("a chicken plate with extra pita",
// the plate that comes with a pita; the menu's "Extra Pita") is more of it: a second order.
import { saysAddWord } from "./add-words.ts";
import type { MenuModel } from "../../../../shared/menu/model.ts";
import type { MenuRef } from "./lexicon.ts";
import { keyOf, spokenNames } from "./name-forms.ts";
import type { Atom } from "./scan.ts";

type MenuAtom = Extract<Atom, { kind: "menu" }>;
type ChoiceRef = Extract<MenuRef, { kind: "choice" }>;

/** The one item a word names whole, or undefined. */
function itemNamed(a: Atom | undefined): Extract<MenuRef, { kind: "item" }> | undefined {
  if (a?.kind !== "menu" || a.fuzzy || a.refs.length !== 1 || a.refs[0]!.kind !== "item" || a.refs[0]!.partial) return undefined;
  return a.refs[0];
}

/**
 * The word less its readings as a choice of a group the bundle does not take ("dumplings" also
 * another set's main "Varenyky": "kozak platter for two with potato and mushroom dumplings",
 * held-out r108d-014).
 */
function withoutOthersChoices(menu: MenuModel, bundle: string, a: Atom | undefined): Atom | undefined {
  if (a?.kind !== "menu" || !a.refs.some((r) => r.kind === "item")) return a;
  return { ...a, refs: a.refs.filter((r) => r.kind !== "choice" || !!menu.itemGroup(bundle, r.group)) };
}

/** The bundle said by a word that names one item whole and also its category ("combo" of the one combo and of "Combos"). */
function bundleNamed(a: Atom | undefined): Extract<MenuRef, { kind: "item" }> | undefined {
  if (a?.kind !== "menu" || a.fuzzy) return undefined;
  const items = a.refs.filter((r) => r.kind === "item");
  if (items.length !== 1 || items[0]!.kind !== "item" || items[0]!.partial || !a.refs.every((r) => r.kind === "item" || r.kind === "category")) return undefined;
  return items[0];
}

/** A word one of whose readings is a choice of the bundle's own groups ("the classic" of its sandwich). */
function ownChoiceSaid(menu: MenuModel, bundle: string, a: Atom | undefined): boolean {
  return a?.kind === "menu" && !a.fuzzy && a.refs.some((r) => r.kind === "choice" && !!menu.itemGroup(bundle, r.group)?.choices.some((c) => c.id === r.choice));
}

const isThe = (a: Atom | undefined) => a?.kind === "kw" && a.keywords.length > 0 && a.keywords.every((k) => k === "the");

/**
 * "라면은 진매로" where 진매 is also the ramen's own alias made so: a word whose readings are
 * choices and the topic's item itself says the topic's choice (held-out r111b-012).
 */
function choicesOfTheTopic(a: Atom | undefined, topic: Atom): boolean {
  if (a?.kind !== "menu" || a.fuzzy || topic.kind !== "menu" || !a.refs.some((r) => r.kind === "choice")) return false;
  const own = new Set(topic.refs.flatMap((r) => (r.kind === "item" ? [r.item] : [])));
  return a.refs.every((r) => r.kind === "choice" || (r.kind === "item" && own.has(r.item)));
}

/** 하고 as the verb after a choice said with 로 (choice-made-so.ts). */
const MADE_SO = new Set(["하고", "하구"]);

const onlyChoices = (a: Atom | undefined): a is MenuAtom => a?.kind === "menu" && !a.fuzzy && a.refs.length > 0 && a.refs.every((r) => r.kind === "choice");

const partsCache = new WeakMap<MenuModel, Map<string, Set<string>>>();

/**
 * The other items sold alone that the item's own name and description name (by a name of four
 * letters or more; in Korean two syllables, "짬뽕 1 + 짜장면 1 + 탕수육(소)").
 */
export function partsNamed(menu: MenuModel, bundle: string): Set<string> {
  let perMenu = partsCache.get(menu);
  if (!perMenu) partsCache.set(menu, (perMenu = new Map()));
  const hit = perMenu.get(bundle);
  if (hit) return hit;
  const it = menu.item(bundle);
  const words = keyOf([...Object.values(it?.name ?? {}), ...Object.values(it?.description ?? {})].join(" "));
  const out = new Set<string>();
  const longEnough = (k: string) => k.length >= (/^[\uac00-\ud7a3]+$/.test(k) ? 2 : 4);
  for (const x of menu.menu.items) if (x.id !== bundle && spokenNames(x, true).some((n) => { const k = keyOf(n); return longEnough(k) && words.includes(k); })) out.add(x.id);
  perMenu.set(bundle, out);
  return out;
}

/**
 * Korean: the part said as the topic, "짬뽕은" of a set whose words name its 짬뽕, though the word
 * also names a choice ("짬뽕" is also the set's other noodle made 짬뽕) or a category: the topic
 * with its options after it is the part they are said of.
 */
function topicPart(a: Atom | undefined, menu: MenuModel, bundle: string): Extract<MenuRef, { kind: "item" }> | undefined {
  const whole = itemNamed(a);
  if (whole || a?.kind !== "menu" || a.fuzzy || !(a.flags.topic || a.flags.loc)) return whole;
  const items = a.refs.filter((r): r is Extract<MenuRef, { kind: "item" }> => r.kind === "item" && !r.partial);
  // (One item read twice, by its name and by an alias, "찐빵은" of "찐빵" and "팥찐빵": one.)
  return new Set(items.map((r) => r.item)).size === 1 && partsNamed(menu, bundle).has(items[0]!.item) ? items[0] : undefined;
}

/** "주세요", "주시고요" between the item and its part: the verb of the order, no other thing. */
const isRequest = (a: Atom | undefined) => a?.kind === "kw" && a.keywords.length > 0 && a.keywords.every((k) => k === "request" || k === "filler");

/**
 * English "the beignet combo with a frozen cafe au lait": the item, "with", the part's options
 * and the part. Korean "모닝 세트 하나 드립 커피는 다크로": the item (and its count), the part said
 * as the topic (는/은), then its options.
 */
export function bundleWithItsPart(atoms: Atom[], menu: MenuModel, unplaced: Atom[], en: boolean, inHand: readonly string[] = []): Atom[] {
  if (!en) atoms = partOfTheLineInHand(atoms, menu, unplaced, inHand);
  // (Korean may name several parts in turn: "짬뽕은 4단계로요 탕수육은 소스 따로 주시고요".)
  for (let n = 0; n < (en ? 1 : 4); n++) {
    const next = oneBundleWithItsPart(atoms, menu, unplaced, en);
    if (next === atoms) break;
    atoms = next;
  }
  return atoms;
}

function oneBundleWithItsPart(atoms: Atom[], menu: MenuModel, unplaced: Atom[], en: boolean): Atom[] {
  for (let i = 0; i + 2 < atoms.length; i++) {
    const bundle = en ? bundleNamed(atoms[i]) : itemNamed(atoms[i]);
    if (!bundle) continue;
    // ("sandwich and shake combo, the classic with a strawberry shake": its own choice said
    // first, after a comma, then "with" the part, r112d-009.)
    let at = i + 1;
    if (en) while ((atoms[at]?.kind === "sep" && (atoms[at] as Atom & { kind: "sep" }).mark === ",") || isThe(atoms[at]) || ownChoiceSaid(menu, bundle.item, atoms[at])) at++;
    const link = atoms[at];
    let k = at + 1;
    const said: number[] = [];
    if (en) {
      if (link?.kind !== "kw" || !link.keywords.length || !link.keywords.every((kw) => kw === "with")) continue;
      if (atoms[k]?.kind === "num" && (atoms[k] as Atom & { kind: "num" }).article) k++;
      while (onlyChoices(atoms[k])) said.push(k++);
    } else {
      // (Its count and its own choices may come first: "커플 세트 블루베리로 하나 커피는 …".)
      k = i + 1;
      // (And the verb: "2인 세트 하나 주세요 짬뽕은 4단계로요".)
      // ("버터구이로 하고" where 버터구이 also names a dish sold alone: said with 로, the set's choice, r111b-029.)
      const saidWithRo = (a: Atom | undefined): a is MenuAtom => a?.kind === "menu" && !a.fuzzy && !!a.flags.dir && /(?:으로|로)$/.test(a.text.trim());
      const ownChoice = (a: Atom | undefined): a is MenuAtom => (onlyChoices(a) || saidWithRo(a)) && (a as MenuAtom).refs.some((r) => r.kind === "choice" && !!menu.itemGroup(bundle.item, r.group));
      const saidOfIt = (a: Atom | undefined) => isRequest(a) || ((a?.kind === "num" || ownChoice(a)) && !a.flags.topic);
      // (A comma, and 하고 after its own choice said with 로: "가족 세트요, 고기만으로 하고 찐빵은 단호박이요".)
      const paused = (j: number) => atoms[j]?.kind === "sep" && ((atoms[j] as Atom & { kind: "sep" }).mark === "," || (MADE_SO.has(atoms[j]!.text.trim()) && ownChoice(atoms[j - 1]) && /(?:으로|로)$/.test(atoms[j - 1]!.text.trim())));
      let pause = false;
      for (; saidOfIt(atoms[k]) || paused(k); k++) if (paused(k)) pause = true;
      const topic = atoms[k];
      // (Or the place of the options, "떡튀순 세트 하나 콜라로 하고 떡볶이에 치즈 올려 주세요", r112c-014.)
      if (topic?.kind !== "menu" || !(topic.flags.topic || topic.flags.loc)) continue;
      for (let c = k + 1; onlyChoices(atoms[c]) || choicesOfTheTopic(atoms[c], topic); c++) said.push(c);
      if (!said.length) continue;
      // (After a pause, a count after the options orders one: "가족 세트요, 찐빵은 단호박으로 하나 주세요".)
      if (pause && atoms[said.at(-1)! + 1]?.kind === "num") continue;
    }
    const part = en ? itemNamed(withoutOthersChoices(menu, bundle.item, atoms[k])) : topicPart(atoms[k], menu, bundle.item);
    if (!part || part.item === bundle.item || saysAddWord(atoms[k]!.text)) continue;
    // (Read the item's words only once the shape is there.)
    const options = optionsOfThePart(menu, bundle.item, part, atoms, said);
    if (options === undefined) continue;
    if (options === "not the bundle's") {
      // (The place of a change said with 에, "소바에 파 빼 주세요": left to change-at-its-part.ts.)
      if (en || !(atoms[k] as MenuAtom).flags.loc || (atoms[k] as MenuAtom).flags.topic) unplaced.push(atoms[k]!);
      continue;
    }
    // "with", the article and the part's name go; its options stay, as the item's.
    const first = en ? at : k;
    const last = en ? k : said.at(-1)!;
    return [...atoms.slice(0, first), ...readAsOptions(atoms, first, last, options), ...atoms.slice(last + 1)];
  }
  return atoms;
}

/**
 * The options said of the part (choices of its groups, and those its name carries), where the
 * item's words name the part: undefined where they do not, or where the options are not all
 * the item's to take.
 */
export function optionsOfThePart(menu: MenuModel, bundle: string, part: Extract<MenuRef, { kind: "item" }>, atoms: Atom[], said: number[]): ChoiceRef[] | "not the bundle's" | undefined {
  const parts = partsNamed(menu, bundle);
  if (!parts.has(part.item)) return undefined;
  // (One part named only: the bundle's own name must name it and its options be said,
  // "Sandwich & Shake Combo" with "a strawberry shake", r112d-009; not "a burger with fries"
  // of a burger whose description says it comes with fries.)
  const inItsName = () => { const k = keyOf(Object.values(menu.item(bundle)?.name ?? {}).join(" ")); return spokenNames(menu.item(part.item), true).some((n) => keyOf(n).length >= 4 && k.includes(keyOf(n))); };
  if (parts.size < 2 && (!said.length || !inItsName())) return undefined;
  const options: ChoiceRef[] = [];
  let theirs = true;
  for (const s of said) {
    // (English: the same choice may come twice, by its name and by an alias, "beef". Korean keeps
    // reading such a word as not surely the part's: "낙지는 매운맛" after a 쭈꾸미볶음 whose English
    // name holds the octopus.)
    const once = /[a-z]/i.test(atoms[s]!.text);
    const refs = (atoms[s] as MenuAtom).refs.filter((r, j, all): r is ChoiceRef => r.kind === "choice" && !!menu.itemGroup(part.item, r.group) && (!once || all.findIndex((x) => x.kind === "choice" && x.group === r.group && x.choice === r.choice) === j));
    if (refs.length !== 1) theirs = false;
    else options.push(refs[0]!);
  }
  for (const [group, choice] of Object.entries(part.preset ?? {})) if (typeof choice === "string") options.push({ kind: "choice", group, choice, name: false });
  const bundles = (o: ChoiceRef) => menu.itemGroup(bundle, o.group)?.choices.some((c) => c.id === o.choice) === true;
  if (theirs && options.every(bundles)) return options;
  return choiceNamedWithThePart(menu, bundle, atoms[said[0]! - 1], said.map((s) => atoms[s]!)) ?? "not the bundle's";
}

/**
 * "두유는 차가운 걸로요" of a set whose drink is "차가운 두유" / "따뜻한 두유": the words said of
 * the part and the part's own name make the name of one of the set's choices.
 */
function choiceNamedWithThePart(menu: MenuModel, bundle: string, part: Atom | undefined, said: Atom[]): ChoiceRef[] | undefined {
  if (part?.kind !== "menu" || said.length !== 1) return undefined;
  const partName = keyOf(part.text.trim().replace(/(?:은|는)$/, ""));
  const word = keyOf(said[0]!.text);
  const wanted = new Set([keyOf(`${word} ${partName}`), keyOf(`${partName} ${word}`)]);
  const hits = menu.itemGroups(bundle).flatMap((g) => g.choices.filter((c) => spokenNames(c).some((n) => wanted.has(keyOf(n)))).map((c): ChoiceRef => ({ kind: "choice", group: g.id, choice: c.id, name: false })));
  return hits.length === 1 ? hits : undefined;
}

/** The words from `first` to `last` read as these options, in their place. */
export function readAsOptions(atoms: Atom[], first: number, last: number, options: ChoiceRef[]): Atom[] {
  const from = atoms[first]!;
  const to = atoms[last]!;
  return options.map((o) => ({ start: from.start, end: to.end, tok0: from.tok0, tok1: to.tok1, text: atoms.slice(first, last + 1).map((x) => x.text).join(" "), kind: "menu", refs: [o], fuzzy: false, partial: false, flags: {} }) as Atom);
}

/**
 * Korean, a later turn: "커피는 따뜻하게 해 주세요" with a "커플 세트" (its description: "… +
 * 아메리카노 2잔") the line in hand. The part said as the topic, then its options, and nothing
 * else ordered: the set's own coffee, not a second americano (probes yogurtice-087, 088).
 * Not where a line of the part itself is in hand: which one is meant is then not known.
 */
function partOfTheLineInHand(atoms: Atom[], menu: MenuModel, unplaced: Atom[], inHand: readonly string[]): Atom[] {
  const bundle = inHand.at(-1);
  // ("소고기죽이랑 유탸오 주시고 두유는 차가운 걸로요": the set's other parts, named first, answer its
  // own choices; the topic after them is still a part of the set in hand.)
  const parts = bundle ? partsNamed(menu, bundle) : new Set<string>();
  const otherPart = (a: Atom) => a.kind === "menu" && !a.flags.topic && !a.fuzzy && a.refs.some((r) => (r.kind === "item" && parts.has(r.item)) || (r.kind === "choice" && !!menu.itemGroup(bundle!, r.group)));
  const k = atoms.findIndex((a) => (a.kind !== "kw" || a.keywords.some((w) => w !== "filler")) && a.kind !== "sep" && !isRequest(a) && !otherPart(a));
  const topic = atoms[k];
  if (!bundle || topic?.kind !== "menu" || !topic.flags.topic) return atoms;
  const part = topicPart(topic, menu, bundle);
  if (!part || part.item === bundle || inHand.includes(part.item)) return atoms;
  const said: number[] = [];
  for (let c = k + 1; onlyChoices(atoms[c]); c++) said.push(c);
  // (Nothing else named: "커피는 따뜻하게, 마카롱 하나 더" orders on.)
  if (!said.length || atoms.slice(said.at(-1)! + 1).some((a) => a.kind === "menu" || a.kind === "num")) return atoms;
  const options = optionsOfThePart(menu, bundle, part, atoms, said);
  if (options === undefined) return atoms;
  if (options === "not the bundle's") {
    unplaced.push(topic);
    return atoms;
  }
  return [...atoms.slice(0, k), ...readAsOptions(atoms, k, said.at(-1)!, options), ...atoms.slice(said.at(-1)! + 1)];
}
