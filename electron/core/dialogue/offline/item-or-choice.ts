// A word that names both an item and a choice (콜라 the drink or the set's drink), read
// as one or the other from the item in hand, the question asked and what follows; a step
// of the readings in context (resolve.ts).
import { type MenuRef } from "./lexicon.ts";
import type { Atom } from "./scan.ts";
import type { ParseContext } from "./utterance.ts";
import { readAsAnswer } from "./answer-named-as-items.ts";
import { putOnTheItem } from "./add-on-put-on-the-item.ts";
import { answerSaidAgainAsItem } from "./answer-said-again-as-item.ts";
import { itemsBeforeTheParticle } from "./particle-aliases.ts";
import { inAWithList, isOpenPart, saidForAnOpenPart, saidWithIt, switchedFrom } from "./open-part-of-the-line.ts";
import { itsOwnOptionsBefore, countsShareOut, isAdding, withBefore, choicesAfterInsteadOf, itemNamedInChoice, itemsNamedByChoices, choicesOfTheNextName, putOnTop, countedGroupsNamedAlike, refusingOwnOption, openedByNo } from "./item-or-choice-words.ts";

/**
 * A word that names both an item and a choice (콜라 the drink, or the set's drink): a
 * choice when it answers a group of the item in hand ("세트 하나 콜라로", "음료는
 * 콜라", the kiosk's own question, "감자튀김은 치즈스틱으로 바꿔"), an item when it
 * has its own quantity or stands apart ("세트 하나랑 콜라 하나"). A word that names a
 * category and an option group ("음료", "사이드") is the group when ordering.
 */
export function resolveItemChoice(atoms: Atom[], ctx: ParseContext, en: boolean, unplaced: Atom[] = []): Atom[] {
  const out: Atom[] = [];
  let lastItem: string | undefined;
  let lastPreset: Record<string, unknown> | undefined;
  let lastItemAt: number | undefined;
  let sepSince = false;
  // A word other than a count or an option since the item in hand ("너겟 말고 치즈스틱으로").
  let wordSince = false;
  // "카스 말고" since the item in hand: what follows is said in its place.
  let insteadSince = false;
  let itemRefused = false;
  let groupTopic: string | undefined;
  // Choices already said for the item in hand, and whether the last word was one of them
  // ("당근 케이크랑 라떼": a list of the set's choices joined by 랑).
  let given = new Set<string>();
  // The choices themselves said in this turn ("group/choice"): one said again counted is the item (answer-said-again-as-item.ts).
  const givenChoices = new Set<string>();
  let lastWasChoice = false;
  const utterKws = new Set(atoms.flatMap((a) => (a.kind === "kw" ? a.keywords : [])));
  // "fries and a diet coke" to "which drink for the combo?": words that answer the question
  // asked make the other choices of that item said with them its choices too (its side).
  const answersAsked = ctx.asked !== undefined && atoms.some((a) => a.kind === "menu" && a.refs.some((r) => r.kind === "choice" && r.group === ctx.asked!.group));
  atoms.forEach((a, i) => {
    if (a.kind === "sep") {
      // ("a three entree plate: orange chicken, ...": a colon opens the list of its parts, as a comma goes on with them.)
      // ("the oxtails, but no cornbread, mac and greens": "but" before a refusal of the item in
      // hand's own option goes on about that item, its sides said after still its choices.)
      const butRefusing = en && a.why === "clause" && /^but$/i.test(a.text.trim()) && !!lastItem && refusingOwnOption(atoms, i + 1, ctx.menu, lastItem);
      if ((a.why !== "punct" || (a.mark !== "," && a.mark !== ":")) && !(a.why === "conj" && lastWasChoice) && !butRefusing) sepSince = true;
      out.push(a);
      return;
    }
    if (a.kind !== "menu") {
      if (a.kind === "kw" && !a.keywords.every((w) => w === "filler" || w === "request")) wordSince = true;
      if (a.kind === "kw" && a.keywords.includes("instead") && /[가-힣]/.test(a.text)) {
        // ("정식 말고 그냥 물막으로": the item in hand itself refused, right before 말고.)
        itemRefused = lastItemAt === i - 1;
        insteadSince = true;
      }
      // ("세트 오렌지주스로 하나랑 햄치즈": a count closes the list of the item's choices.)
      if (a.kind === "num" && !a.article) lastWasChoice = false;
      out.push(a);
      return;
    }
    // ("콜라로" where the menu wrote the set drink's alias with its 로: the coke too.)
    const particled = en ? [] : itemsBeforeTheParticle(ctx.menu, a);
    if (particled.length) a = { ...a, refs: [...particled, ...a.refs], flags: { ...a.flags, dir: true } };
    let refs = a.refs;
    const hasGroup = refs.some((r) => r.kind === "group" || r.kind === "choice");
    if (hasGroup && refs.some((r) => r.kind === "category")) refs = refs.filter((r) => r.kind !== "category");
    let items = refs.filter((r): r is Extract<MenuRef, { kind: "item" }> => r.kind === "item");
    const choices = refs.filter((r): r is Extract<MenuRef, { kind: "choice" }> => r.kind === "choice");
    // "원조 세 줄이요": a set's choice (원조 for 원조김밥) with its own quantity and no item in
    // hand that has it names the item it is named after (part of a name: a guess).
    // (Not a word read as the answer to the kiosk's question: answer-named-as-items.ts.)
    if (!items.length && choices.length && refs.length === choices.length && !en && atoms[i + 1]?.kind === "num" && !a.flags.dir && !readAsAnswer(a)) {
      const held = lastItem ? choices.filter((c) => ctx.menu.itemGroup(lastItem!, c.group)) : [];
      // "양념 소스 두 개" where 양념소스 is a choice of the 소스 item: that item, made so.
      const own = held.length ? undefined : itemNamedInChoice(ctx.menu, choices, a.text);
      const named = held.length || own ? [] : itemsNamedByChoices(ctx.menu, choices);
      // "양념 소스 두 개 추가하고 머스타드도 하나요": the item in hand was named with another
      // choice of that group, so this one with its own count is another of that item.
      const other = held.length === 1 && lastPreset?.[held[0]!.group] !== undefined && lastPreset[held[0]!.group] !== held[0]!.choice ? held[0]! : undefined;
      if (other) {
        refs = [{ kind: "item", item: lastItem!, partial: false, preset: { [other.group]: other.choice } }];
        items = refs as Array<Extract<MenuRef, { kind: "item" }>>;
      } else if (own) {
        refs = [{ kind: "item", item: own.item, partial: false, preset: { [own.group]: own.choice } }];
        items = refs as Array<Extract<MenuRef, { kind: "item" }>>;
      } else if (named.length === 1) {
        refs = [{ kind: "item", item: named[0]!, partial: true }];
        items = refs as Array<Extract<MenuRef, { kind: "item" }>>;
      }
    }
    // "slice of pecan with a scoop of ice cream", the scoop also sold alone: after "with", a
    // word that names a counted option of the item in hand is that option, not a second order.
    // ("… a scoop of ice cream and caramel actually no caramel just the ice cream": "just" that
    // option again, said earlier in the turn of the item in hand, not an ice cream instead.)
    // ("three falafel on top", "add two falafel balls on it" a turn later, "and add an egg": put on
    // the item in hand, add-on-put-on-the-item.ts.)
    const enInHand = en && !lastItem && !atoms.some((x) => x.kind === "menu" && x.refs.some((r) => r.kind === "item" && r !== items[0])) ? ctx.focus?.at(-1)?.item : undefined;
    // (Choices of other items the word also names, "egg" a sisig's topping, say nothing of the held item.)
    const heldTakes = (held: string) => choices.some((c) => ctx.menu.itemGroup(held, c.group)?.choices.some((x) => x.id === c.choice));
    if (en && items.length && (lastItem || enInHand) && !heldTakes(lastItem ?? enInHand!)) {
      const held = lastItem ?? enInHand!;
      const counted = refs.filter((r) => r.kind === "group" && ctx.menu.itemGroup(held, r.group)?.select === "count");
      const saidAsItsOption = a.flags.only && out.some((x) => x.kind === "menu" && x.refs.length > 0 && x.refs.every((r) => r.kind === "group" && counted.some((c) => c.kind === "group" && c.group === r.group)));
      if (counted.length && ((lastItem && withBefore(atoms, i) && !sepSince) || saidAsItsOption || putOnTheItem(atoms, i))) {
        out.push({ ...a, refs: counted });
        lastWasChoice = false;
        return;
      }
    }
    // "떡만둣국 하나 만두 두 개 추가해서요", the dumplings also sold alone: a word that names a
    // counted add-on of the item in hand, counted and added in the same breath, is that add-on.
    // ("떡만둣국 하나요" → "만두 하나 추가요": the line in hand, no other thing named before.)
    const inHand = !en && !lastItem && !atoms.slice(0, i).some((x) => x.kind === "menu") ? ctx.focus?.[ctx.focus.length - 1] : undefined;
    if (!en && items.length && !choices.length && (lastItem || inHand) && !sepSince) {
      const held = lastItem ?? inHand!.item;
      // ("마카롱 하나 올려서요" where "마카롱 하나" is the macaron sold alone's own alias: the
      // held item's counted topping of the same name, "마카롱".)
      const counted = refs.filter((r) => r.kind === "group" && ctx.menu.itemGroup(held, r.group)?.select === "count");
      if (!counted.length && a.flags.added && putOnTop(atoms, i)) counted.push(...countedGroupsNamedAlike(ctx.menu, held, items));
      const n = atoms[i + 1];
      // ("떡만둣국 두 개 만두 하나씩 추가요": one each, added.)
      const eachAdded = n?.kind === "kw" && n.flags.each && /^(?:하나|한)/.test(n.text) && isAdding(atoms[i + 2]);
      const addedNow = a.flags.added || (n?.kind === "num" && n.flags.added) || eachAdded;
      // (Not where a line of that item is in hand: "만두 하나 더요" is one more plate.)
      const itsOwnLine = (ctx.focus ?? []).some((f) => items.some((r) => r.item === f.item));
      // ("쭈꾸미볶음 하나 쭈꾸미 두 개 추가요", 쭈꾸미 also the dish's own alias: the dish was just
      // named by another word, so its word again, counted and added, is its add-on too.)
      const sameDishAgain = !!lastItem && lastItemAt !== undefined && atoms[lastItemAt]!.text.trim() !== a.text.trim() && n?.kind === "num" && n.unit !== "인분";
      if (counted.length && addedNow && (!items.some((r) => r.item === held) || sameDishAgain) && !(inHand && itsOwnLine)) {
        out.push({ ...a, refs: counted });
        lastWasChoice = false;
        return;
      }
    }
    if (items.length && choices.length && answerSaidAgainAsItem(atoms, i, choices, givenChoices)) refs = refs.filter((r) => r.kind !== "choice");
    else if (items.length && choices.length) {
      const next = atoms[i + 1];
      const prev = atoms[i - 1];
      // Its own quantity ("콜라 하나", "two cokes"), unless "로" makes it the way the item
      // comes ("세트 사이다로 하나") or the number starts the next part ("하나는 콜라 하나는 사이다").
      const fitsItem = (item: string | undefined) => (item ? choices.filter((c) => ctx.menu.itemGroup(item, c.group)?.choices.some((x) => x.id === c.choice)) : []);
      // ("파닭 후라이드 하나", 후라이드 also the fried chicken sold alone: said right after the
      // item, which has no count of its own and must still be given that choice, the count
      // after it is the item's and the word its required choice.)
      const requiredOfTheOneBefore = !en && !!lastItem && lastItemAt === i - 1 && fitsItem(lastItem).some((c) => ctx.menu.itemGroup(lastItem!, c.group)?.required && !given.has(c.group));
      const ownQty = en ? prev?.kind === "num" && !prev.article : next?.kind === "num" && !a.flags.dir && !next.flags.topic && !requiredOfTheOneBefore;
      let pick: typeof choices = [];
      // "water instead of the juice": a choice of the group of the choice it takes the place
      // of (the kids meal's drink), not the bottle sold alone.
      const replaced = en ? choicesAfterInsteadOf(atoms, i) : [];
      if (replaced.length) pick = choices.filter((c) => replaced.some((o) => o.group === c.group && o.choice !== c.choice));
      // "a decaf coffee" where "decaf" is also the coffee made decaf: said right before the
      // item's own name, the word is how that item comes, not one more of it.
      if (!pick.length && en) pick = choicesOfTheNextName(atoms, i, items, choices, ctx);
      // ("switch the chai for a mango lassi": the thali's drink, the chai's group.)
      if (!pick.length && en && lastItem) { const from = switchedFrom(atoms, i); if (from.length) pick = fitsItem(lastItem).filter((c) => from.includes(c.group)); }
      if (!pick.length && groupTopic) pick = choices.filter((c) => c.group === groupTopic);
      // "three hand pies two apple and one cherry", "apple" also the apple pie: counts said
      // of choices of the item in hand that add up to its count share it out.
      if (!pick.length && en && ownQty && lastItem && lastItemAt !== undefined && countsShareOut(atoms, lastItemAt, ctx.menu, lastItem)) pick = fitsItem(lastItem);
      // "카스 말고 테라로" where 카스 named the beer with its brand: the 테라 in its place, the
      // beer so named, not a second brand said of the refused one.
      const inPlaceOfNamed = insteadSince && !!lastPreset && choices.some((c) => lastPreset![c.group] !== undefined && lastPreset![c.group] !== c.choice);
      // "물막 정식 하나요" → "정식 말고 그냥 물막으로 주세요": the set refused, the dish sold
      // alone in its place, not the set's noodles (the set was kept).
      const dishForTheSet = insteadSince && itemRefused && !items.some((r) => r.item === lastItem);
      if (!pick.length && !ownQty && !inPlaceOfNamed && !dishForTheSet) {
        // ("with the curry herring" too; "and tea with it", the thing in hand.)
        const withWord = en && (prev?.kind === "kw" && prev.keywords.includes("with") || ((prev?.kind === "num" || (prev?.kind === "kw" && prev.keywords.includes("the"))) && atoms[i - 2]?.kind === "kw" && (atoms[i - 2] as Atom & { keywords: string[] }).keywords.includes("with")) || saidWithIt(atoms, i));
        // "a latte, a mocha and a chai": an article starts another thing ordered; so it does
        // before options only the item so called takes ("and a steamed gyoza" after a bento
        // whose side may be gyoza: the style is the gyoza's own).
        const lead = en ? itsOwnOptionsBefore(ctx.menu, atoms, i, items.map((r) => r.item), lastItem) : i;
        const article = en && prev?.kind === "num" && prev.article && !withWord;
        const itsOwn = lead < i && atoms[lead - 1]?.kind === "num" && (atoms[lead - 1] as Atom & { article: boolean }).article;
        // A required choice of the item in hand not given yet: "a cake set with carrot cake
        // and a vanilla latte" names the set's drink, not a second order.
        const missingRequired = (item: string) =>
          fitsItem(item).filter((c) => ctx.menu.itemGroup(item, c.group)?.required && !given.has(c.group));
        if (itsOwn) pick = [];
        else if (article && lastItem) {
          pick = missingRequired(lastItem);
          // ("koshari combo with taameya and a mango juice": the combo's drink, left as it comes; a guess.)
          if (!pick.length && inAWithList(atoms, i)) {
            pick = fitsItem(lastItem).filter((c) => !given.has(c.group) && isOpenPart(ctx.menu, { item: lastItem!, ...(lastPreset ? { options: lastPreset } : {}) }, c.group));
            if (pick.length) unplaced.push(a);
          }
        }
        else if (lastItem && (!sepSince || a.flags.dir || withWord)) pick = fitsItem(lastItem);
        else if (lastItem && sepSince) {
          pick = missingRequired(lastItem);
          // ("half chicken extra hot then, fries and coleslaw": the sides of the plate just named, a guess.)
          // (Not "a chicken wrap and hummus": "and" alone after the item orders one more thing, probe shawarma-022.)
          const apart = lastItemAt !== undefined && atoms.slice(lastItemAt + 1, i).some((x) => x.kind === "sep" && x.why !== "conj");
          const open = pick.length || !apart ? [] : fitsItem(lastItem).filter((c) => (!given.has(c.group) || ctx.menu.itemGroup(lastItem!, c.group)?.select === "many") && saidForAnOpenPart(ctx.menu, atoms, i, { item: lastItem!, ...(lastPreset ? { options: lastPreset } : {}) }, c));
          if (open.length) {
            pick = open;
            unplaced.push(a);
          }
        }
        else if (!lastItem && ctx.asked) pick = fitsItem(ctx.asked.item).filter((c) => c.group === ctx.asked!.group || a.flags.dir || (answersAsked && !given.has(c.group)));
        // ("햄치즈는 빼주세요" with a 햄치즈 토스트 in the cart: the line of that item is meant, not a set's toast.)
        // (Not "make one of them a bowl": the line's own item takes the choice so named.)
        // ("change the strawberry one to mango" of a strawberry bingsu whose toppings hold
        // strawberries: "the" before the word of a line in hand points at that line; sealed r113a-020.)
        const theBefore = en && prev?.kind === "kw" && (prev.keywords.includes("the") || /\bthe$/i.test(prev.text.trim()));
        const itemInHand = !lastItem && (ctx.focus ?? []).some((f) => items.some((it) => it.item === f.item) && (!fitsItem(f.item).length || theBefore));
        // ("a halo halo" → "no, make it leche flan": "no" opening the turn, then "make it" and a
        // thing sold alone that is also an add-on of the line, one of many: that thing in the
        // line's place, not the add-on; "with leche flan" would say the add-on.)
        const inPlaceOfTheLine = en && !withWord && openedByNo(atoms) && utterKws.has("change") && choices.every((c) => ctx.menu.groups.get(c.group)?.select === "many");
        if (!pick.length && !lastItem && !itemInHand && !inPlaceOfTheLine) {
          // ("with oat please" a turn after a latte, "both with sprite" after two combos: "with"
          // gives the lines in hand a choice.)
          // ("oat please" a turn after a hot chocolate: a word said alone, no count, that the
          // line in hand takes as a choice, is that choice rather than the item also so called.)
          // (Not "forget the potstickers": a thing taken off, or pointed at with "the", is the line.)
          // ("and onion rings" after a meal: "and" orders one more thing.)
          const alone = en && !atoms.slice(0, i).some((x) => x.kind === "num" || x.kind === "sep") && !theBefore && !["remove", "cancel", "refuse", "without"].some((k) => utterKws.has(k as never)) && atoms.filter((x) => x.kind === "menu").length === 1;
          const referring = a.flags.dir || a.flags.topic || utterKws.has("change") || withWord || alone;
          // "and miso too" a turn after "add an egg" to a bento whose add-ons are egg and
          // miso: more of the add-ons the line holds, or a miso soup of its own? Read as the
          // add-on (a list going on), but a guess.
          const goingOn = en && !referring && i > 0 && atoms.slice(0, i).every((x) => x.kind === "sep" && x.why === "conj") && atoms.filter((x) => x.kind === "menu").length === 1;
          const holds = (f: { options?: Readonly<Record<string, unknown>> }, group: string) => Array.isArray(f.options?.[group]) && (f.options![group] as unknown[]).length > 0;
          // ("no wait no ice cream azuki instead" a turn after a shave ice with ice cream on the
          // bottom, the ice cream also sold as a cup: refused, the choice the line holds.)
          // (Not "forget the potstickers", "빼 주세요": taking off names the line.)
          const refusing = (x: Atom | undefined) => x?.kind === "kw" && x.keywords.some((w) => w === "without" || w === "no");
          // (Not "no coke" where a coke line is in hand, whatever its own choices.)
          // ("김치찌개 말고 된장으로요" of a set holding the kimchi stew: the set's stew said in place of.)
          // (Not "오야코동 말고 가츠동이요" where what follows names an item too: left to insteadNamedByChoice.)
          const after = atoms[i + 2];
          const insteadOf = (x: Atom | undefined) => x?.kind === "kw" && x.keywords.includes("instead") && after?.kind === "menu" && after.refs.length > 0 && after.refs.every((r) => r.kind === "choice");
          const refusedHere = (en ? refusing(prev) : refusing(next) || insteadOf(next)) && !(ctx.focus ?? []).some((f) => items.some((it) => it.item === f.item));
          const hasChoice = (f: { options?: Readonly<Record<string, unknown>> }, c: { group: string; choice: string }) => { const v = f.options?.[c.group]; return Array.isArray(v) ? v.includes(c.choice) : v === c.choice; };
          for (const f of [...(ctx.focus ?? [])].reverse()) {
            const fit = fitsItem(f.item).filter((c) => referring || f.missing.includes(c.group) || (goingOn && holds(f, c.group)) || (refusedHere && hasChoice(f, c)));
            // ("coleslaw and fries" a turn after a whole chicken whose sides are not picked: its sides, a guess.)
            const open = fit.length ? [] : fitsItem(f.item).filter((c) => saidForAnOpenPart(ctx.menu, atoms, i, f, c));
            if (open.length) {
              pick = open;
              unplaced.push(a);
              break;
            }
            if (fit.length) {
              pick = fit;
              if (goingOn && !fit.some((c) => f.missing.includes(c.group))) unplaced.push(a);
              break;
            }
          }
        }
      }
      // "오백 두 잔 카스로요" where the draft has no brand and 카스 is also the bottled beer so
      // named: 로 right after the item in hand (its count and options between) says how it
      // comes, not a second thing ordered; the choice it cannot take stays a choice (a doubt:
      // outcomes.ts), and no bottle is added. (Not "너겟 말고 치즈스틱으로", "김밥을 돈까스김밥으로
      // 바꿔": a replacement.)
      // "소주로 할게요 새로 한 병이요", 새로 the soju's brand and the soju so named: the item in
      // hand, said with no count, counted as the kind named next (not a second soju).
      // (Not "맥주 한 병 테라 한 병이요": the item's name said its count, "한 병".)
      const countedByKind = !en && ownQty && !!lastItem && lastItemAt !== undefined && items.some((r) => r.item === lastItem) && !sepSince && !atoms.slice(lastItemAt + 1, i).some((x) => x.kind === "num" || x.kind === "menu") && !/(?:^|\s)(?:한|두|세|네|\d+)\s?\S+$/.test(atoms[lastItemAt]!.text.trim());
      if (!pick.length && countedByKind) pick = fitsItem(lastItem).filter((c) => lastPreset?.[c.group] === undefined);
      const replacing = ["change", "instead", "refuse", "remove", "cancel", "correction"].some((k) => utterKws.has(k as never));
      if (!pick.length && !en && !ownQty && a.flags.dir && lastItem && !sepSince && !wordSince && !replacing) pick = choices;
      if (pick.length) {
        out.push({ ...a, refs: pick });
        for (const c of pick) {
          given.add(c.group);
          givenChoices.add(`${c.group}/${c.choice}`);
        }
        lastWasChoice = true;
        return;
      }
      refs = refs.filter((r) => r.kind !== "choice");
    }
    const firstItem = refs.find((r): r is Extract<MenuRef, { kind: "item" }> => r.kind === "item");
    lastWasChoice = !firstItem && refs.some((r) => r.kind === "choice");
    if (firstItem) {
      lastItemAt = i;
      lastItem = firstItem.item;
      lastPreset = firstItem.preset;
      sepSince = false;
      wordSince = false;
      insteadSince = false;
      itemRefused = false;
      // ("불고기 세트 ... 하나랑 햄치즈 단품 하나": a choice the item's name gave is given.)
      given = new Set(Object.keys(firstItem.preset ?? {}));
    }
    for (const r of refs) if (r.kind === "choice") {
      given.add(r.group);
      givenChoices.add(`${r.group}/${r.choice}`);
    }
    const g = refs.find((r) => r.kind === "group");
    groupTopic = g && g.kind === "group" ? g.group : refs.some((r) => r.kind === "choice") ? undefined : groupTopic;
    out.push(refs === a.refs ? a : { ...a, refs });
  });
  return out;
}

