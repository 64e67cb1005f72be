// "2인 세트에 뭐 들어가요?" (answered) → "그걸로 하나 주세요 짬뽕은 4단계로요 탕수육은 소스 따로
// 주시고요": "that" (그걸로, 그거로, 그것) said first, with a count or the verb of ordering, right
// after the kiosk answered a question about an item, is that item; what follows is said of it
// (its parts and their options: bundle-with-its-part.ts) or ordered beside it. Said alone,
// "그걸로 하나 주세요" is taken by the planner as the offer (offers.ts); with more words after
// it, "that" pointed at nothing and the set's parts were ordered apart, alone (held-out r51c-020).
import type { OptionValue } from "../../../../shared/menu/schema.ts";
import type { Atom } from "./scan.ts";

/** "그거로", "그걸로", "그것으로", "그거": that, as the thing ordered. */
const THAT = /^(?:그거|그걸|그것)(?:로|으로|요)?$/;

const isFiller = (a: Atom | undefined) => a?.kind === "kw" && a.keywords.length > 0 && a.keywords.every((k) => k === "filler" || k === "yes");
const isRequest = (a: Atom | undefined) => a?.kind === "kw" && a.keywords.includes("request");

export function thatOffered(atoms: Atom[], offered: { item: string; options: Record<string, OptionValue> } | undefined): Atom[] {
  if (!offered) return atoms;
  let k = 0;
  while (isFiller(atoms[k])) k++;
  const that = atoms[k];
  if (that?.kind !== "kw" || !that.keywords.includes("pronoun") || !THAT.test(that.text.trim())) return atoms;
  const next = atoms[k + 1];
  if (next?.kind !== "num" && !isRequest(next)) return atoms;
  // (Nothing else named: the planner takes the offer as it did.)
  if (!atoms.slice(k + 1).some((a) => a.kind === "menu")) return atoms;
  const preset = Object.keys(offered.options).length ? { preset: offered.options } : {};
  const item: Atom = { start: that.start, end: that.end, tok0: that.tok0, tok1: that.tok1, text: that.text, kind: "menu", refs: [{ kind: "item", item: offered.item, partial: false, ...preset }], fuzzy: false, partial: false, flags: {} };
  return [...atoms.slice(0, k), item, ...atoms.slice(k + 1)];
}
