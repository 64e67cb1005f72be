// Turns spoken option phrases into option values for one item, on top of what the
// line already has: "oat milk" picks a choice, "no vanilla" takes one out of a
// many-group, "샷 추가" adds to a count, "시럽은 빼" clears a group. A word that
// names choices in two groups ("regular", "보통") goes to a group this item has,
// preferring the group the customer was asked about, then the choice's own name.
import type { MenuModel, EffectiveGroup } from "../../../../shared/menu/model.ts";
import type { OptionValue } from "../../../../shared/menu/schema.ts";
import type { ChoiceCand, Mod } from "./utterance.ts";
import { holdOfWhatItComesWith } from "./hold-of-what-it-comes-with.ts";
import { removalChoiceForGroup, removalIndex } from "./refusal.ts";
import { isFlavourCount } from "./flavour-items.ts";
import { heldRemovalOf } from "./removal-named-item.ts";
import { saysAddWord } from "./add-words.ts";
import { keptRemovals } from "./keep-default.ts";
import { countedChoiceOfMany } from "./counted-choice-of-many.ts";
import { oneCountPerNumber } from "./count-and-its-measure-word.ts";

export interface OptionChange {
  /** Only the groups that change. */
  changes: Record<string, OptionValue>;
  applied: Mod[];
  /** Options this item does not have ("iced cheesecake"). */
  ignored: Mod[];
  /** Words that name a choice of several groups and would change the line in more than one (which?). */
  unsure: Mod[];
}

export function optionsFor(
  menu: MenuModel,
  item: string,
  base: Record<string, OptionValue>,
  saidMods: Mod[],
  preset?: Record<string, OptionValue>,
  preferGroup?: string,
  /** The line as it was before the turn (a line made before it). */
  before?: Record<string, OptionValue>,
): OptionChange {
  const groups = menu.itemGroups(item);
  const cur: Record<string, OptionValue> = { ...base };
  const changes: Record<string, OptionValue> = {};
  const set = (g: string, v: OptionValue) => {
    cur[g] = v;
    changes[g] = v;
  };
  // A removal choice found for a refused group: one of a many-group's, or a one-group's choice.
  const setRemoval = (r: { group: string; choice: string }) => {
    const g = groups.find((x) => x.id === r.group);
    if (g?.select !== "many") return set(r.group, r.choice);
    const now = Array.isArray(cur[g.id]) ? (cur[g.id] as string[]) : [];
    set(g.id, g.choices.filter((c) => c.id === r.choice || now.includes(c.id)).map((c) => c.id));
  };
  for (const [g, v] of Object.entries(preset ?? {})) if (groups.some((x) => x.id === g)) set(g, v);
  // ("아이스크림 두 스쿱 추가": one number said with two words of one count, counted once.)
  const { mods, merged } = oneCountPerNumber(saidMods);
  // "케찹으로 바꿔 주세요" on a hotdog with sweet chili: the many-choice group named as what
  // the line becomes starts empty, and takes the choices named in this breath. ("감자 말고
  // 연근으로 바꿔": what is replaced is said; only it goes.)
  const saidOut = new Set(mods.flatMap((m) => (m.kind === "choice" && m.neg ? m.cands.map((c) => c.group) : [])));
  for (const m of mods) {
    if (m.kind !== "choice" || !m.to) continue;
    const pick = pickChoice(groups, m.cands, cur, preferGroup);
    if (pick?.g.select === "many" && !saidOut.has(pick.g.id)) cur[pick.g.id] = [];
  }
  const applied: Mod[] = [...merged];
  const ignored: Mod[] = [];
  const unsure: Mod[] = [];
  // One-choice groups given a choice by the words before (a word of several groups said
  // beside them is about another: "곱빼기 보통으로" is the large one, firmness 보통).
  const said = new Set<string>();
  // A refusal wins over an addition of the same thing in the same breath ("with ham ... no ham").
  const refused = new Set(mods.flatMap((m) => (m.kind === "choice" && m.neg ? m.cands.map((c) => `${c.group}/${c.choice}`) : [])));
  // "change the jelly ones to strawberry sprinkle" on a box whose flavours are counts: the
  // flavour named with no number takes as many as the one just taken out (flavour-items.ts).
  let freed = 0;
  const swapCount = (group: string, now: number, min: number, m: { neg: boolean; numbered?: boolean; n: number }): number => {
    if (!isFlavourCount(menu, group)) return m.neg ? min : now + m.n;
    if (m.neg) {
      freed = now - min;
      return min;
    }
    const n = !m.numbered && freed > 0 ? freed : m.n;
    freed = 0;
    return now + n;
  };
  for (const m of mods) {
    // "양파는 넣고 피클만 빼 주세요", "아 피클 그냥 넣어 주세요": a thing the item comes with, kept.
    if (m.kind === "choice" && m.keep && !m.neg) {
      const back = keptRemovals(m).find((c) => groups.some((g) => g.id === c.group) && Array.isArray(cur[c.group]) && (cur[c.group] as string[]).includes(c.choice));
      if (back) {
        set(back.group, (cur[back.group] as string[]).filter((c) => c !== back.choice));
        applied.push(m);
        continue;
      }
      if (m.contrast && keptRemovals(m).some((c) => groups.some((g) => g.id === c.group))) {
        applied.push(m);
        continue;
      }
      // "돈코츠 하나 숙주 넣어주세요" where the ramen comes with 숙주 and sells more of it: put
      // in as it comes, or more of it? Read as more (below), but a guess.
      if (m.orCount && keptRemovals(m).some((c) => groups.some((g) => g.id === c.group))) unsure.push(m);
    }
    // "햄 추가" where the menu only has "햄 빼기": not that removal; said of a line that has
    // the removal ("휘핑 올려 주세요" after "휘핑은 빼 주세요"), the removal is taken back.
    if (m.kind === "choice" && !m.neg && m.onlyRefused) {
      const pick = pickChoice(groups, m.cands, cur, preferGroup);
      const now = pick ? cur[pick.g.id] : undefined;
      if (pick && (Array.isArray(now) ? now.includes(pick.c.choice) : now === pick.c.choice)) {
        if (pick.g.select === "many") set(pick.g.id, (now as string[]).filter((c) => c !== pick.c.choice));
        else if (pick.g.default !== undefined && pick.g.default !== pick.c.choice) set(pick.g.id, pick.g.default);
        else {
          ignored.push(m);
          continue;
        }
        applied.push(m);
      } else ignored.push(m);
      continue;
    }
    // "휘핑 빼고" where the menu's whip group has "휘핑 빼기": refusing the thing is that removal.
    const removalNamed = m.kind === "choice" && m.neg && m.onlyRefused ? pickChoice(groups, m.cands, cur, preferGroup) : undefined;
    if (removalNamed) {
      setRemoval({ group: removalNamed.g.id, choice: removalNamed.c.choice });
      applied.push(m);
      continue;
    }
    if (m.kind === "choice" && !m.neg && m.cands.every((c) => refused.has(`${c.group}/${c.choice}`))) {
      applied.push(m);
      continue;
    }
    if (m.kind === "choice" && m.neg) {
      const idx = removalIndex(menu);
      // "양파 빼고" where the menu lists "양파" under its "빼기" group: refusing it picks the removal.
      // So does a removal listed among additions ("김치 빼기" beside "장조림 추가"): the word
      // is read as that removal only when refused (`leftOutOnly`), and it was.
      const removalSaid = (c: ChoiceCand) => (idx.groups.has(c.group) && !idx.adds.has(`${c.group}/${c.choice}`)) || !!m.leftOutOnly?.includes(`${c.group}/${c.choice}`);
      const own = m.cands.find((c) => removalSaid(c) && groups.some((g) => g.id === c.group && g.choices.some((x) => x.id === c.choice)));
      if (own) {
        const g = groups.find((x) => x.id === own.group)!;
        const now = Array.isArray(cur[g.id]) ? (cur[g.id] as string[]) : [];
        if (!now.includes(own.choice)) set(g.id, g.choices.filter((c) => c.id === own.choice || now.includes(c.id)).map((c) => c.id));
        applied.push(m);
        continue;
      }
      // ("no caramel drizzle" of a slice topped with it: its "No sauce drizzle", hold-of-what-it-comes-with.ts.)
      const removal = removalFor(menu, groups, m.cands, cur) ?? holdOfWhatItComesWith(menu, item, groups, m.cands, m.text, cur);
      if (removal) {
        const g = removal.g;
        const now = Array.isArray(cur[g.id]) ? (cur[g.id] as string[]) : [];
        if (!now.includes(removal.choice)) set(g.id, g.choices.filter((c) => c.id === removal.choice || now.includes(c.id)).map((c) => c.id));
        applied.push(m);
        continue;
      }
    }
    if (m.kind === "choice") {
      const cands = !m.neg && m.leftOutOnly ? m.cands.filter((c) => !m.leftOutOnly!.includes(`${c.group}/${c.choice}`)) : m.cands;
      // ("two extra chapati" where the thali takes the count "Extra chapati" and its bread
      // choice Chapati: the count's own name said whole is the count.)
      const named = m.orCount?.named ? groups.find((x) => x.id === m.orCount!.group && x.select === "count") : undefined;
      const pick = named ? undefined : pickChoice(groups, cands, cur, preferGroup, { before: before ?? {}, said, preset: preset ?? {} });
      if (pick && !m.neg && pick.g.select === "one" && !preferGroup && before && changesIn(groups, cands, before) > 1) unsure.push(m);
      const count = named ?? (!pick && m.orCount ? groups.find((x) => x.id === m.orCount!.group && x.select === "count") : undefined);
      if (count) {
        // "치즈 두 장 추가" on a burger whose cheese is a count, not the ramen's cheese choice.
        const now = typeof cur[count.id] === "number" ? (cur[count.id] as number) : typeof count.default === "number" ? count.default : count.min;
        set(count.id, Math.max(count.min, Math.min(count.max, swapCount(count.id, now, count.min, { neg: m.neg, n: m.orCount!.n, ...(m.orCount!.numbered ? { numbered: true } : {}) }))));
        applied.push(m);
        continue;
      }
      if (!pick) {
        ignored.push(m);
        continue;
      }
      const g = pick.g;
      if (g.select === "many") {
        const now = Array.isArray(cur[g.id]) ? (cur[g.id] as string[]) : [];
        const next = m.neg ? now.filter((c) => c !== pick.c.choice) : now.includes(pick.c.choice) ? now : [...now, pick.c.choice];
        set(g.id, g.choices.filter((c) => next.includes(c.id)).map((c) => c.id));
        // "extra boba", "two scoops of boba": more scoops of a topping on the counted extra of
        // the toppings; "extra" of one the line did not hold may only add it, a guess.
        const more = m.neg ? undefined : m.extra?.find((x) => x.of === g.id);
        const scoops = more && groups.find((x) => x.id === more.group && x.select === "count");
        if (more && scoops) {
          const had = typeof cur[scoops.id] === "number" ? (cur[scoops.id] as number) : typeof scoops.default === "number" ? scoops.default : scoops.min;
          const add = more.total !== undefined ? more.total - 1 : 1;
          if (add > 0) set(scoops.id, Math.min(scoops.max, had + add));
          if (more.total === undefined && !now.includes(pick.c.choice)) unsure.push(m);
          if (had + add > scoops.max) unsure.push(m);
        }
      } else if (m.neg) {
        // "no whip": the group's "none" choice ("No meat"), else with two choices the other
        // one, else back to the default.
        const now = cur[g.id] ?? g.default;
        if (now === pick.c.choice || now === undefined) {
          const none = removalIndex(menu).none.get(g.id);
          const noneHere = none !== undefined && none !== pick.c.choice && g.choices.some((c) => c.id === none) ? none : undefined;
          const other = noneHere ?? (g.choices.length === 2 ? g.choices.find((c) => c.id !== pick.c.choice)?.id : g.default !== pick.c.choice ? g.default : undefined);
          if (other !== undefined) set(g.id, other);
        }
      } else {
        const held = cur[g.id] ?? g.default;
        set(g.id, pick.c.choice);
        said.add(g.id);
        // "extra tartar": one more cup of it; of a dip the line did not hold, a guess (extra-of-choice.ts).
        const cup = m.extra?.find((x) => x.of === g.id);
        const count = cup && groups.find((x) => x.id === cup.group && x.select === "count");
        if (count) {
          const now = typeof cur[count.id] === "number" ? (cur[count.id] as number) : typeof count.default === "number" ? count.default : count.min;
          set(count.id, Math.min(count.max, now + 1));
          if (held !== pick.c.choice) unsure.push(m);
        }
      }
      applied.push(m);
    } else if (m.kind === "count") {
      // ("put the sauce on" with "No sauce on top" held before this turn: that removal taken
      // back, no extra added. Said beside the removal, "no sauce on top and sauce on the side" is extra.)
      const back = m.op === "add" && !m.numbered ? heldRemovalOf(groups, base, m.text) : undefined;
      if (back) {
        if (Array.isArray(cur[back.group])) set(back.group, (cur[back.group] as string[]).filter((c) => c !== back.choice));
        applied.push(m);
        continue;
      }
      const g = groups.find((x) => x.id === m.group);
      // "계란 빼 주세요" on a 김밥 whose removals have "계란 빼기" (계란 the 떡볶이's counted extra);
      // so "소스 빼고", "without sauce" on a plate with no extra sauce to clear and a "소스 빼기".
      const none = !g || (typeof cur[g.id] === "number" ? (cur[g.id] as number) : typeof g.default === "number" ? g.default : g.min) <= g.min;
      // ("노른자 추가는 괜찮아요", "no extra yolk": the extra turned down, the yolk it comes with kept.)
      const removal = none && m.op === "clear" && !saysAddWord(m.text) ? removalChoiceForGroup(menu, groups, m.group) : undefined;
      if (removal) {
        setRemoval(removal);
        applied.push(m);
        continue;
      }
      if (!g) {
        ignored.push(m);
        continue;
      }
      const now = typeof cur[g.id] === "number" ? (cur[g.id] as number) : typeof g.default === "number" ? g.default : g.min;
      // "떡 두 개", "맵기 3단계" on an item that comes with some already: how many in all;
      // "맵기는" alone names the option and changes nothing.
      const ofBase = m.op === "add" && m.ofBase === true && (typeof g.default === "number" ? g.default : g.min) >= 1;
      if (ofBase && !m.numbered) {
        applied.push(m);
        continue;
      }
      const level = m.level === "max" ? g.max : m.level === "min" ? g.min : m.level === "default" ? (typeof g.default === "number" ? g.default : g.min) : undefined;
      const next = level ?? (m.op === "set" || ofBase ? m.n : m.op === "clear" && m.some ? now - m.n : swapCount(g.id, now, g.min, { neg: m.op === "clear", n: m.n, ...(m.numbered ? { numbered: true } : {}) }));
      set(g.id, Math.max(g.min, Math.min(g.max, next)));
      applied.push(m);
    } else if (m.kind === "step") {
      const g = groups.find((x) => x.id === m.group);
      if (!g || g.select !== "one") {
        ignored.push(m);
        continue;
      }
      const now = g.choices.findIndex((c) => c.id === (cur[g.id] ?? g.default));
      const next = g.choices[Math.max(0, Math.min(g.choices.length - 1, (now < 0 ? 0 : now) + m.by))];
      if (next) set(g.id, next.id);
      applied.push(m);
    } else {
      const g = groups.find((x) => x.id === m.group);
      // ("고수 빼 주세요" of a pad thai with a "고수" group of extras it holds none of and a "고수
      // 빼기" hold: the hold, as "계란 빼 주세요" of a count at its least is, above.)
      const nothingHeld = !!g && g.select === "many" && ![cur[g.id] ?? g.default].flat().some((v) => v !== undefined);
      const removal = (!g || nothingHeld) && m.neg && !saysAddWord(m.text) ? removalChoiceForGroup(menu, groups, m.group) : undefined;
      if (removal) {
        // "시럽은 빼 주세요" on a tea whose sweetness has "시럽 빼기".
        setRemoval(removal);
        applied.push(m);
        continue;
      }
      if (!g) {
        ignored.push(m);
        continue;
      }
      if (m.neg) {
        const none = removalIndex(menu).none.get(g.id);
        if (g.select === "many") set(g.id, []);
        else if (g.select === "count") set(g.id, g.min);
        // "hold the cheese": the group's own "none" choice where it has one.
        else if (none !== undefined && g.choices.some((c) => c.id === none)) set(g.id, none);
        else if (g.default !== undefined) set(g.id, g.default);
      }
      applied.push(m);
    }
  }
  // "catfish plate with mac, greens and yams": the plate's "Three sides" (counted-choice-of-many.ts).
  const counted = countedChoiceOfMany(groups, cur, new Set(Object.keys(changes)), new Set([...said, ...Object.keys(preset ?? {})]));
  if (counted.set) set(counted.set.group, counted.set.choice);
  const over = counted.unsure && applied.findLast((m) => m.kind === "choice" && m.cands.some((c) => c.group === counted.unsure));
  if (over) unsure.push(over);
  return { changes, applied, ignored, unsure };
}

/**
 * "no onions" on an item that comes with onions and spells leaving them off as a choice of
 * its own ("No onions" in a "Leave off" group): that choice, unless the onions were added
 * to the line as an option (then taking them out is enough).
 */
function removalFor(
  menu: MenuModel,
  groups: EffectiveGroup[],
  cands: ChoiceCand[],
  cur: Record<string, OptionValue>,
): { g: EffectiveGroup; choice: string } | undefined {
  const idx = removalIndex(menu);
  for (const c of cands) {
    const v = cur[c.group];
    if (Array.isArray(v) ? v.includes(c.choice) : false) return undefined;
  }
  for (const c of cands) {
    for (const r of idx.byChoice.get(`${c.group}/${c.choice}`) ?? []) {
      const g = groups.find((x) => x.id === r.group);
      if (g && g.choices.some((x) => x.id === r.choice)) return { g, choice: r.choice };
    }
  }
  return undefined;
}

/**
 * The group a choice word goes to, of those of the item it names a choice in: the group
 * asked about, a required one still empty, then (`at`) one where it changes the line as it
 * was before the turn ("아 그냥 보통으로 주세요" after 진하게: the broth), the choice's own
 * name over an alias, one the words before did not already set, the menu's order; not the
 * choice the item's own name already gave the line ("a black americano" where "black" is the
 * milk's "no milk" and, by "black coffee", the americano itself: the milk, held-out r102c-016).
 */
function pickChoice(
  groups: EffectiveGroup[],
  cands: ChoiceCand[],
  cur: Record<string, OptionValue>,
  preferGroup: string | undefined,
  at?: { before: Record<string, OptionValue>; said: ReadonlySet<string>; preset?: Record<string, OptionValue> },
): { g: EffectiveGroup; c: ChoiceCand } | undefined {
  const fits: Array<{ g: EffectiveGroup; c: ChoiceCand; score: number }> = [];
  for (const c of cands) {
    const gi = groups.findIndex((g) => g.id === c.group);
    const g = groups[gi];
    if (!g || !g.choices.some((x) => x.id === c.choice)) continue;
    let score = -gi;
    if (c.group === preferGroup) score += 1000;
    if (g.required && cur[g.id] === undefined) score += 500;
    if (at && changes(g, c, at.before)) score += 300;
    if (at && !at.said.has(g.id)) score += 50;
    if (c.name) score += 100;
    if (at?.preset?.[g.id] === c.choice) score -= 1000;
    fits.push({ g, c, score });
  }
  fits.sort((a, b) => b.score - a.score);
  return fits[0];
}

/** A one-choice group of a line made before the turn held another choice than this one. */
function changes(g: EffectiveGroup, c: ChoiceCand, before: Record<string, OptionValue>): boolean {
  return g.select === "one" && before[g.id] !== undefined && before[g.id] !== c.choice;
}

/** In how many of the item's one-choice groups the word would change the line made before. */
function changesIn(groups: EffectiveGroup[], cands: ChoiceCand[], before: Record<string, OptionValue>): number {
  return new Set(cands.filter((c) => groups.some((g) => g.id === c.group && g.choices.some((x) => x.id === c.choice) && changes(g, c, before))).map((c) => c.group)).size;
}

/** Whether an item can take a spoken option at all. */
export function itemTakes(menu: MenuModel, item: string, m: Mod): boolean {
  const groups = menu.itemGroups(item);
  if (m.kind === "choice") {
    // (A removal's own word said without refusing it can only take that removal back.)
    if (!m.neg && m.onlyRefused) return m.cands.some((c) => groups.some((g) => g.id === c.group));
    if (m.cands.some((c) => groups.some((g) => g.id === c.group && g.choices.some((x) => x.id === c.choice)))) return true;
    if (m.orCount && groups.some((g) => g.id === m.orCount!.group && g.select === "count")) return true;
    // "without onions" fits an item that spells leaving onions off as a choice.
    return m.neg && !!removalFor(menu, groups, m.cands, {});
  }
  const refused = (m.kind === "group" && m.neg) || (m.kind === "count" && m.op === "clear");
  return groups.some((g) => g.id === m.group) || (refused && !!removalChoiceForGroup(menu, groups, m.group));
}
