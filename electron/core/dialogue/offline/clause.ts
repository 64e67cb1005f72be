// One clause (a stretch between 랑/하고/and/commas) → units with their quantities,
// options and parts. Korean puts quantities after the noun ("아메리카노 두 잔") and
// options on either side ("아이스 라떼", "라떼 아이스로"); English puts them before
// ("two large iced lattes") or after "with".
import { eachBeforeTheItem } from "./each-before-the-item.ts";
import { kindChangedIntoItem } from "./kind-changed-into-item.ts";
import type { Keyword } from "./language.ts";
import type { Atom } from "./scan.ts";
import type { Bare, Mod, ParseContext, Part, Unit } from "./utterance.ts";
import { itemTakes } from "./options.ts";
import { refusalKind, refusalScope } from "./refusal.ts";
import { mergeUnknownCompounds } from "./compounds.ts";
import { closedByPoliteEnding, optionAfterACount } from "./option-after-count.ts";
import { anotherAfterOption, setOfTheItem } from "./count-after-option.ts";
import { optionCountNumbers } from "./option-count-numbers.ts";
import { optionsBeforeThePart } from "./options-on-one-of-them.ts";
import { countAfterWithGuess } from "./count-of-what-it-comes-with.ts";
import { applyNegations, isItemish, itemOf, modOf, negate, negateBare, saidAgainAfter, slotSaidAfterNext, unitFrom, type Content } from "./mods.ts";
import { counterSaidAsTarget, follows, followsChange, isAdnominal, markChangedTo, sameGroup, saidPlain, unknownStandsForItem } from "./clause-cues.ts";
import { countOfItsParts } from "./count-of-its-parts.ts";

export interface Clause {
  atoms: Atom[];
  sentence: number;
  corrects: boolean;
  /** After "actually"/"sorry": a correction only of something said earlier in the same breath. */
  soft: boolean;
  /** The clause came after "and"/랑 (not after a comma): "two talls and one grande". */
  afterConj: boolean;
  /** The first clause of its sentence: a "no" opening it may answer the kiosk ("no, a latte"). */
  first?: boolean;
  /** Opened by options that could still belong to the item before ("… with half sugar and large popcorn chicken"). */
  runOn?: boolean;
}

export interface BuiltClause {
  units: Unit[];
  bare?: Bare;
  shared?: Mod[];
  /** Where the words this clause gave a role to start (items, quantities, options). */
  explained: number[];
  /** What the clause had to guess: an option moved away from the item it was said next to. */
  guesses: string[];
}

export function buildClause(cl: Clause, clauseNo: number, lang: "ko" | "en" | undefined, ctx: ParseContext): BuiltClause {
  const explained: number[] = [];
  const took = (m: Mod | undefined) => (m?.numAt !== undefined && explained.push(m.numAt), m);
  const guesses: string[] = [];
  const kws = new Set<Keyword>();
  for (const a of cl.atoms) if (a.kind === "kw") for (const w of a.keywords) kws.add(w);
  const atoms = cl.atoms;
  const en = lang === "en";

  // Unknown words make a unit only where an item would stand: next to a quantity, or
  // right before a Korean item ("딸기 라떼" when there is no strawberry latte).
  const content: Content[] = [];
  atoms.forEach((a, i) => {
    if (a.kind === "menu" || a.kind === "num") content.push(a as Content);
    else if (a.kind === "unknown" && unknownStandsForItem(atoms, i, en)) content.push(a as Content);
  });
  for (const a of mergeUnknownCompounds(content, atoms, en ? ctx.menu : undefined)) explained.push(a.start);

  const itemIdx = content.map((a, i) => (isItemish(a) ? i : -1)).filter((i) => i >= 0);
  const owner = new Map<Content, number>(); // content atom → index in content of its item
  const countNums = optionCountNumbers(content, atoms, en, ctx, guesses);

  content.forEach((a, j) => {
    if (isItemish(a) || countNums.has(a)) return;
    const prevI = [...itemIdx].reverse().find((i) => i < j);
    const nextI = itemIdx.find((i) => i > j);
    if (prevI === undefined && nextI === undefined) return;
    if (prevI === undefined) return owner.set(a, nextI!);
    if (nextI === undefined) return owner.set(a, prevI);
    if (!en) {
      if (a.kind === "num") return owner.set(a, prevI);
      // ("배추김치 1키로 깍두기 500그램": a weight said after its item, like a count, weights-said.ts.)
      if (a.kind === "menu" && a.flags.weighed) return owner.set(a, prevI);
      // "순대국밥 하나 다대기 말고 새우젓만": an option of the item before, followed by a thing
      // not on the menu (which can take no option), is the item's.
      const prevItem = content[prevI]!.kind === "menu" ? (content[prevI] as Atom & { kind: "menu" }).refs.find((r) => r.kind === "item") : undefined;
      const takesPrev = prevItem?.kind === "item" && a.kind === "menu" && a.refs.some((r) => (r.kind === "choice" || r.kind === "group") && !!ctx.menu.itemGroup(prevItem.item, r.group));
      if (content[nextI]!.kind === "unknown" && takesPrev) return owner.set(a, prevI);
      const closedByQty = content.slice(prevI + 1, j).some((c) => c.kind === "num" && owner.get(c) === prevI);
      if (closedByQty && takesPrev) {
        // "참치김밥 한 줄 오이 빼고 치즈김밥 한 줄은 그냥 주세요": the next item said to be plain
        // (그냥) takes nothing, so the option is the one before's. (Either way a guess: accounting.ts.)
        if (saidPlain(atoms, content[nextI]!, content[itemIdx.find((x) => x > nextI) ?? content.length])) return owner.set(a, prevI);
        const read = optionAfterACount(content, j, prevI, nextI, itemIdx, ctx.menu, isAdnominal(a.text));
        if (read.guess) guesses.push(read.guess);
        return owner.set(a, read.owner === "prev" ? prevI : nextI);
      }
      if (closedByQty) return owner.set(a, nextI);
      if (a.flags.dir || a.flags.loc) return owner.set(a, prevI);
      if (isAdnominal(a.text)) return owner.set(a, nextI);
      if (content[prevI]!.flags.topic) return owner.set(a, prevI);
      // "밀크티 코코 추가 타로 펄 추가": "X 추가" asks X for what was just named; it never opens the next item.
      if (/\s추가$/.test(a.text.trim())) return owner.set(a, prevI);
      // "싱글 민초 더블 민초 엄외": a choice said again for the next item was the one before's too.
      if (takesPrev && saidAgainAfter(content, a, nextI, itemIdx.find((x) => x > nextI) ?? content.length)) return owner.set(a, prevI);
      if (takesPrev && slotSaidAfterNext(content, a, j, prevI, nextI, itemIdx.find((x) => x > nextI) ?? content.length, owner, ctx.menu)) return owner.set(a, prevI);
      // ("불고기 덮밥 양파 빼고요 제육덮밥 하나": closed by 요, the one before's.)
      // (Before an item named, not a category's word: "와플에 딸기 추가" may be the set's waffle.)
      if (takesPrev && closedByPoliteEnding(a) && !!itemOf(content[nextI]!)) return owner.set(a, prevI);
      if (j + 1 === nextI) return owner.set(a, nextI);
      return owner.set(a, prevI);
    }
    const withBetween = atoms.some((x) => x.kind === "kw" && x.keywords.includes("with") && x.start > content[prevI]!.start && x.start < a.start);
    if (a.kind === "num") {
      const numBetween = content.slice(j + 1, nextI).some((c) => c.kind === "num");
      return owner.set(a, numBetween ? prevI : nextI);
    }
    // "a mexican pizza with a large pepsi": an option said right before the next item's name is that item's.
    const next = content[nextI]!;
    const nextMod = j + 1 === nextI && !atoms.some((x) => x.start > a.start && x.start < next.start) ? modOf(a, content, countNums, ctx.menu) : undefined;
    const nextTakes = !!nextMod && next.kind === "menu" && !!itemOf(next) && itemTakes(ctx.menu, itemOf(next)!, nextMod);
    if (withBetween && !nextTakes && !content.slice(prevI + 1, j).some((c) => c.kind === "num")) return owner.set(a, prevI);
    return owner.set(a, nextI);
  });
  // An option the item it sits next to does not take belongs to the other neighbour, or
  // to something ordered before ("세트 음료는 콜라, 떡볶이는 순한맛").
  const strays: Content[] = [];
  // What a refusal names is weighed as refused ("the works except olives": the works can leave olives off).
  const refused = new Set(atoms.flatMap((x, i) => (refusalKind(x, ctx.menu, en) ? refusalScope(atoms, i, en, ctx.menu) : [])));
  for (const [a, oi] of [...owner]) {
    if (a.kind !== "menu") continue;
    const said = modOf(a, content, countNums, ctx.menu);
    const mod = said && refused.has(a) && (said.kind === "choice" || said.kind === "group") ? { ...said, neg: true } : said;
    const takes = (i: number | undefined) => {
      const it = i === undefined ? undefined : content[i];
      const id = it && it.kind === "menu" ? itemOf(it) : undefined;
      return !!id && !!mod && itemTakes(ctx.menu, id, mod);
    };
    const host = content[oi];
    if (!mod || !host || host.kind !== "menu" || !itemOf(host) || takes(oi)) continue;
    const j = content.indexOf(a);
    const other = oi < j ? itemIdx.find((i) => i > j) : [...itemIdx].reverse().find((i) => i < j);
    const anyTaker = [...itemIdx].sort((x, y) => Math.abs(x - j) - Math.abs(y - j)).find((i) => takes(i));
    // ("통뼈닭발 하나 콜라 작은 거 하나요": said between the drink's name and its count, of a drink
    // with no size, it never moves back to the dish: a guess, the option left unheld.)
    const ownCount = content[j + 1]?.kind === "num" && !host.flags.topic && host.refs.filter((r) => r.kind === "item").length === 1;
    if (!en && oi === j - 1 && ownCount && !takes(other) && anyTaker !== undefined && anyTaker < oi) {
      owner.delete(a);
      explained.push(a.start);
      guesses.push(`"${a.text}" said of ${itemOf(host)}, which does not take it`);
      continue;
    }
    if (takes(other)) owner.set(a, other!);
    else if (anyTaker !== undefined) owner.set(a, anyTaker);
    else {
      owner.delete(a);
      strays.push(a);
    }
  }

  // "둘 다 라지로", "당도는 전부 30%로", "both iced": options after "both/all" go to every item.
  const bothAt = atoms.find((x) => x.kind === "kw" && (x.keywords.includes("both") || x.keywords.includes("all")) && !x.keywords.includes("cancel-all") && !x.keywords.includes("checkout"));
  const shared: Content[] = [];
  // "no sugar in either", "large for both": "both" said last reaches what was said since the last item.
  const lastItem = itemIdx.length ? content[itemIdx[itemIdx.length - 1]!]! : undefined;
  const bothLast = bothAt?.kind === "kw" && bothAt.keywords.includes("both") && !content.some((c) => c.start > bothAt.start);
  if (bothAt && itemIdx.length) {
    for (const [a] of [...owner]) {
      // ("타르트랑 퐁당 하나씩이요 퐁당은 크림 말고 아이스크림으로": an item named again after it owns
      // the options after it, held-out r118b-020.)
      const itemBetween = itemIdx.some((k) => content[k]!.start > bothAt.start && content[k]!.start < a.start);
      if (a.kind === "menu" && !itemBetween && (a.start > bothAt.start || (bothLast && a.start > lastItem!.start))) {
        owner.delete(a);
        shared.push(a);
      }
    }
  }
  // "푸딩 말고 펄로", "oat instead of soy": the option before 말고 (after "instead of") is taken out.
  const negAtoms = new Set<Content>();
  for (const k of atoms) {
    if (k.kind !== "kw" || !k.keywords.includes("instead")) continue;
    const ko = /[\uac00-\ud7a3]/.test(k.text);
    const x = ko ? [...content].reverse().find((c) => c.start < k.start) : /of|than|place/.test(k.text) ? content.find((c) => c.start > k.start) : undefined;
    if (x && x.kind === "menu" && !isItemish(x)) negAtoms.add(x);
  }
  // "swap the olives for jalapenos", "replace the onions with peppers": the first option goes, the second comes.
  if (en) {
    for (const k of atoms) {
      if (k.kind !== "kw" || !k.keywords.includes("change") || !/^(?:swap|switch|replace|change)\b/i.test(k.text)) continue;
      const opts = content.filter((c) => c.start > k.start && c.kind === "menu" && !isItemish(c));
      const [from, to] = opts;
      const between = from && to ? atoms.filter((x) => x.start > from.start && x.start < to.start).map((x) => x.text.toLowerCase()) : [];
      if (from && to && between.some((w) => /^(?:for|with|to|into)\b/.test(w))) negAtoms.add(from);
    }
  }
  const units: Unit[] = [];
  const unitAt = new Map<number, Unit>();
  for (const i of itemIdx) {
    const u = unitFrom(content[i]!, clauseNo, kws, cl.corrects);
    u.afterChange = followsChange(atoms, content[i]!);
    // ("the one" for a numbered combo: the name's own "the" points back as well.)
    // ("an extra naan to each tikka": each of the line in hand, each-before-the-item.ts.)
    u.the = follows(atoms, content[i]!, "the") || (en && /^the\s/i.test(content[i]!.text)) || (en && eachBeforeTheItem(atoms, content[i]!));
    unitAt.set(i, u);
    units.push(u);
  }
  const startOfUnit = (x: Unit) => content.find((c, k) => unitAt.get(k) === x)?.start ?? -1;
  // Fill each unit in spoken order: the first quantity is the unit's, a later one starts
  // a part ("two lattes, one with oat milk"); options after a part's quantity are the part's.
  const current = new Map<Unit, Part | undefined>();
  // "치킨 부리또 하나는 그냥 하나는 밥 빼고": a new item's count said only as its parts.
  const countedByParts = countOfItsParts(content, owner, unitAt, ctx, en);
  // Korean "아메리카노 아이스 하나 핫 하나": options said after the first quantity and
  // followed by another quantity make another line of the same item (not "one of them").
  const pending = new Map<Unit, Mod[]>();
  const siblings: Unit[] = [];
  const plainParts = new Set<Part>();
  const flushPending = (u: Unit) => {
    const mods = pending.get(u);
    if (!mods?.length) return;
    const part = current.get(u);
    (part ? part.mods : u.mods).push(...mods);
    pending.set(u, []);
  };
  for (const i of itemIdx) explained.push(content[i]!.start);
  // (A number read as an option's count is accounted for only by an option that took it: clause.ts's
  // mods, through `took`; "쭈꾸미 2인분" where 쭈꾸미 became the dish, not its extra, left the 2 to nobody.)
  content.forEach((a) => {
    if (isItemish(a)) return;
    const oi = owner.get(a);
    const u = oi === undefined ? undefined : unitAt.get(oi);
    if (!u) return;
    const itemAtom = content[oi!]!;
    if (a.kind === "num" && !countNums.has(a)) explained.push(a.start);
    if (a.kind === "num" && !countNums.has(a)) {
      if (a.flags.each) u.each = true;
      if (a.flags.only) u.only = true;
      // "포테이토 하나는 치즈크러스트로", "one of the two lattes with oat milk": the item is
      // talked about, part of it changes.
      if ((a.flags.topic || a.flags.among) && !countedByParts.has(u)) u.topic = true;
      // "세 개 중에 하나는 불족발로": the count before 중에 comes before the item, so it counts
      // what is already ordered, not the item named; the count after it is the item's.
      if (!en && a.flags.among && a.start < itemAtom.start && u.qty === undefined) {
        u.ofHowMany = a.value;
        return;
      }
      if (a.flags.dir || (!en && counterSaidAsTarget(atoms, a))) u.qtyTarget = true;
      // ("with two eggs over easy": a count after "with" is what follows it, not the item's.)
      if (a.flags.ofOption) {
        const unheld = countAfterWithGuess(ctx.menu, u.item, a, content[content.indexOf(a) + 1]);
        if (unheld) guesses.push(unheld);
        return;
      }
      const before = pending.get(u) ?? [];
      // ("라면 두 개 맵게요 하나에만 치즈 넣어 주세요": a count said with 에만 opens a part of the line,
      // what was said before it is the whole line's, line-parts.ts.)
      const after = atoms[atoms.indexOf(a) + 1];
      const onlyOnPart = after?.kind === "kw" && after.flags.only === true && after.start >= a.end - 2 && /에만/.test(after.text) && a.value < u.qty!;
      if (!en && before.length && u.qty !== undefined && !a.flags.topic && !a.flags.among && !onlyOnPart) {
        const unsure = anotherAfterOption(u, before, a, kws, ctx.menu, content.slice(content.indexOf(itemAtom), content.indexOf(a)));
        if (unsure) guesses.push(unsure);
        // "참치 하나 칩세트 하나랑 콜라 하나요": a set of the item with other things is the one
        // just named made so (a second sandwich would be said so); the guess stands.
        if (unsure && a.value === u.qty && setOfTheItem(ctx.menu, u, before)) {
          flushPending(u);
          return;
        }
        siblings.push({ ...u, qty: a.value, qtyExplicit: true, mods: [...u.mods.filter((m) => !sameGroup(m, before)), ...before], parts: [], topic: false });
        pending.set(u, []);
        return;
      }
      flushPending(u);
      const byParts = countedByParts.get(u);
      if (byParts !== undefined && u.qty === undefined) {
        u.qty = byParts;
        u.qtyExplicit = true;
      }
      if (u.qty === undefined && u.parts.length === 0) {
        u.qty = a.value;
        u.qtyExplicit = !a.article;
      } else if (a.article && u.qty !== undefined) {
        // "two lattes with a vanilla": the article is not another quantity.
      } else {
        const part: Part = { qty: a.value, mods: [] };
        u.parts.push(part);
        current.set(u, part);
        if (en) optionsBeforeThePart(atoms, a, u, part);
        // "하나는 샷 추가 하나는 그냥": a part said to be plain is the rest of the line as it comes.
        const said = atoms[atoms.indexOf(a) + 1];
        if (!en && a.flags.topic && (/^그냥/.test(said?.text.trim() ?? "") || (said?.kind === "kw" && said.flags.plain))) plainParts.add(part);
      }
      return;
    }
    const mod = took(modOf(a, content, countNums, ctx.menu));
    if (!mod) return;
    explained.push(a.start);
    if (negAtoms.has(a)) negate(mod);
    if (!en && u.qty !== undefined && !current.get(u) && a.start > itemAtom.start) {
      pending.set(u, [...(pending.get(u) ?? []), mod]);
      // ("고구마 타르트 하나 초코 하나 데워서 주시고": after the second of two things counted side by
      // side, an option the first takes too: both, or the second? A guess (r57e-024).)
      const i = units.indexOf(u);
      const prev = i > 0 ? units[i - 1] : undefined;
      const joined = prev?.item && prev.qty !== undefined && !atoms.some((x) => x.kind === "sep" && x.start > startOfUnit(prev) && x.start < itemAtom.start);
      // (Only a way of making it said with 서 and a request, "데워서 주시고": a size or a kind said there,
      // "초코케이크 한판", "타로 한잔 … 핫", is the second's own.)
      const next = atoms[atoms.indexOf(a) + 1];
      const madeSo = /서$/.test(a.text.trim()) && next?.kind === "kw" && next.keywords.includes("request");
      if (joined && madeSo && mod.kind === "choice" && !mod.neg && itemTakes(ctx.menu, prev.item!, mod) && !sameGroup(mod, prev.mods)) guesses.push(`"${a.text}" after two things counted: both, or the second?`);
      return;
    }
    const part = a.start > itemAtom.start ? current.get(u) : undefined;
    (part ? part.mods : u.mods).push(mod);
  });
  for (const u of units) flushPending(u);
  for (const u of units) if (u.parts.some((p) => p.mods.length)) u.parts = u.parts.filter((p) => !(plainParts.has(p) && !p.mods.length));
  for (const sib of siblings) units.splice(units.indexOf(units.find((x) => x.clause === sib.clause && x.item === sib.item)!) + 1, 0, sib);

  applyNegations(cl.atoms, content, units, unitAt, en, ctx.menu, cl.first !== false);
  // "음료는 괜찮고요 크로플 두 개만": a thing talked about and declined right away is not ordered.
  for (const i of itemIdx) {
    const a = content[i]!;
    const next = atoms[atoms.indexOf(a) + 1];
    const u = unitAt.get(i);
    // ("볶음밥은 이따 먹고 나서 시킬게요": a thing talked about and put off till later, likewise.)
    if (!u || !a.flags.topic || u.qty !== undefined || u.mods.length || !(next?.kind === "kw" && (next.keywords.includes("no") || (next.keywords.includes("later") && !kws.has("remove") && !kws.has("cancel"))))) continue;
    units.splice(units.indexOf(u), 1);
  }
  // "change the mocha to a latte", "모카를 라떼로 바꿔 주세요": the first is replaced by the second.
  const named = units.filter((x) => x.kind === "item");
  // ("떡볶이 하나 주세요 어묵탕은 말고요": a 말고 after both names refuses the second, replaces nothing.)
  const insteadAt = atoms.filter((a) => a.kind === "kw" && a.keywords.includes("instead")).map((a) => a.start);
  const startOf = (x: Unit) => content.find((c) => unitAt.get(content.indexOf(c)) === x)?.start ?? -1;
  const insteadBetween = named.length === 2 && insteadAt.some((s) => s > startOf(named[0]!) && s < startOf(named[1]!));
  // ("mushy peas instead of the chips": the one after "instead of" is the one replaced, which
  // parse.ts marks; here it would be read the other way round and both taken back.)
  const insteadOfBetween = en && named.length === 2 && atoms.some((a) => a.kind === "kw" && a.keywords.includes("instead") && /of|than|place/.test(a.text) && a.start > startOf(named[0]!) && a.start < startOf(named[1]!));
  if ((kws.has("change") || (kws.has("instead") && (en || insteadBetween))) && named.length === 2 && !named[0]!.remove && !insteadOfBetween) {
    const [x, y] = [named[0]!, named[1]!];
    const part = x.parts.length === 1 && x.parts[0]!.mods.length === 0 ? x.parts[0]! : undefined;
    if (part && !y.qtyExplicit && x.qty !== undefined && part.qty < x.qty) {
      // "김밥 세 줄 중에 하나는 참치김밥으로": one of the three becomes the other item, made
      // as they were where it takes the same choices and says none of its own ("족발 중자 세 개
      // 중에 하나는 불족발로": a medium 불족발), as a line already ordered would be (one-of-them.ts).
      const kept = x.mods.filter((m) => m.kind === "choice" && !m.neg && !!y.item && itemTakes(ctx.menu, y.item, m) && !sameGroup(m, y.mods));
      // (Copies, not said of it: no place in the words, so nothing reads them as said twice.)
      y.mods = [...y.mods, ...kept.map(({ at: _at, ...m }) => m)];
      y.qty = part.qty;
      y.qtyExplicit = true;
      x.qty -= part.qty;
      x.parts = [];
    } else {
      x.replaced = true;
      y.replaces = x;
    }
  }
  // "쿠키 하나는 피스타치오 쿠키로": a kind's word in hand replaced by the item after it (kind-changed-into-item.ts).
  kindChangedIntoItem(units, kws, ctx);
  if (!en && kws.has("change")) for (const u of units) markChangedTo(content, [...u.mods, ...u.parts.flatMap((p) => p.mods)]);
  // "저랑 친구 둘 다 치킨카레요" with nothing talked about yet: "둘 다" counts the people, two of the one item.
  const bothPeople = !en && !ctx.focus?.length && bothAt?.kind === "kw" && /^둘\s*다$/.test(bothAt.text.trim()) && units.length === 1 ? units[0]! : undefined;
  if (bothPeople?.kind === "item" && bothPeople.qty === undefined && !bothPeople.parts.length && startOf(bothPeople) > bothAt!.start) {
    bothPeople.qty = 2;
    bothPeople.qtyExplicit = true;
  }
  if (units.length > 0) {
    // ("둘 다 라지요 올리브는 추가하지 마세요": what a refusal names is refused on every item.)
    const sharedMods = shared
      .map((a) => {
        const said = took(modOf(a, content, countNums, ctx.menu));
        // (A counted extra refused, "둘 다 계란 빼고요", is cleared: a refusal is never an order.)
        return said && refused.has(a) && (said.kind === "choice" || said.kind === "group") ? { ...said, neg: true } : said && refused.has(a) && said.kind === "count" ? { ...said, op: "clear" as const } : said;
      })
      .filter((m): m is Mod => !!m);
    for (const a of [...shared, ...strays]) explained.push(a.start);
    for (const a of strays) guesses.push(`"${a.text}" fits no item it was said with`);
    if (!strays.length) return { units, shared: sharedMods, explained, guesses };
    const mods = strays.map((a) => took(modOf(a, content, countNums, ctx.menu))).filter((m): m is Mod => !!m);
    negateBare(cl.atoms, mods, en, ctx.menu);
    return { units, shared: sharedMods, bare: { qtyExplicit: false, mods, parts: [], kws, corrects: false, both: false, only: false, clause: clauseNo, asked: false, setQty: false }, explained, guesses };
  }

  // No item in this clause: options and a quantity for something said before.
  const mods: Mod[] = [];
  let qty: number | undefined;
  let qtyExplicit = false;
  const parts: Part[] = [];
  let only = false;
  let setQty = false;
  for (const a of content) {
    if (a.kind === "num" && !countNums.has(a)) {
      explained.push(a.start);
      if (a.flags.only) only = true;
      if (a.flags.dir) setQty = true;
      if (qty === undefined) {
        qty = a.value;
        qtyExplicit = !a.article;
      } else if (!a.article) parts.push({ qty: a.value, mods: [] });
      continue;
    }
    if (a.kind === "menu") {
      if (a.flags.only) only = true;
      const mod = took(modOf(a, content, countNums, ctx.menu));
      if (mod && negAtoms.has(a)) negate(mod);
      if (mod) explained.push(a.start);
      if (mod) (parts.length ? parts[parts.length - 1]!.mods : mods).push(mod);
    }
  }
  // "하나는 치즈 추가하고 하나는 그냥 주세요": the other part said plain, alone in its clause, changes nothing.
  const plainPart = !en && !mods.length && !parts.length && content.length === 1 && content[0]!.kind === "num" && content[0]!.flags.topic === true && cl.atoms.some((x) => x.kind === "kw" && (/^그냥/.test(x.text.trim()) || x.flags.plain === true));
  if (plainPart && !["remove", "cancel", "change", "more", "same"].some((k) => kws.has(k as never))) return { units: [], explained, guesses };
  // ("하나는 피클 빼고 하나는 양파 빼 주세요": a refusal in a part refuses that part's option.)
  const negated = negateBare(cl.atoms, [...mods, ...parts.flatMap((p) => p.mods)], en, ctx.menu);
  const both = kws.has("both") || kws.has("all") || content.some((a) => a.flags.each);
  if (!en && kws.has("change")) markChangedTo(content, [...mods, ...parts.flatMap((p) => p.mods)]);
  if (mods.length === 0 && qty === undefined && !negated && !kws.has("remove") && !kws.has("cancel") && !kws.has("same") && !kws.has("more") && !kws.has("change"))
    return { units: [], explained, guesses };
  return {
    units: [],
    bare: { qty, qtyExplicit, mods, parts, kws, corrects: cl.corrects, both, only, clause: clauseNo, asked: false, setQty: setQty || kws.has("change") },
    explained,
    guesses,
  };
}
