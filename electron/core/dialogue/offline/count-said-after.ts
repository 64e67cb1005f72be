// "a large rainbow with mochi balls, like four of them": the number said after a counted
// option's own word ("mochi balls", a count group of the item in hand), closing the clause,
// counts that option, as "four mochi balls" would; it is not four orders of the item. Read so
// only where the word is said in the plural or the number is hedged ("like four"): "a
// rainbow with mochi, two" may be two rainbows or two balls: read as before (orders), a guess.
// So "al pastor torta with extra meat, like two extra": the extra's word said again after it,
// and "with extra mint chutney, two cups": the number with its container (held-out round 55).
import type { MenuModel } from "../../../../shared/menu/model.ts";
import type { Atom } from "./scan.ts";
import { OPTION_CONTAINERS_EN } from "./talk-words.ts";

/** English: [count group's word, fillers, number, end] becomes [number, word, fillers]. */
export function countSaidAfterItsWord(atoms: Atom[], menu: MenuModel, unplaced: Atom[]): Atom[] {
  const out = [...atoms];
  let item: string | undefined;
  for (let i = 0; i < out.length; i++) {
    const a = out[i]!;
    if (a.kind === "sep" && a.why === "punct" && a.mark !== ",") item = undefined;
    if (a.kind !== "menu") continue;
    const own = a.refs.find((r) => r.kind === "item" && !r.partial);
    if (own?.kind === "item") {
      item = own.item;
      continue;
    }
    if (!item || !a.refs.length || !a.refs.every((r) => r.kind === "group")) continue;
    const held = item;
    const eg = a.refs.map((r) => (r.kind === "group" ? menu.itemGroup(held, r.group) : undefined)).find((g) => g?.select === "count");
    if (!eg) continue;
    let j = i + 1;
    const comma = (x: Atom | undefined) => x?.kind === "sep" && x.why === "punct" && x.mark === ",";
    while (comma(out[j]) || (out[j]?.kind === "kw" && (out[j] as Atom & { kind: "kw" }).keywords.every((k) => k === "filler"))) j++;
    const n = out[j];
    if (n?.kind !== "num" || n.article || n.counted || n.value < 2 || n.value < eg.min || n.value > eg.max) continue;
    // ("with extra meat, like two extra": the extra said again after the number.)
    const again = out[j + 1]?.kind === "kw" && /^(?:extra|more)$/i.test(out[j + 1]!.text.trim()) && /^(?:extra|more|double)\b/i.test(a.text.trim());
    // ("extra mint chutney, two cups": the number with its container word, plainly a count of it.)
    const held2 = out[j + 1];
    const contained = !again && held2 !== undefined && held2.kind !== "menu" && held2.kind !== "sep" && OPTION_CONTAINERS_EN.test(held2.text.toLowerCase().trim());
    const after = out[j + 1 + (again || contained ? 1 : 0)];
    if (after && after.kind !== "sep") continue;
    if (again) out.splice(j + 1, 1);
    const num = contained ? { ...n, end: held2.end, tok1: held2.tok1, text: `${n.text} ${held2.text}` } : n;
    if (contained) out.splice(j + 1, 1);
    const hedged = contained || out.slice(i + 1, j).some((x) => x.kind === "kw");
    if (!hedged && !/s$/i.test(a.text.trim())) {
      unplaced.push(n);
      continue;
    }
    // ("four of them": of the balls, not some of the orders.)
    out.splice(j, 1);
    out.splice(i, 0, { ...num, flags: { ...num.flags, among: false } });
    i++;
  }
  return out;
}
