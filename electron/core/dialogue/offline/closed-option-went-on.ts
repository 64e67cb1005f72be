// A read-back check, from the words and the cart alone: an option whose words end the phrase
// with the polite 요 ("양파 빼고요", "곱빼기요"), said after one item and before another, and
// found on the line of the item said after it but not on the one said before (which takes
// it). Closed so, the phrase is most often of the order it follows. Blind round 81: "불고기 덮밥
// 하나 양파 빼고요 제육덮밥 하나 …" put the onions off the 제육덮밥, answered alone (the menu also
// called the dish "불고기 덮밥 하나", so it read as having no count). Whichever step put it there,
// a cart that carried such an option on to the next item is a guess.
import type { Atom } from "./scan.ts";
import { type TurnResult, linesReached } from "./turn-draft.ts";

type MenuAtom = Extract<Atom, { kind: "menu" }>;

const itemOf = (a: Atom | undefined): string | undefined => {
  if (a?.kind !== "menu" || !a.refs.length || !a.refs.every((r) => r.kind === "item")) return undefined;
  const items = new Set(a.refs.map((r) => (r.kind === "item" ? r.item : "")));
  return items.size === 1 ? [...items][0] : undefined;
};
const optionAtom = (a: Atom): a is MenuAtom => a.kind === "menu" && a.refs.length > 0 && a.refs.every((r) => r.kind === "choice");
/** The option's words end the phrase: with 요 ("빼고요", "매운맛으로요"). */
const closedBy요 = (a: MenuAtom) => /[\uac00-\ud7a3]요$/.test(a.text.trim());
/** After the option, what closes its phrase: a request ("해 주시고", "please"), its own verb said
 * as one ("빼 주시고요", "빼 주세요"), or a comma or stop. */
const closer = (a: Atom | undefined) =>
  (a?.kind === "sep" && a.why === "punct") ||
  (a?.kind === "kw" && (a.keywords.includes("request") || (a.keywords.includes("remove") && /(?:요|주시고|주세요)$/.test(a.text.trim()))));
/** Where a sentence ends: the phrase before it is closed whatever its words. */
const endsSentence = (a: Atom) => a.kind === "sep" && a.why === "punct" && /[.?!]/.test(a.mark ?? "");

/** Each entry: an option closed by 요 after one item, on the next item's line instead. */
export function closedOptionWentOn(d: TurnResult): string[] {
  const atoms = d.utterance.atoms;
  const reached = linesReached(d);
  if (reached.length < 2) return [];
  const before = new Map(d.before.lines.map((l) => [l.id, l]));
  const holds = (item: string, group: string, choice: string) =>
    reached.filter((l) => l.item === item).some((l) => [l.options[group]].flat().includes(choice) && ![before.get(l.id)?.options[group]].flat().includes(choice));
  const out: string[] = [];
  atoms.forEach((a, i) => {
    if (!optionAtom(a) || !(closedBy요(a) || closer(atoms[i + 1]))) return;
    let p = i - 1;
    while (p >= 0 && !itemOf(atoms[p]) && !endsSentence(atoms[p]!)) p--;
    let n = i + 1;
    // (Past a stop too: "계란 빼 주세요. 제육덮밥 하나도요" closed the phrase before it.)
    while (n < atoms.length && !itemOf(atoms[n])) n++;
    const prev = itemOf(atoms[p]);
    const next = itemOf(atoms[n]);
    if (!prev || !next || prev === next || !reached.some((l) => l.item === prev)) return;
    for (const r of a.refs) {
      if (r.kind !== "choice" || !d.menu.itemGroup(prev, r.group)) continue;
      const entry = `"${a.text}" closed after the ${prev}, put on the ${next}`;
      if (holds(next, r.group, r.choice) && !holds(prev, r.group, r.choice) && !out.includes(entry)) out.push(entry);
    }
  });
  return out;
}
