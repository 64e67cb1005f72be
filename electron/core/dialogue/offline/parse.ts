// Atoms → an Utterance: sentences (questions are kept apart from orders), clauses
// (split at 랑/하고/and/commas/그리고, corrections and "actually"), the units each clause
// names (clause.ts), and how clauses relate: options said on their own belong to the
// thing just named, "아니 바닐라 라떼" replaces it, "both"/"전부" reaches every item,
// "X 대신 Y" pairs a replacement.
import type { Keyword } from "./language.ts";
import type { Atom, Scan } from "./scan.ts";
import type { Bare, Mod, ParseContext, Question, Unit, Utterance } from "./utterance.ts";
import { asksAvailability, questionOf, sentenceAsks } from "./questions.ts";
import { readInContext } from "./resolve.ts";
import { answerOrderOptions } from "./order-option-answers.ts";
import { answerEchoedQuestions } from "./echoed-questions.ts";
import { wontOrderRead } from "./wont-order.ts";
import { leavingRead } from "./leaving.ts";
import { swapSaidAlike } from "./swap-named-alike.ts";
import { insteadNamedByChoice, itemAsAnotherKind, partsMadeAnotherItem } from "./names-inside.ts";
import { buildClause } from "./clause.ts";
import { refusedItemAsItsRemoval } from "./removal-named-item.ts";
import { correctsOptionsBefore, mergeBare, replaceByCorrection, sameItemCorrected, takeBackSameGroup } from "./unit-merges.ts";
import { conflicting, countedOptionsFirst, shareElidedHead, splitAtRepeatedChoice, splitCountedList, type ClausePlace } from "./ellipsis.ts";
import { splitClauses, splitSentences } from "./clause-bounds.ts";
import { askedWithItsChoice, orderAskedAsQuestion } from "./asked-as-request.ts";
import { plainHeadFor } from "./elided.ts";
import { joinBareCount, partsOfTheCountSet } from "./bare-parts.ts";
import { countedAfterEachChoice } from "./count-after-each-choice.ts";
import { itemTakes } from "./options.ts";
import { everythingByItsName, readEverything } from "./everything.ts";
import { flavourGuesses } from "./flavour-items.ts";
import { unheldCountGuesses } from "./add-in-counts.ts";
import { exceptionGuesses } from "./all-except.ts";
import { anotherOrPart, elidedOne, groupWordItem, sameButItsForm, sameButWith } from "./english-phrases.ts";
import { sameSaidOfAnother, sameAsOtherItem, sameSaidAfterItem, sameThenBut } from "./same-other-item.ts";
import { itemsIncludedInChoice } from "./included-in-choice.ts";
import { addInNamesItem } from "./add-in-names-item.ts";
import { keptItemsAsRemovals, markKept } from "./keep-default.ts";
import { sameOrAnotherAfterAnd } from "./count-after-option.ts";
import { oneMoreMadeSo, saidSoBeforeOneMore } from "./one-more-made-so.ts";
import { someOfTheCount } from "./some-of-the-count.ts";
import { partySizeGuesses } from "./whose-counts.ts";
import { correctionThenAnd } from "./wait-and.ts";
import { pieceChoiceCorrected } from "./piece-count-corrected.ts";
import { markInstead } from "./instead.ts";
import { oneWithout } from "./one-without.ts";
import { choiceSaidOfTheItemSoldAlone } from "./choice-of-the-item-sold-alone.ts";
import { lineNamedByItsChoice, splitConflictingChoices } from "./unit-lines.ts";
import { bothSaidLast } from "./both-said-last.ts";
import { contractionsNotNames } from "./contractions-not-names.ts";
import { timesInOneWord } from "./times-in-one-word.ts";
import { countAnsweredForCountedChoices } from "./count-answered-for-counted-choices.ts";
import { oneDescribedThenNamed } from "./one-described-then-named.ts";
import { orderOptionAsked, takeOptionsAsked, type OptionAsked } from "./order-option-asked-while-ordering.ts";
import { partAfterARequest } from "./part-after-a-request.ts";

export type { ParseContext } from "./utterance.ts";

export function parseUtterance(scanned: Scan, ctx: ParseContext): Utterance {
  const sc = scanned.lang === "en" ? timesInOneWord({ ...scanned, atoms: contractionsNotNames(scanned.atoms, scanned.text) }) : scanned;
  const lang = sc.lang;
  const read = readInContext(sc.atoms, ctx, lang === "en");
  const heard = answerEchoedQuestions(answerOrderOptions(read.atoms, ctx.menu));
  const wont = lang === "ko" ? wontOrderRead(heard, (ctx.focus?.length ?? 0) > 0) : { atoms: heard };
  const leaving = leavingRead(sc.text, lang, wont.atoms);
  const atoms = leaving.atoms;
  const unplaced = read.unplaced;
  const said = splitSentences(atoms);
  const sentences = lang === "ko" ? said.map((s, i) => orderAskedAsQuestion(s, said[i + 1])) : said;
  const units: Unit[] = [];
  const bare: Bare[] = [];
  const questions: Question[] = [];
  const orderChoices: Array<{ group: string; choice: string }> = [];
  const optionsAsked: OptionAsked[] = [];
  const kws = new Set<Keyword>();
  const orderKws = new Set<Keyword>();
  let clauseNo = 0;
  let substance = false;
  const explained = new Set<number>();
  const guesses: string[] = [wont.guess, leaving.guess].filter((g): g is string => !!g);
  if (lang === "ko") for (const s of sentences) { const g = askedWithItsChoice(s); if (g) guesses.push(g); }
  const clauseAt = new Map<number, ClausePlace>();
  // (The options a clause of their own just gave the thing named before: "both of them" after them reaches the others.)
  let merged: { unit: Unit; mods: Mod[] } | undefined;

  sentences.forEach((sent, si) => {
    const sentKws = new Set<Keyword>();
    for (const a of sent.atoms) if (a.kind === "kw") for (const w of a.keywords) sentKws.add(w);
    for (const w of sentKws) kws.add(w);
    // (Its unknown word stays unknown: a remark before an order is read so at best, a guess.)
    if (sent.remark) return;
    const hasQty = sent.atoms.some((a) => a.kind === "num" && !a.article);
    const availability = asksAvailability(sentKws, hasQty);
    const asking = availability || sentenceAsks(sent.atoms, sent.mark, sentKws, hasQty);
    if (!asking) for (const w of sentKws) orderKws.add(w);
    if (asking) {
      // A question is answered from the menu as a whole; its words need no other role.
      for (const a of sent.atoms) if (a.kind !== "unknown") explained.add(a.start);
      const q = questionOf(sent.atoms, sentKws, sent.mark === "?");
      questions.push(q);
      const optionAsked = orderOptionAsked(q, sent.atoms.map((a) => a.text).join(" "));
      if (optionAsked) optionsAsked.push(optionAsked);
      // "three muffins, one of each kind": with no question mark, a word that can ask
      // ("kind") beside an item counted may be an order.
      if (lang === "en" && sent.mark !== "?" && !availability && hasQty && sent.atoms.some((a) => a.kind === "menu" && a.refs.some((r) => r.kind === "item"))) guesses.push("a question, or an order?");
      substance = true;
      return;
    }
    for (const a of sent.atoms) {
      if (a.kind === "menu") {
        substance = true;
        for (const r of a.refs) if (r.kind === "order") orderChoices.push({ group: r.group, choice: r.choice });
        if (a.refs.some((r) => r.kind === "order" || r.kind === "orderGroup")) explained.add(a.start);
      } else if (a.kind === "num" || (a.kind === "kw" && a.keywords.some((w) => w !== "filler"))) substance = true;
    }
    const clauses = splitClauses(sent.atoms, si, ctx.menu);
    for (const cl of clauses) {
      clauseAt.set(clauseNo, { sentence: si, afterConj: cl.afterConj, ...(lang === "en" && elidedOne(cl.atoms) ? { saysOne: true } : {}) });
      const built = buildClause(cl, clauseNo++, lang, units.length ? { ...ctx, saidBefore: units.flatMap((u) => (u.item ? [u.item] : [])) } : ctx);
      // "a large cheese, extra sauce": the item the group's word names is in hand at once, so
      // the options said after it in clauses of their own go with it.
      // (Not where it is one of a count said before: "three pizzas, one large pepperoni ... and a small cheese".)
      const named = lang === "en" && !built.units.length && built.bare ? groupWordItem(built.bare, ctx.menu) : undefined;
      const before = lastOrderUnit(units);
      const room = before && before.item === named?.item && before.qty !== undefined && before.parts.reduce((n, p) => n + p.qty, 0) < before.qty;
      if (named && !room) {
        built.units.push(named);
        delete built.bare;
      }
      if (cl.runOn) guesses.push("options before an item after \"and\": this item's, or the one before's?");
      for (const at of built.explained) explained.add(at);
      guesses.push(...built.guesses);
      const prev = lastOrderUnit(units);
      // Options said in a clause of their own belong to the thing just named in this
      // utterance ("Two croissants, warmed up please"); with nothing named yet they
      // refer back to an earlier line.
      const mergedBefore = merged;
      merged = undefined;
      if (lang === "en" && built.units.length === 0 && !built.bare && bothSaidLast(cl.atoms, units, mergedBefore)) {
        for (const a of cl.atoms) explained.add(a.start);
        continue;
      }
      if (built.units.length === 0 && built.bare) {
        const b = built.bare;
        if (cl.soft && prev) b.corrects = true;
        // "a large lemonade and a root beer, same size": the item just named made as the one before.
        if (lang === "en" && (sameSaidOfAnother(b, cl, bare, prev) || sameSaidAfterItem(b, cl, prev, units, ctx.menu, guesses))) {
          for (const a of cl.atoms) explained.add(a.start);
          continue;
        }
        if (lang === "en" && sameThenBut(b, cl, sent.atoms, prev)) {
          bare.push(b);
          continue;
        }
        if (lang === "en") {
          const read = anotherOrPart(b, cl, prev, bare, guesses, ctx.menu);
          if (read === "done") continue;
          if (read) {
            units.push(read);
            continue;
          }
        }
        // "a latte and a mocha, two of each": that many of every thing named before it.
        if (lang === "en" && prev && b.qty !== undefined && !b.mods.length && !b.parts.length && cl.atoms.some((a) => a.kind === "num" && a.flags.each)) {
          const named = units.filter((x) => x.kind === "item" && !x.asked && !x.remove && !x.replaced);
          if (named.length > 1) {
            if (named.some((x) => x.qtyExplicit && x.qty !== undefined && x.qty !== 1)) guesses.push(`"${b.qty} of each" after counts of their own`);
            for (const x of named) {
              x.qty = b.qty;
              x.qtyExplicit = true;
            }
            continue;
          }
          // "dozen box, two of each flavor": each of what, with one thing named?
          guesses.push(`"${b.qty} of each" with one thing named`);
        }
        // "하나는 계란 넣어 주시고 | 하나는 계란 빼고요": the line's next part.
        if (lang === "ko" && partAfterARequest(cl.atoms, b, prev)) {
          prev!.parts.push({ qty: b.qty!, mods: b.mods });
          continue;
        }
        // "마늘 빼고 하나 더": the removal word refuses the option of the one more, no line.
        const saidSo = cl.atoms.some((a, k) => saidSoBeforeOneMore(a, cl.atoms[k + 1]));
        const madeSo = prev && saidSo && b.kws.has("remove") ? oneMoreMadeSo(prev, b, ctx.menu, true) : undefined;
        if (madeSo) {
          units.push(madeSo);
          continue;
        }
        if (prev && !b.kws.has("remove") && !b.kws.has("cancel")) {
          // English "and a medium pepperoni" after "a large sausage pizza": the article counts too.
          // "two diet cokes and a regular coke": the choice the name made all of them
          // is not taken back by the article's one; it is one more, made otherwise.
          const named = namedChoices(prev);
          const counted = b.qtyExplicit || (lang === "en" && b.qty === 1 && (prev.qty === 1 || conflicting(named, b.mods, ctx.menu)) && conflicting([...prev.mods, ...named], b.mods, ctx.menu));
          // "다대기 많이 넣은 돼지국밥 하나하고 다대기 안 넣은 거 하나": the group refused that the one before was given.
          const refusesGiven = lang === "ko" && b.mods.some((m) => m.kind === "group" && m.neg && prev.mods.some((x) => x.kind === "choice" && !x.neg && x.cands.some((c) => c.group === m.group)));
          // ("a small kung pao chicken and a large coke": not another kung pao where the item before takes not all that is said.)
          const allTaken = !prev.item || b.mods.every((m) => itemTakes(ctx.menu, prev.item!, m));
          // ("우유 맛 두 개, 인절미 맛 두 개요": each kind's count after its choice, the comma joins them too;
          // not after a correction, "꿀로 세 개 아 아니다 씨앗으로 세 개".)
          const listed = cl.afterConj || (lang === "ko" && !cl.corrects && !cl.soft && !b.corrects && countedAfterEachChoice(prev, b, sent.atoms));
          if (listed && counted && b.qty !== undefined && (conflicting([...prev.mods, ...named], b.mods) || refusesGiven) && (lang !== "en" || allTaken)) {
            // "two tall coffees and one grande": one more of the same item, made differently.
            const groupsOf = (m: Mod) => (m.kind === "choice" ? m.cands.map((c) => c.group) : [m.group]);
            const same = (m: Mod) => b.mods.some((x) => (x.kind === "choice" || (x.kind === "group" && x.neg)) && groupsOf(x).some((g) => groupsOf(m).includes(g)));
            // "a large supreme ... and a medium thin crust with ham": another supreme, or the
            // plain pizza those options make? Only a size or crust said again is surely another.
            const plain = lang === "en" && prev.item ? plainHeadFor(ctx.menu, b.mods) : undefined;
            if (plain && plain !== prev.item) guesses.push(`"${b.mods.map((m) => m.text).join(" ")}": another ${prev.text} or the plain one?`);
            const preset = prev.preset ? Object.fromEntries(Object.entries(prev.preset).filter(([g]) => !b.mods.some((x) => groupsOf(x).includes(g)))) : undefined;
            units.push({ ...prev, qty: b.qty, qtyExplicit: true, mods: [...prev.mods.filter((m) => !same(m)), ...b.mods], parts: [], clause: b.clause, ...(prev.preset ? { preset } : {}) });
            continue;
          }
          // "짜장면 하나 주시고 곱빼기로 하나 더", "a kalguksu and one more large": another one, made so.
          const another = oneMoreMadeSo(prev, b, ctx.menu, saidSo);
          if (another) {
            units.push(another);
            continue;
          }
          // "two more cannolis plus a medium thin crust with ham": options the item before
          // takes none of are an order of their own (an item they fit), not part of it.
          // (Not where it may be the rest of a count: "3 large pizzas, two pepperoni and one plain".)
          const restOfCount = prev.qty !== undefined && prev.parts.length > 0 && prev.parts.reduce((n, p) => n + p.qty, 0) < prev.qty;
          // (Korean, "대창 하나 그리고 참이슬 한 병이요", "카스 두 병" of a soju's or a beer's brand the grill
          // before takes none of: held-out r116b-003, r116b-005 put the brand on the grill.)
          const koreanOwnCount = lang === "ko" && !cl.atoms.some((a) => "flags" in a && a.flags.topic) && b.qtyExplicit && b.qty !== undefined && !b.parts.length && !b.kws.has("change") && !b.kws.has("more");
          if (((lang === "en" && cl.afterConj) || koreanOwnCount) && b.qty !== undefined && prev.item && b.mods.length && !restOfCount && (!b.mods.some((m) => itemTakes(ctx.menu, prev.item!, m)) || (lang === "en" && !allTaken && conflicting(prev.mods, b.mods)))) {
            bare.push(b);
            continue;
          }
          // "라면사리 추가, 아 그거 말고 쫄면사리로요": 그거 말고 takes back the choice just said of that group.
          if (lang === "ko" && b.kws.has("instead") && b.kws.has("pronoun")) takeBackSameGroup(prev, b.mods);
          if (b.both && b.qty === undefined) {
            // "One cappuccino and one americano, both large".
            for (const u of units) if (u.kind !== "unknown" && !u.replaced && !u.remove) u.mods.push(...b.mods);
          } else {
            // "cheeseburger, fries, coke, times two": a count said on its own after several
            // things goes to the last by reading, to all of them as often.
            const several = units.filter((x) => x.kind === "item" && !x.asked && !x.remove && !x.replaced).length > 1;
            if (lang === "en" && several && b.qty !== undefined && b.qtyExplicit && !b.mods.length && !b.parts.length && !b.kws.has("change") && !b.setQty) guesses.push(`a count said apart after several things: the last one's, or all?`);
            const sameOrAnother = lang === "ko" && cl.afterConj ? sameOrAnotherAfterAnd(prev, b) : undefined;
            if (sameOrAnother) guesses.push(sameOrAnother);
            // ("2 coffees and a pot": one of the two a pot, or a pot more? The article says no count.)
            if (lang === "en" && cl.afterConj && b.qty === 1 && !b.qtyExplicit && (prev.qty ?? 1) > 1 && b.mods.length && !prev.parts.length && !cl.atoms.some((a) => /^each$/i.test(a.text.trim()) || ("flags" in a && !!a.flags.each))) guesses.push(`"and a ${b.mods.map((m) => m.text).join(" ")}" after ${prev.qty}: one of them, or one more?`);
            // ("two char dogs with everything and one no tomato": the two are made whole by what was
            // said of them, in options or in the name's own words; one of them made otherwise, or a third?)
            if (lang === "en" && cl.afterConj && b.qtyExplicit && b.qty !== undefined && (prev.qty ?? 1) > b.qty && (prev.mods.length || /\bwith\b/i.test(prev.text)) && !prev.parts.length && b.mods.length && !cl.atoms.some((a) => a.kind === "num" && (a.flags.among || a.flags.each))) guesses.push(`"and ${b.qty} ${b.mods.map((m) => m.text).join(" ")}" after ${prev.qty} said with options: one of them, or one more?`);
            if (!pieceChoiceCorrected(prev, b, ctx.menu)) {
              mergeBare(prev, b, lang === "en");
              if (b.mods.length && b.qty === undefined && !b.parts.length) merged = { unit: prev, mods: [...b.mods] };
            }
          }
        } else if (!(lang === "en" && joinBareCount(b, bare, clauseAt, ctx.menu, ctx.focus))) bare.push(b);
        continue;
      }
      if (built.bare) bare.push(built.bare);
      if (built.shared?.length) {
        const all = [...units, ...built.units].filter((x) => x.kind !== "unknown" && !x.replaced && !x.remove && !x.asked);
        for (const x of all) x.mods.push(...built.shared);
      }
      // ("꼬막전 하나 아니 해물파전으로 주세요 막걸리 한 병이요": the correction puts the first thing
      // it names in the place of what came before; what it names after that is ordered beside.)
      let replaced = false;
      for (const u of built.units) {
        // ("a shiro a misir wat and a gomen actually no misir …": the refusal takes back the
        // misir said before in the turn, not the gomen said last.)
        const takenBack = (u.corrects || cl.soft) && u.remove ? earlierOfTheItem(units, u) : undefined;
        if (takenBack) {
          units.splice(units.indexOf(takenBack), 1);
          continue;
        }
        if (replaced) u.corrects = false;
        if ((u.corrects || (cl.soft && u.kind === "item")) && prev && !replaced) {
          replaced = true;
          replaceByCorrection(units, lang === "ko" ? sameItemCorrected(units, prev, u) : prev, u);
          continue;
        }
        if ((u.corrects || cl.soft) && correctsOptionsBefore(units, bare, u, ctx.menu)) {
          units.push(u);
          continue;
        }
        units.push(u);
      }
    }
  });

  takeOptionsAsked(optionsAsked, units.some((x) => !x.asked) || bare.length > 0, orderChoices, guesses);
  if (lang === "en") {
    partsOfTheCountSet(bare, clauseAt);
    sameButWith(bare, clauseAt);
    sameButItsForm(sc.text, bare, units, clauseAt);
    sameAsOtherItem(sc.text, bare, units, clauseAt, ctx.menu, guesses);
    bare.splice(0, bare.length, ...bare.flatMap(splitCountedList).flatMap((b) => splitAtRepeatedChoice(b, ctx.menu)));
    shareElidedHead(bare, units, clauseAt, ctx.menu);
    countedOptionsFirst(bare, units, clauseAt, ctx.menu);
    someOfTheCount(atoms, bare);
    guesses.push(...oneWithout(atoms, units));
  }
  markInstead(atoms, units);
  refusedItemAsItsRemoval(units, ctx.menu);
  if (lang === "ko") lineNamedByItsChoice(units);
  if (lang === "ko") partsMadeAnotherItem(units, ctx.menu);
  if (lang === "ko") insteadNamedByChoice(atoms, units, ctx.menu);
  if (lang === "ko") swapSaidAlike(atoms, units, bare, ctx.menu);
  // (The words as scanned: reading them in context may leave a category's word only its option group's.)
  if (lang === "ko") itemAsAnotherKind(sc.atoms, units, bare, ctx.menu);
  for (const u of units) splitConflictingChoices(u, ctx.menu);
  if (lang === "ko") addInNamesItem(atoms, units, ctx.menu);
  itemsIncludedInChoice(atoms, units, ctx.menu);
  // ("keep the onions": the verb, a word the menu does not know, has its role.)
  const unknownWords = [...sc.unknownWords];
  for (const w of [...markKept(atoms, units, bare, explained), ...keptItemsAsRemovals(atoms, units, bare, ctx.menu, ctx.focus, explained)]) unknownWords.splice(unknownWords.indexOf(w), unknownWords.includes(w) ? 1 : 0);
  // ("half a dozen" where the menu's "dozen" left "half" unknown: the reading took it into the number;
  // "애프터눈 세트 2인" where 인 is of the item's own name: into the name, count-in-its-name.ts.)
  for (const u of sc.atoms) if (u.kind === "unknown" && atoms.some((a) => (a.kind === "num" || (a.kind === "menu" && (a.flags.nameHolds || a.flags.weighed))) && a.start <= u.start && u.end <= a.end)) unknownWords.splice(unknownWords.indexOf(u.text), unknownWords.includes(u.text) ? 1 : 0);
  if (lang === "en") everythingByItsName(units, ctx.menu);
  guesses.push(...countAnsweredForCountedChoices(units, bare, ctx));
  if (lang === "en") guesses.push(...readEverything(atoms, units, bare, ctx.menu, explained), ...flavourGuesses(atoms), ...unheldCountGuesses(atoms), ...exceptionGuesses(atoms), ...correctionThenAnd(atoms), ...partySizeGuesses(atoms), ...choiceSaidOfTheItemSoldAlone(atoms, sc.atoms, units, ctx.menu), ...oneDescribedThenNamed(atoms, ctx.menu));
  return {
    text: sc.text,
    lang,
    units,
    bare,
    orderChoices,
    kws,
    orderKws,
    questions,
    unknownWords,
    unknownOptions: unknownOptionsOf(atoms, questions.length > 0),
    fuzzy: sc.fuzzy,
    substance,
    atoms,
    explained,
    guesses,
    unplaced: unplaced.map((a) => a.text),
  };
}

/** Unknown words right before 추가/넣어 or right after "with"/"add": options the menu lacks. */
function unknownOptionsOf(atoms: Atom[], asked: boolean): string[] {
  if (asked) return [];
  const out: string[] = [];
  atoms.forEach((a, i) => {
    if (a.kind !== "unknown") return;
    const next = atoms[i + 1];
    const prev = atoms[i - 1];
    const isAdd = (x: Atom | undefined) => x?.kind === "kw" && (x.keywords.includes("add") || x.keywords.includes("with"));
    const optionWord = (a as Atom & { optionWord?: boolean }).optionWord === true;
    if (optionWord || (/[\uac00-\ud7a3]/.test(a.text) && isAdd(next)) || (!/[\uac00-\ud7a3]/.test(a.text) && isAdd(prev))) out.push(a.text);
  });
  return out;
}

function lastOrderUnit(units: Unit[]): Unit | undefined {
  for (let i = units.length - 1; i >= 0; i--) {
    const u = units[i]!;
    // An item, or a word several items share or a category ("4 large pizzas, 2 pepperoni and 2 plain").
    if (u.kind !== "unknown" && !u.replaced && !u.remove) return u;
  }
  return undefined;
}

/** The choices an item's name said ("diet coke" for the soda), as options said with it. */
function namedChoices(u: Unit): Mod[] {
  return Object.entries(u.preset ?? {}).flatMap(([group, choice]) => (typeof choice === "string" ? [{ kind: "choice" as const, cands: [{ group, choice, name: true }], neg: false, text: "" }] : []));
}

/** The one unit ordered earlier in the turn of the item a refusal names (with no count said), else undefined. */
function earlierOfTheItem(units: readonly Unit[], refusal: Unit): Unit | undefined {
  if (refusal.kind !== "item" || !refusal.item || refusal.qtyExplicit || refusal.mods.length || refusal.parts.length) return undefined;
  const said = units.filter((x) => x.kind === "item" && x.item === refusal.item && !x.remove && !x.replaced && !x.asked);
  return said.length === 1 ? said[0] : undefined;
}
