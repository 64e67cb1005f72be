// An item made into the item named after it plus a word ("세트로 해 주세요": 불고기버거 →
// 불고기버거 세트), for the line in hand, the part of it named, or each line talked about,
// with the set's choices said in the same breath.
import type { CartLine } from "../../cart/cart.ts";
import { keyOf } from "./lexicon.ts";
import { choiceNaming, nameKeys } from "./line-edits.ts";
import { addItem, removeFrom, replace } from "./line-changes.ts";
import type { Outcome } from "./outcomes.ts";
import { focusLines, type TurnDraft } from "./turn-draft.ts";
import type { Mod, Unit } from "./utterance.ts";

/**
 * "세트로 해 주세요", "make it a combo": the menu item whose name is the item in hand
 * plus the word said (불고기버거 → 불고기버거 세트) takes its place, for all of it or
 * for the part named ("하나는 세트로").
 */
export function upgrade(d: TurnDraft, u: Unit): Outcome[] | undefined {
  if (!(u.dir || u.kws.has("change") || u.afterChange || u.topic)) return undefined;
  const word = keyOf(u.text.replace(/(으로|로)요?$/, ""));
  if (!word) return undefined;
  // ("make the smoothie large" with a bowl and a smoothie ordered: the kind named points at
  // the line of that kind, not the bowl made into the smoothie that shares its name.)
  const kindIds = u.kind === "category" ? d.menu.menu.items.filter((i) => i.category === u.category).map((i) => i.id) : u.kind === "ambiguous" ? u.candidates ?? [] : [];
  if (d.state.lines.some((l) => kindIds.includes(l.item))) return undefined;
  const upgradeOf = (l: CartLine) => {
    const base = nameKeys(d, l.item);
    const cands = d.menu.menu.items.filter(
      (it) => it.id !== l.item && nameKeys(d, it.id).some((k) => k.includes(word) && base.some((b) => b.length >= 2 && k.includes(b) && k !== b)),
    );
    return cands.length === 1 ? cands[0]!.id : undefined;
  };
  const inHand = [...focusLines(d)].reverse().filter((l) => upgradeOf(l));
  if (!inHand.length) return undefined;
  // "불고기버거 하나 주시고 세트로 하나 더": one more, as its set, beside it (not it made
  // into one). Whether the options the line in hand was given go with it is a guess.
  if (u.kws.has("more") && !u.kws.has("change")) {
    const l = inHand[0]!;
    const own = d.menu.itemGroups(l.item).some((g) => l.options[g.id] !== undefined && JSON.stringify(l.options[g.id]) !== JSON.stringify(g.default));
    const unsure: Outcome[] = inHand.length > 1 || own ? [{ kind: "which-unsettled", text: u.text }] : [];
    return [{ kind: "acted-on", text: u.text }, ...unsure, ...addItem(d, upgradeOf(l)!, u.qty ?? 1, {}, u.mods, [])];
  }
  // The lines the sentence (else the turn before) talked about: "둘 다 세트로" upgrades each
  // of them; with no such word, the last one is meant, a guess when several could be.
  const talked = d.touched.length ? d.touched : d.mem.lastTouched ?? [];
  const among = inHand.filter((l) => talked.includes(l.id));
  const lines = (u.kws.has("all") || u.kws.has("both")) && among.length > 1 ? among : [inHand[0]!];
  const out: Outcome[] = [{ kind: "acted-on", text: u.text }];
  if (lines.length === 1 && among.length > 1 && among.includes(lines[0]!)) out.push({ kind: "which-unsettled", text: u.text });
  for (const l of lines) out.push(...upgradeLine(d, u, l, upgradeOf(l)!));
  return out;
}

/**
 * "세트 말고 그냥 단품으로" (단품: the item by itself): the line in hand named as an item plus
 * the word said (불고기버거 세트 → 불고기버거) becomes that item, keeping the options it takes.
 * Several such lines in hand: the last one, a guess.
 */
export function downgrade(d: TurnDraft, u: Unit): Outcome[] | undefined {
  const utt = d.utterance;
  if (utt.lang !== "ko" || !(u.kws.has("instead") || utt.orderKws.has("instead"))) return undefined;
  if (!utt.atoms.some((a) => a.kind === "kw" && /^단품/.test(a.text.trim()))) return undefined;
  const word = keyOf(u.text.replace(/(은|는|을|를|이|가)$/, ""));
  if (!word) return undefined;
  const baseOf = (l: CartLine) => baseItemOf(d, l, word);
  const inHand = [...focusLines(d)].reverse().filter((l) => (!u.item || l.item === u.item) && baseOf(l));
  const l = inHand[0];
  if (!l) return undefined;
  const out: Outcome[] = [{ kind: "acted-on", text: u.text }];
  if (inHand.length > 1) out.push({ kind: "which-unsettled", text: u.text });
  // ("세트 말고 그냥 연어솥밥 단품으로": the dish named too is this one, not a second.)
  for (const x of utt.units) if (x !== u && x.kind === "item" && x.item === baseOf(l) && !x.qtyExplicit && !x.remove) x.absorbed = true;
  out.push(...replace(d, [l], { ...u, kind: "item", item: baseOf(l)!, mods: [], parts: [], remove: false, preset: {} }, undefined));
  return out;
}

/**
 * The item the line is named after plus a word (불고기버거 세트 → 불고기버거; of a set with salmon,
 * 연어솥밥), that word being `word` or part of it where given.
 */
export function baseItemOf(d: TurnDraft, l: CartLine, word?: string): string | undefined {
  // (Not a name the menu gives the item with options the line does not have: "연어솥밥 세트"
  // names the set with salmon, so of a set with salmon its base is 연어솥밥, not 장어솥밥.)
  const others = new Set(presetNames(d, l).map(keyOf));
  const keys = nameKeys(d, l.item).filter((k) => !others.has(k));
  const cands = d.menu.menu.items.filter(
    (it) => it.id !== l.item && nameKeys(d, it.id).some((b) => b.length >= 2 && keys.some((k) => k.startsWith(b) && k !== b && (word === undefined || word.includes(k.slice(b.length))))),
  );
  return cands.length === 1 ? cands[0]!.id : undefined;
}

/** One line made into the item it upgrades to (its set), with the set's choices said in the same breath. */
function upgradeLine(d: TurnDraft, u: Unit, l: CartLine, target: string): Outcome[] {
  // "불고기버거 두 개 중에 하나만 세트로": a count said of the line with nothing else is the part meant.
  const part = d.created.includes(l.id) ? d.utterance.units.find((x) => x.item === l.item)?.parts.find((p) => !p.mods.length && p.qty < l.qty) : undefined;
  const qty = u.qty !== undefined && u.qtyExplicit && u.qty < l.qty ? u.qty : part ? part.qty : l.qty;
  // "떡볶이랑 원조김밥 세트로", "라면이랑 참치김밥 세트로": another line in hand that is one of
  // the set's choices goes into the set as that choice (김떡 세트 with 원조김밥). A guess.
  const absorbed: Array<{ line: CartLine; mod: Mod }> = [];
  const given = new Set(u.mods.flatMap((m) => (m.kind === "choice" ? m.cands.map((c) => c.group) : [m.group])));
  const choiceMod = (c: { group: string; choice: string }): Mod => ({ kind: "choice", cands: [{ ...c, name: true }], neg: false, text: "" });
  const taken = (group: string) => given.has(group) || absorbed.some((a) => a.mod.kind === "choice" && a.mod.cands[0]!.group === group);
  for (const m of focusLines(d)) {
    if (m.id === l.id || m.item === l.item) continue;
    const choice = choiceNaming(d, target, m.item);
    if (!choice || taken(choice.group)) continue;
    absorbed.push({ line: m, mod: choiceMod(choice) });
  }
  // "불고기버거 하나 세트로 감튀 콜라": items named after it that are the set's choices are those choices.
  const after: Mod[] = [];
  const units = d.utterance.units;
  for (const x of units.slice(units.indexOf(u) + 1)) {
    const choice = x.kind === "item" && x.item && !x.asked && !x.remove && !x.qtyExplicit && !x.mods.length ? choiceNaming(d, target, x.item) : undefined;
    if (!choice || taken(choice.group) || after.some((m) => m.kind === "choice" && m.cands[0]!.group === choice.group)) break;
    after.push(choiceMod(choice));
    x.absorbed = true;
  }
  const out: Outcome[] = [];
  if (absorbed.length) out.push({ kind: "item-guessed", item: target });
  out.push(...replace(d, [l], { ...u, kind: "item", item: target, qty, qtyExplicit: true, mods: [...absorbed.map((a) => a.mod), ...after, ...u.mods], parts: [] }, undefined));
  for (const a of absorbed) out.push(...removeFrom(d, a.line, Math.min(qty, a.line.qty)));
  return out;
}

/** The item's names that come with options the line does not have ("장어솥밥 세트" of a salmon set). */
function presetNames(d: TurnDraft, l: CartLine): string[] {
  const aliases = Object.values(d.menu.item(l.item)?.aliases ?? {}).flat();
  return aliases.flatMap((a) => (typeof a !== "string" && a.options && Object.entries(a.options).some(([g, v]) => JSON.stringify(l.options[g]) !== JSON.stringify(v)) ? [a.text] : []));
}
