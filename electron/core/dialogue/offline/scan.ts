// Utterance → atoms: the menu things named (items, choices, groups, order options,
// categories), numbers, particles, keywords, separators and words nobody knows, in
// the order spoken. Menu phrases are found first (longest wins); what is left over is
// read as language (particles after nouns, verbs, fillers); what still is left is
// tried against the menu once more with spelling tolerance, and otherwise kept as
// unknown content (something the customer asked for that the menu does not have).
import type { MenuModel } from "../../../../shared/menu/model.ts";
import type { FunctionWord } from "./language.ts";
import { languageLexicon } from "./language.ts";
import type { MenuLexicon } from "./lexicon.ts";
import { buildStream, type PhraseMatch } from "./phrase-index.ts";
import { hasHangul, hasLatin, tokenize, type Token } from "./normalize.ts";
import { englishNumberWords, koreanNumberWords } from "./numbers.ts";
import { buildAtoms, type Atom, type PhraseCandidate } from "./atoms.ts";
import { partySize, whoseCounts } from "./whose-counts.ts";
import { interjections } from "./interjections.ts";
import { waitThenAdd } from "./wait-then-add.ts";
import { countSaidAlso } from "./count-said-also.ts";
import { topicWordAsGroupHeading } from "./topic-heading-word.ts";
import { countThenAll } from "./count-then-all.ts";
import { thatOneIsFine } from "./that-one-is-fine.ts";
import { removalsAround } from "./take-off.ts";
import { requestsToStaffEn, requestsToStaffKo } from "./requests-to-staff.ts";
import { smallTalk } from "./small-talk.ts";
import { paymentAmounts, placeNumbers } from "./numbers-of-other-things.ts";
import { numberPhrasesOverNameParts } from "./number-phrase-over-name-part.ts";
import { itemRemarks } from "./item-remarks.ts";
import { hadBefore, hadBeforeKo } from "./had-before.ts";
import { saidAsOrdered } from "./said-as-ordered.ts";
import { meantToOrder } from "./meant-to-order.ts";
import { peopleComing } from "./people-coming.ts";
import { addInCounts } from "./add-in-counts.ts";
import { extraOfTheItem } from "./extra-of-the-item.ts";
import { extraOfChoice } from "./extra-of-choice.ts";
import { allExcept } from "./all-except.ts";
import { fewerByCount } from "./fewer.ts";
import { quantifiersNotChoices } from "./quantifier-choices.ts";
import { amongNotChoices } from "./among-counts.ts";
import { stutters } from "./stutters.ts";
import { halvesOfTheCount } from "./halves-of-the-count.ts";
import { doubleOfACount } from "./double-of-a-count.ts";
import { sizeEndingSpaced } from "./size-ending-spaced.ts";
import { askedThenOrdered } from "./asked-then-ordered.ts";
import { countersBeforeNames, countsAfterNames, countsInsideItemNames, countWordsEndingItemNames, digitsBeforeCounter, groupNamesCounting, numberWordsNotNames } from "./counter-nouns.ts";
import { withTheArticlesRest, withoutCountedFullNames } from "./name-part-words.ts";
import { namesIntoLongerNames } from "./name-into-a-longer-name.ts";
import { itemBeforeItsOption, mergeOptionCategoryWords } from "./swallowed-names.ts";
import { modalsBeforeAPerson } from "./modal-before-pronoun.ts";
import { itemAndCountAsChoice } from "./item-and-count-as-choice.ts";
import { presetAliasesCrossed } from "./preset-alias-crossed.ts";
import { addInsSpellingAnItem } from "./add-ins-spelling-an-item.ts";
import { parseSuffixChain } from "./suffix-chain.ts";
import { byLengthThenStart, withoutCrossingParts, withoutCutWords, withoutLetterOfAWord, prioritize, alignedStart, alignedEnd, fixedPhrasesOverNames, clearingPhrasesOverOptions, uncover, uncoveredRuns } from "./phrase-choice.ts";

export type { Atom, Flags } from "./atoms.ts";

export interface Scan {
  text: string;
  lang: "ko" | "en" | undefined;
  atoms: Atom[];
  question: boolean;
  /** Menu words found only with spelling tolerance. */
  fuzzy: number;
  unknownWords: string[];
}

/**
 * Sounds of hesitation, as speech-to-text writes them ("a shot of uh hazelnut", "두 음 잔").
 * They mean nothing and may fall anywhere, even inside a phrase, so they are dropped
 * before anything is read. Words that may also mean something ("like", "so", 그, 저기)
 * stay fillers where the language reads them.
 */
const HESITATIONS: ReadonlySet<string> = new Set(["um", "umm", "ummm", "uh", "uhh", "uhm", "er", "erm", "hmm", "hm", "mm", "음", "으음", "음음", "어", "어어", "엄", "흠", "으"]);

/** Text with its hesitation words taken out, for readers that match whole sentences ("one of each uh sauce"). */
export function withoutHesitationWords(text: string): string {
  return text
    .split(" ")
    .filter((w) => !HESITATIONS.has(w.replace(/,$/, "")))
    .join(" ");
}

/**
 * Words that are hesitations only where nothing could be meant by them: right after a
 * number, "the", "no" or "extra" ("two so blueberry muffins", "no like sauce", "두 그 잔").
 */
const HESITATIONS_AFTER_COUNT: ReadonlySet<string> = new Set(["like", "so", "그", "저", "저기"]);
const KO_PAUSES: ReadonlySet<string> = new Set(["그", "저", "저기"]);
const KO_NUMBER_WORDS: ReadonlySet<string> = new Set(koreanNumberWords().map((w) => w.text).filter((w) => !w.includes(" ")));
const COUNT_WORDS: ReadonlySet<string> = new Set([
  ...[...koreanNumberWords(), ...englishNumberWords()].map((w) => w.text).filter((w) => !w.includes(" ")),
  ...["the", "no", "extra"],
]);

function withoutHesitations(tokens: Token[]): Token[] {
  const out: Token[] = [];
  let dropped = false;
  tokens.forEach((t, i) => {
    // The pause written after one ("a shot of uh, hazelnut") goes with it.
    if (dropped && t.raw === ",") return void (dropped = false);
    const standalone = !t.glued && tokens[i + 1]?.word !== t.word;
    const prev = out[out.length - 1];
    const afterCount = !!prev && (prev.script === "digit" || COUNT_WORDS.has(prev.raw)) && prev.word === t.word - 1;
    // "계란 추가 그 하나", "저 두 잔이요": 그/저 right before a number is a pause, not "that".
    const next = tokens[i + 1];
    const beforeCount = !!next && next.word === t.word + 1 && (next.script === "digit" || KO_NUMBER_WORDS.has(next.raw) || [...KO_NUMBER_WORDS].some((w) => next.raw.startsWith(w) && next.raw.length <= w.length + 2));
    dropped = standalone && (HESITATIONS.has(t.raw) || ((afterCount || (beforeCount && KO_PAUSES.has(t.raw))) && HESITATIONS_AFTER_COUNT.has(t.raw)));
    if (!dropped) out.push(t);
  });
  return out;
}

/** `inHand`: the items of the lines in the cart, where the caller knows them (a set's choice said alone answers a set in hand). */
export function scan(lex: MenuLexicon, text: string, inHand?: readonly string[]): Scan {
  const tokens = withoutHesitations(tokenize(text.slice(0, 2000)));
  const s = buildStream(tokens);
  const n = s.chars.length;
  const covered = new Int32Array(n).fill(-1);
  const chosen: PhraseCandidate[] = [];
  const take = (c: PhraseCandidate) => {
    const idx = chosen.length;
    chosen.push(c);
    for (let i = c.start; i < c.end; i++) covered[i] = idx;
  };
  const free = (a: number, b: number) => {
    for (let i = a; i < b; i++) if (covered[i] !== -1) return false;
    return true;
  };

  // 1. Menu phrases, longest first; among equals, full names before name parts.
  const menuMatches = withoutCountedFullNames(s, withoutLetterOfAWord(s, withoutCutWords(s, withoutCrossingParts(s, lex.index.findAll(s).sort(byLengthThenStart)))));
  for (const m of prioritize(menuMatches)) if (free(m.start, m.end)) take({ start: m.start, end: m.end, menu: m.payloads });
  itemBeforeItsOption(lex, menuMatches, chosen, covered, free, take);
  // "김말이 3개 만두튀김 3개요" beside a set's choice "김말이 3개": the thing and its count.
  for (const { name, item } of itemAndCountAsChoice(s, lex.menu, chosen, menuMatches, inHand)) {
    uncover(chosen, covered, name.start, name.end);
    take({ start: item.start, end: item.end, menu: item.payloads });
  }
  // "짜장 즉떡 3인분" beside the plain dish's "즉떡 3인분": the 짜장 dish and its serving (preset-alias-crossed.ts).
  presetAliasesCrossed(s, lex.menu, menuMatches, chosen, covered, take);
  // "grilled cheese with bacon and jalapeno" beside a "bacon and jalapeno" item: the add-ins.
  addInsSpellingAnItem(s, lex.menu, menuMatches, chosen, covered, take);
  withTheArticlesRest(s, chosen, menuMatches);
  // "a glass of red sangria": not the rioja's "a glass of red" (name-into-a-longer-name.ts).
  for (const { name, longer } of namesIntoLongerNames(s, lex.menu, chosen, covered, menuMatches)) {
    const from = name.start;
    uncover(chosen, covered, name.start, longer.end);
    take({ start: longer.start, end: longer.end, menu: longer.payloads });
    // (Not a piece of the name given up, "glass" of "a glass of red": a name said whole, "a glass" of a serving.)
    const head = menuMatches.filter((m) => m.start >= from && m.end <= longer.start && free(m.start, m.end) && !m.payloads.some((r) => "partial" in r && r.partial)).sort(byLengthThenStart)[0];
    if (head) take({ start: head.start, end: head.end, menu: head.payloads });
  }
  for (const { name, rest } of countersBeforeNames(s, chosen, menuMatches)) {
    uncover(chosen, covered, name.start, name.end);
    // (The name read whole named the item: so does its name part, "라면", not the ramen's own
    // group of add-ons the word also names; another item's group it may, "마카롱" a cup's topping.)
    const named = name.menu!.flatMap((r) => (r.kind === "item" ? [r.item] : []));
    const ownGroup = (g: string) => named.some((it) => lex.menu.itemGroups(it).some((x) => x.id === g));
    if (free(rest.start, rest.end)) take({ start: rest.start, end: rest.end, menu: rest.payloads.filter((r) => r.kind !== "group" || !ownGroup(r.group)) });
  }
  for (const { name, rest } of countsAfterNames(s, chosen, menuMatches)) {
    uncover(chosen, covered, name.start, name.end);
    // (The name read whole named the item: so does its name part, "라면", not the ramen's own
    // group of add-ons the word also names; another item's group it may, "마카롱" a cup's topping.)
    const named = name.menu!.flatMap((r) => (r.kind === "item" ? [r.item] : []));
    const ownGroup = (g: string) => named.some((it) => lex.menu.itemGroups(it).some((x) => x.id === g));
    if (free(rest.start, rest.end)) take({ start: rest.start, end: rest.end, menu: rest.payloads.filter((r) => r.kind !== "group" || !ownGroup(r.group)) });
  }
  // "막걸리 한 병만요" of a 막걸리 also called "막걸리 한 병": the name and a count (counter-nouns.ts).
  for (const { name, rest } of countsInsideItemNames(s, chosen, menuMatches)) {
    uncover(chosen, covered, name.start, name.end);
    // (The name read whole named the item: so does its name part, "라면", not the ramen's own
    // group of add-ons the word also names; another item's group it may, "마카롱" a cup's topping.)
    const named = name.menu!.flatMap((r) => (r.kind === "item" ? [r.item] : []));
    const ownGroup = (g: string) => named.some((it) => lex.menu.itemGroups(it).some((x) => x.id === g));
    if (free(rest.start, rest.end)) take({ start: rest.start, end: rest.end, menu: rest.payloads.filter((r) => r.kind !== "group" || !ownGroup(r.group)) });
  }
  // "불고기 덮밥 하나" of a dish also called so: the name and a count (counter-nouns.ts).
  for (const { name, rest } of countWordsEndingItemNames(s, chosen, menuMatches)) {
    uncover(chosen, covered, name.start, name.end);
    // (The name read whole named the item: so does its name part, "라면", not the ramen's own
    // group of add-ons the word also names; another item's group it may, "마카롱" a cup's topping.)
    const named = name.menu!.flatMap((r) => (r.kind === "item" ? [r.item] : []));
    const ownGroup = (g: string) => named.some((it) => lex.menu.itemGroups(it).some((x) => x.id === g));
    if (free(rest.start, rest.end)) take({ start: rest.start, end: rest.end, menu: rest.payloads.filter((r) => r.kind !== "group" || !ownGroup(r.group)) });
  }
  // "두 그릇" where the menu's bowl group is called 그릇: the counter (counter-nouns.ts).
  for (const idx of groupNamesCounting(s, chosen, lex.menu)) uncover(chosen, covered, chosen[idx]!.start, chosen[idx]!.end);
  // "볶음밥 2인분" where "2" is also a level's short name: the count (counter-nouns.ts).
  for (const idx of digitsBeforeCounter(s, chosen)) uncover(chosen, covered, chosen[idx]!.start, chosen[idx]!.end);
  // "보쌈 삼인분" where 쌈 is a choice's clipped name: the number of servings (counter-nouns.ts).
  for (const idx of numberWordsNotNames(s, chosen)) uncover(chosen, covered, chosen[idx]!.start, chosen[idx]!.end);
  // "two platters both extra white" where "both" is also a choice's name: the quantifier.
  for (const idx of quantifiersNotChoices(s, chosen, covered)) uncover(chosen, covered, chosen[idx]!.start, chosen[idx]!.end);
  // "half a dozen cookies" where "half" is a piece of another item's name: the number (number-phrase-over-name-part.ts).
  for (const idx of numberPhrasesOverNameParts(s, chosen)) uncover(chosen, covered, chosen[idx]!.start, chosen[idx]!.end);
  // "세 개 중에 하나는" where 중 is also a size: the word "among".
  for (const idx of amongNotChoices(s, chosen)) uncover(chosen, covered, chosen[idx]!.start, chosen[idx]!.end);

  // 2. Language phrases that line up with whole words ("해 주세요", "둘 다", "can i get").
  const fn = languageLexicon().index;
  // An English phrase of several words wins over a one-word option it starts with: "can i
  // get" is a request even where "can" is a drink size.
  for (const m of fn.findAll(s)) {
    if (!m.payloads.some((p) => p.kind === "kw" && p.keyword === "request")) continue;
    const c = covered[m.start]!;
    const cand = c === -1 ? undefined : chosen[c];
    if (!cand?.menu || cand.start !== m.start || cand.end >= m.end) continue;
    if (s.tokens[s.tok[m.start]!]!.script !== "latin" || s.tok[m.end - 1]! === s.tok[m.start]!) continue;
    if (s.tok[cand.end - 1]! !== s.tok[m.start]! || !cand.menu.every((r) => r.kind === "choice" || r.kind === "group")) continue;
    if (!alignedEnd(s, m.end) || !free(cand.end, m.end)) continue;
    uncover(chosen, covered, cand.start, cand.end);
  }
  for (const cand of fixedPhrasesOverNames(s, chosen, covered, fn.findAll(s))) uncover(chosen, covered, cand.start, cand.end);
  // "can I get …" where "can" is also a can of pop sold: the modal verb (modal-before-pronoun.ts).
  for (const cand of modalsBeforeAPerson(s, chosen, covered)) uncover(chosen, covered, cand.start, cand.end);
  for (const cand of clearingPhrasesOverOptions(s, chosen, covered, fn.findAll(s))) uncover(chosen, covered, cand.start, cand.end);
  // "hummus for the side", "ayran to drink": a phrase of several words saying what part of a
  // meal the thing before it fills wins over the category ("Sides", "Drinks") it ends with.
  for (const m of fn.findAll(s)) {
    if (!m.payloads.some((p) => p.kind === "kw" && p.keyword === "filler")) continue;
    const c = covered[m.end - 1]!;
    const cand = c === -1 ? undefined : chosen[c];
    if (!cand?.menu || cand.end !== m.end || cand.start <= m.start || !cand.menu.every((r) => r.kind === "category")) continue;
    if (s.tokens[s.tok[m.start]!]!.script !== "latin" || !alignedStart(s, m.start) || !free(m.start, cand.start)) continue;
    uncover(chosen, covered, cand.start, cand.end);
  }
  const menuCovered = new Uint8Array(n);
  for (let i = 0; i < n; i++) if (covered[i] !== -1) menuCovered[i] = 1;
  const fnMatches = fn.findAll(s, menuCovered).sort(byLengthThenStart);
  const fnByStart = new Map<number, PhraseMatch<FunctionWord>[]>();
  for (const m of fnMatches) {
    const list = fnByStart.get(m.start);
    if (list) list.push(m);
    else fnByStart.set(m.start, [m]);
  }
  for (const m of fnMatches) {
    if (!free(m.start, m.end)) continue;
    if (!alignedStart(s, m.start)) continue;
    if (!alignedEnd(s, m.end)) {
      // A Korean phrase may end inside a word when only endings follow ("뭐 시켰" + 죠).
      const tokEnd = s.tokStart[s.tok[m.end - 1]! + 1]!;
      if (s.tokens[s.tok[m.end - 1]!]!.script !== "hangul" || !free(m.end, tokEnd)) continue;
      const rest = parseSuffixChain(s, m.end, tokEnd, fnByStart);
      if (rest.unknownEnd !== m.end || !rest.fns.every((f) => f.payloads.some((p) => p.kind === "particle"))) continue;
    }
    take({ start: m.start, end: m.end, fns: m.payloads });
  }

  // 3. Inside Korean words: particles and endings after a noun (라떼+는, 두+잔+이요).
  const unknownRuns: Array<{ start: number; end: number }> = [];
  for (const run of uncoveredRuns(s, covered)) {
    const parsed = parseSuffixChain(s, run.start, run.end, fnByStart);
    for (const m of parsed.fns) take({ start: m.start, end: m.end, fns: m.payloads });
    if (parsed.unknownEnd > run.start) unknownRuns.push({ start: run.start, end: parsed.unknownEnd });
  }

  // 4. A Korean menu word glued to unknown letters is part of a bigger unknown word
  //    (아이스크림 is not 아이스 + 크림). Spelling tolerance gets one more try first.
  let fuzzyCount = 0;
  const unknowns: Array<{ start: number; end: number }> = [];
  for (const u of unknownRuns) {
    const tokIdx = s.tok[u.start]!;
    const tok = s.tokens[tokIdx]!;
    if (tok.script === "hangul") {
      const tokStart = s.tokStart[tokIdx]!;
      const tokEnd = s.tokStart[tokIdx + 1]!;
      // The word's content: the unknown letters plus any menu match glued to them.
      let a = u.start;
      let b = u.end;
      while (a > tokStart && covered[a - 1] !== -1 && chosen[covered[a - 1]!]!.menu) a = chosen[covered[a - 1]!]!.start;
      while (b < tokEnd && covered[b] !== -1 && chosen[covered[b]!]!.menu) b = chosen[covered[b]!]!.end;
      const glued = a < u.start || b > u.end;
      // Candidate spellings, longest first: the whole word with what is glued to it, the
      // unknown letters with the particles after them (떡복이 = 떡볶이, not 떡복 + 이),
      // the letters alone, and the word with a menu word just before it (불고기 버거 셋트).
      const spans: Array<[number, number]> = [[a, b], [u.start, tokEnd], [u.start, u.end]];
      const prevTok = tokIdx - 1;
      if (a === tokStart && prevTok >= 0 && s.tokens[prevTok]!.script === "hangul") {
        const pc = covered[tokStart - 1];
        const pm = pc !== undefined && pc !== -1 ? chosen[pc] : undefined;
        if (pm?.menu) spans.unshift([pm.start, b]);
      }
      // The whole word even where its last letter read as a particle (통새우버가 = 통새우버거 + 가?),
      // and with the menu word after it (통새우버가 세트 = 통새우버거 세트).
      if (a === tokStart && b < tokEnd) {
        spans.splice(1, 0, [tokStart, tokEnd]);
        const nc = covered[tokEnd];
        const nm = nc !== undefined && nc !== -1 ? chosen[nc] : undefined;
        if (nm?.menu && nm.start === tokEnd && s.tokens[tokIdx + 1]?.script === "hangul" && s.tokStart[tokIdx + 2] === nm.end) spans.unshift([tokStart, nm.end]);
      }
      let found: { span: [number, number]; hit: NonNullable<ReturnType<MenuLexicon["fuzzy"]>> } | undefined;
      for (const sp of spans) {
        if (glued && sp[0] === u.start && sp[1] === u.end) continue;
        const hit = lex.fuzzy(s.chars.slice(sp[0], sp[1]).join(""));
        if (hit) {
          found = { span: sp, hit };
          break;
        }
      }
      if (found) {
        const [fa, fb] = found.span;
        uncover(chosen, covered, fa, fb);
        take({ start: fa, end: fb, menu: found.hit.refs, fuzzy: true });
        fuzzyCount++;
        continue;
      }
      // One unknown letter after a menu word is usually an ending this engine does not
      // know, unless it is a menu word itself ("아이스" + "티": 아이스티 is a product).
      const letter = s.chars.slice(u.start, u.end).join("");
      const trailingJunk = b === u.end && a < u.start && u.end - u.start === 1 && !lex.fullKeys.has(letter);
      if (glued && !trailingJunk) {
        uncover(chosen, covered, a, b);
        unknowns.push({ start: a, end: b });
        continue;
      }
      unknowns.push(u);
    } else {
      unknowns.push(u);
    }
  }
  // Latin: up to three unknown words in a row may be one misspelled menu phrase.
  const latinUnknownToks = new Set<number>();
  const rest: Array<{ start: number; end: number }> = [];
  for (const u of unknowns) {
    const t = s.tok[u.start]!;
    if (s.tokens[t]!.script === "latin" && s.tokStart[t] === u.start && s.tokStart[t + 1] === u.end) latinUnknownToks.add(t);
    else rest.push(u);
  }
  const toks = [...latinUnknownToks].sort((x, y) => x - y);
  for (let i = 0; i < toks.length; ) {
    let done = false;
    for (let len = Math.min(3, toks.length - i); len >= 1 && !done; len--) {
      const group = toks.slice(i, i + len);
      if (group[group.length - 1]! - group[0]! !== len - 1) continue;
      const a = s.tokStart[group[0]!]!;
      const b = s.tokStart[group[group.length - 1]! + 1]!;
      const hit = lex.fuzzy(s.chars.slice(a, b).join(""));
      if (hit) {
        take({ start: a, end: b, menu: hit.refs, fuzzy: true });
        fuzzyCount++;
        i += len;
        done = true;
      }
    }
    if (!done) {
      const t = toks[i]!;
      rest.push({ start: s.tokStart[t]!, end: s.tokStart[t + 1]! });
      i++;
    }
  }

  mergeOptionCategoryWords(s, chosen, covered, rest);
  const built = buildAtoms(s, chosen, covered, rest, lex.menu);
  const passes = hasLatin(text) && !hasHangul(text) ? ENGLISH_PASSES : KOREAN_PASSES;
  const atoms = passes.reduce((a, pass) => pass(a, lex.menu), built);
  const unknownWords = atoms.filter((a) => a.kind === "unknown").map((a) => a.text);
  const lang = hasHangul(text) ? "ko" : hasLatin(text) ? "en" : undefined;
  // The text the readers of whole sentences see has no hesitations either ("make the um fries
  // regular" is "make the fries regular" to the reader of "the fries", a line in hand).
  return { text: withoutHesitationWords(text), lang, atoms, question: tokens.some((t) => t.raw === "?"), fuzzy: fuzzyCount, unknownWords };
}

/**
 * Word-level readings over the scanner's atoms, in order: each rewrites what the words
 * around it say ("to be frank" filler, "two sugars" the add-in's, "all … except one",
 * "take … off", "his with", "as well").
 */
type AtomPass = (atoms: Atom[], menu: MenuModel) => Atom[];
const ENGLISH_PASSES: readonly AtomPass[] = [stutters, smallTalk, requestsToStaffEn, paymentAmounts, placeNumbers, itemRemarks, hadBefore, extraOfTheItem, addInCounts, allExcept, removalsAround, whoseCounts, partySize, interjections, waitThenAdd, askedThenOrdered, extraOfChoice, halvesOfTheCount, doubleOfACount];
const KOREAN_PASSES: readonly AtomPass[] = [sizeEndingSpaced, requestsToStaffKo, hadBeforeKo, meantToOrder, peopleComing, saidAsOrdered, fewerByCount, countSaidAlso, countThenAll, waitThenAdd, topicWordAsGroupHeading, thatOneIsFine, extraOfChoice, halvesOfTheCount];

