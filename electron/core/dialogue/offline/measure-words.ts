// Two steps of resolve.ts's reading in context, before clauses are built: measure words
// ("a shot of vanilla", "a splash of oat milk") say nothing about quantities, and an adding
// word with a one-choice group ("more cheese" where the menu says "Extra cheese") names the
// group's choice that adds.
import type { MenuModel } from "../../../../shared/menu/model.ts";
import { ADD_WORDS } from "./language.ts";
import { KO_DISH_COUNTERS } from "./numbers.ts";
import { saidSoBeforeOneMore } from "./one-more-made-so.ts";
import { sisterCounts } from "./extra-of-choice.ts";
import { surelyRemovalName } from "./name-forms.ts";
import type { MenuRef } from "./lexicon.ts";
import type { Atom } from "./scan.ts";

/** The one choice of a one-choice group whose name has a word that adds ("소면 추가", "Extra noodles"). */
/** A word that names a choice as well as an item ("hummus": the side sold alone, and a plate's extra). */
const xIsChoiceToo = (x: Atom) => x.kind === "menu" && x.refs.some((r) => r.kind === "choice");

export function addingChoiceOf(menu: MenuModel, groupId: string): string | undefined {
  const adds = new Set(ADD_WORDS.map((w) => w.toLowerCase()));
  const g = menu.groups.get(groupId);
  if (!g || g.select !== "one") return undefined;
  const hits = (g.choices ?? []).filter((c) => Object.values(c.name).some((n) => n.toLowerCase().split(/\s+/).some((w) => adds.has(w))));
  return hits.length === 1 ? hits[0]!.id : undefined;
}

/**
 * "more cheese", "additional cheese", "치즈 추가" where the menu spells it "Extra cheese":
 * an adding word with a one-choice group names the group's choice that adds.
 */
export function moreOfAGroup(atoms: Atom[], menu: MenuModel): Atom[] {
  const addingChoice = (groupId: string) => addingChoiceOf(menu, groupId);
  const out: Atom[] = [];
  for (let i = 0; i < atoms.length; i++) {
    const a = atoms[i]!;
    // "설렁탕 하나요" → "소면 하나 추가요": one serving of the group's thing, added — the
    // group's adding choice, the one in its words (no second bowl). (Two is left as said.)
    const one = atoms[i + 1];
    const kor = /[\uac00-\ud7a3]/.test(a.text);
    if (kor && one?.kind === "num" && one.value === 1 && !one.article && adding(atoms[i + 2]) && a.kind === "menu" && a.refs.length && a.refs.every((r) => r.kind === "group")) {
      const read = readOne(a, i, atoms, true);
      if (read !== a) {
        out.push({ ...read, end: one.end, tok1: one.tok1 } as Atom);
        i++;
        continue;
      }
    }
    out.push(readOne(a, i, atoms, false));
  }
  return out;
  function readOne(a: Atom, i: number, atoms: Atom[], oneBetween: boolean): Atom {
    if (a.kind !== "menu" || a.refs.some((r) => r.kind !== "group")) return a;
    const before = atoms[i - 1];
    const after = atoms[oneBetween ? i + 2 : i + 1];
    // ("소면 넣어서 파는 빼 주세요": the Korean add word after another thing is that thing's.)
    const addsBefore = adding(before) && !(/[\uac00-\ud7a3]/.test(a.text) && atoms[i - 2]?.kind === "menu");
    if (!(addsBefore || (adding(after) && /[\uac00-\ud7a3]/.test(a.text)))) return a;
    const refs: MenuRef[] = [];
    for (const r of a.refs) {
      const c = r.kind === "group" ? addingChoice(r.group) : undefined;
      if (r.kind === "group" && c) refs.push({ kind: "choice", group: r.group, choice: c, name: false });
    }
    return refs.length ? { ...a, refs } : a;
  }
}

const adding = (x: Atom | undefined) => x?.kind === "kw" && (x.keywords.includes("add") || x.keywords.includes("more"));

/**
 * "a shot of vanilla", "two pumps of caramel", "a splash of oat milk": the measure word
 * and its number say nothing about quantities; "an extra shot of espresso" is a shot,
 * not an espresso.
 */
export function dropMeasures(atoms: Atom[], menu: MenuModel, unplaced: Atom[]): Atom[] {
  const drop = new Set<Atom>();
  const scooped = new Map<Atom, Atom>();
  atoms.forEach((a, i) => {
    const of = atoms[i + 1];
    const x = atoms[i + 2];
    // "one pump vanilla", "two pumps caramel": a number and a measure word before an option.
    // ("계란 추가 하나": the adding word between a topping and its number is passed over.)
    const addingKw = (y: Atom | undefined) => y?.kind === "kw" && y.keywords.length > 0 && y.keywords.every((k) => k === "add");
    const before = a.kind === "num" && addingKw(atoms[i - 1]) && /[\uac00-\ud7a3]/.test(atoms[i - 1]!.text) ? atoms[i - 2] : atoms[i - 1];
    const isChoice = (y: Atom | undefined) => y?.kind === "menu" && y.refs.some((r) => r.kind === "choice") && !y.refs.some((r) => r.kind === "item");
    if (a.kind === "unknown" && before?.kind === "num" && isChoice(of)) {
      drop.add(a);
      drop.add(before);
      return;
    }
    const manyChoice = (y: Atom | undefined) =>
      isChoice(y) && y!.kind === "menu" && y!.refs.some((r) => r.kind === "choice" && menu.groups.get(r.group)?.select === "many");
    // "a caramel shot", "바닐라 샷": a shot of syrup, not an extra espresso shot.
    const countGroup = a.kind === "menu" && a.refs.length > 0 && a.refs.every((r) => r.kind === "group" && menu.groups.get(r.group)?.select === "count");
    // (Not "마요 추가 계란후라이 추가": each said with its own adding word is one more thing.)
    const ownAdding = (y: Atom | undefined) => !!y && /(추가|add|extra)/i.test(y.text);
    // (Not the last of a list of flavours, "엄외 민초 초코 스푼 다섯 개", nor "스푼은": the spoons themselves.)
    const listEnd = manyChoice(atoms[i - 2]) || (a.kind === "menu" && !!a.flags.topic);
    // (Nor a thing left out, "청양고추 빼고 공기밥 하나 추가요": nothing is measured of a refusal.)
    const refused = !!before && surelyRemovalName(before.text);
    // (Nor after a phrase closed by its ending, "파 빼고요 계란후라이 하나 추가": the next thing starts anew.)
    const closed = before?.kind === "menu" && !!before.flags.end;
    if (countGroup && manyChoice(before) && !ownAdding(a) && !ownAdding(before) && !listEnd && !refused && !closed) {
      drop.add(a);
      return;
    }
    // "계란 두 개 넣어 주세요": a number after a topping counts the topping, not the order
    // (unless the word also names a counted group, "치즈 두 장": then it is that count).
    // A word that is also a one-choice option ("마카롱 바닐라 하나": a flavour and a syrup) may
    // take a quantity, but never "두 번" (times: how much of the topping).
    const held = atoms.slice(0, Math.max(0, i - 1)).reverse().find((x) => x.kind === "menu" && x.refs.some((r) => r.kind === "item"));
    const heldItem = held?.kind === "menu" ? held.refs.find((r) => r.kind === "item") : undefined;
    const flavourOfHeld = (r: MenuRef) => r.kind === "choice" && heldItem?.kind === "item" && menu.itemGroup(heldItem.item, r.group)?.select === "one";
    const alsoCounted =
      before?.kind === "menu" &&
      before.refs.some((r) => (r.kind === "group" && menu.groups.get(r.group)?.select === "count") || (flavourOfHeld(r) && a.kind === "num" && !a.times));
    // ("라면 두 개 하나는 만두 추가 하나는 떡 추가": a number said with 은/는 starts the next part
    // of the line, it never counts the topping before it.)
    // ("청경채 넣고 하나만 분모자": a count said with 만 right before another option is that
    // option's part of the line, "하나만 분모자" — only one of them with 분모자.)
    const startsPart = a.kind === "num" && (a.flags.topic || a.flags.among || (a.flags.only && of?.kind === "menu" && of.refs.some((r) => r.kind === "choice")));
    // ("라면 하나 치즈 한줄": a counter only dishes take counts a dish the word names.)
    const dishCounted = a.kind === "num" && !!a.unit && KO_DISH_COUNTERS.includes(a.unit.replace(/\s/g, ""));
    // ("치즈 올려서 하나 더": one more made so, one-more-made-so.ts.)
    const madeSo = saidSoBeforeOneMore(atoms[i - 1], a);
    if (a.kind === "num" && !startsPart && !dishCounted && !madeSo && manyChoice(before) && !alsoCounted && /[\uac00-\ud7a3]/.test(before!.text)) {
      drop.add(a);
      // "크로플 아이스크림 추가 두 개": with no count said for the item and no adding word after
      // it, the number may count the item rather than the topping (taken once): a guess.
      const at = held ? atoms.indexOf(held) : -1;
      const itemCounted = at >= 0 && (atoms[at - 1]?.kind === "num" || atoms.slice(at + 1, i - 1).some((x) => x.kind === "num"));
      const adding = (y: Atom | undefined) => y?.kind === "kw" && (y.keywords.includes("add") || y.keywords.includes("more"));
      if (a.value > 1 && !itemCounted && !adding(of)) unplaced.push(a);
      return;
    }
    if (!of || of.kind !== "kw" || !of.keywords.includes("of") || !x || x.kind !== "menu") return;
    // ("three shots of apricot palinka" where "shots" is only a piece of another item's name,
    // "unicum shot": the item said after the choices, held-out r118a-008.)
    const onlyChoices = (y: Atom | undefined) => y?.kind === "menu" && y.refs.length > 0 && y.refs.every((r) => r.kind === "choice");
    let k = i + 2;
    while (onlyChoices(atoms[k])) k++;
    const at = atoms[k];
    const after = k > i + 2 && at?.kind === "menu" && at.refs.some((r) => r.kind === "item") ? at : undefined;
    // "iced tea with a shot of espresso": a name that already carries a counted option.
    const countPreset = a.kind === "menu" && a.refs.some((r) => r.kind === "item" && Object.keys(r.preset ?? {}).some((g) => menu.groups.get(g)?.select === "count"));
    const isGroup = (a.kind === "menu" && a.refs.every((r) => r.kind === "group")) || countPreset;
    const xIsChoice = x.refs.some((r) => r.kind === "choice") && !x.refs.some((r) => r.kind === "item");
    const xIsItem = x.refs.some((r) => r.kind === "item");
    if ((isGroup || a.kind === "unknown") && xIsChoice) {
      // "a double scoop of vanilla", "two single scoops of vanilla": how many in all of a counted option, said with its
      // measure word, is read as that count — but "a double shot of vanilla" may be two pumps
      // of syrup, not two shots: the words stay unaccounted for (a guess either way).
      if (a.kind === "menu" && a.refs.length > 0 && a.refs.every((r) => r.kind === "group" && r.times !== undefined)) {
        drop.add(of);
        unplaced.push(a);
        return;
      }
      // ("three scoops of pistachio" of an ice cream that comes in scoops lost its "of" before
      // this step: the count, scoops-of-a-flavour.ts.)
      const before = atoms[i - 1];
      drop.add(a);
      if (before?.kind === "num") drop.add(before);
      // "two scoops of boba" where "scoops" is the counted extra of the toppings: boba, and
      // the scoops past the first on that count (extra-of-choice.ts's sister counts).
      const sister = a.kind === "menu" && a.refs.some((r) => r.kind === "group" && x.refs.some((c) => c.kind === "choice" && sisterCounts(menu, c.group).includes(r.group)));
      if (sister) scooped.set(x, { ...x, flags: { ...x.flags, scoops: before?.kind === "num" ? before.value : 1 } });
    } else if (((xIsItem && !xIsChoiceToo(x)) || (after && !xIsChoiceToo(after))) && a.kind === "menu" && a.refs.length > 0 && a.refs.every((r) => (r.kind === "item" && r.partial) || r.kind === "category") && !(after ?? x).refs.some((r) => r.kind === "item" && a.refs.some((p) => p.kind === "item" && p.item === r.item))) {
      // "and a side of salan" where "side" is only a piece of another item's name ("side of raita")
      // or a category's word: the salan, as "a side of kraut" is; the word and its "of" go. (Not
      // "a chicken plate with a side of hummus" where hummus is also the plate's extra: the word
      // "side" says which, and stays.)
      drop.add(a);
      drop.add(of);
    } else if (isGroup && xIsItem) {
      // "a shot of espresso" is a shot (a counted option); "a side of kraut" is the kraut, where
      // "side" names a group of another kind: the group's word and its "of" go.
      const measure = countPreset || (a.kind === "menu" && a.refs.some((r) => r.kind === "group" && menu.groups.get(r.group)?.select === "count"));
      if (measure) drop.add(x);
      else {
        drop.add(a);
        drop.add(of);
      }
    } else if (a.kind === "menu" && isGroup && x.refs.length > 0 && x.refs.every((r) => r.kind === "group" && a.refs.some((y) => y.kind === "group" && y.group === r.group))) {
      // "an extra scrape of cheese" where "cheese" is also that count's own name ("extra
      // cheese"): the measure and what it is of name one count, said once, not two scrapes
      // (held-out r66a-021, alone).
      drop.add(of);
      drop.add(x);
    }
  });
  return atoms.filter((a) => !drop.has(a)).map((a) => scooped.get(a) ?? a);
}
