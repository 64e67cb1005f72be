// A read-back check: a thing made with no count of its own, whose name was said right before
// another item's name with nothing between, beside that item, whose description says it holds
// the thing. "에그타르트 6구 박스 치즈 반반 하나요" made an original tart beside the box of
// "에그타르트 6개" (held-out round 57, first run): the name said which box. The reading is
// what-it-holds-said-first.ts; whatever step read the words, a thing so said and made beside
// what holds it (a box, a set whose words name it) is a guess: a word of it, or one more?
import { theItemNamed } from "./atom-forms.ts";
import { describedWith } from "./name-forms.ts";
import type { Atom } from "./scan.ts";
import { type TurnResult, linesMade } from "./turn-draft.ts";

export function whatItHoldsMadeBeside(d: TurnResult): string[] {
  const made = linesMade(d);
  if (made.length < 2) return [];
  const u = d.utterance;
  const out: string[] = [];
  u.atoms.forEach((x, i) => {
    const y = u.atoms[i + 1];
    if (x.kind !== "menu" || y?.kind !== "menu" || u.atoms[i - 1]?.kind === "num") return;
    const xi = theItemNamed(x, ["category"]);
    const yi = theItemNamed(y, "any");
    if (!xi || !yi || xi === yi || !made.some((l) => l.item === xi) || !made.some((l) => l.item === yi)) return;
    if (u.units.some((w) => w.item === xi && w.qtyExplicit)) return;
    if (describedWith(d.menu, yi, [x.text])) out.push(`${xi} made beside ${yi}, whose words say it holds it`);
  });
  // English, the thing after the box, its choices between: "a box of twelve assorted yakgwa" (held-out
  // round 87, first run, made a yakgwa beside the box; the reading is what-it-holds-said-after.ts).
  u.atoms.forEach((y, i) => {
    const yi = y.kind === "menu" ? theItemNamed(y, ["category"]) : undefined;
    if (!yi || !made.some((l) => l.item === yi)) return;
    let j = i + 1;
    while (j < i + 4 && ofTheBox(d, yi, u.atoms[j])) j++;
    const x = u.atoms[j];
    const xi = x?.kind === "menu" ? theItemNamed(x, "any") : undefined;
    if (!x || !xi || xi === yi || !made.some((l) => l.item === xi) || u.units.some((w) => w.item === xi && w.qtyExplicit)) return;
    if (describedWith(d.menu, yi, [x.text])) out.push(`${xi} made beside ${yi}, said after it as what it holds`);
  });
  return out;
}

/** A word of the box's own choices, or "of"/"the", between the box's name and what it holds. */
function ofTheBox(d: TurnResult, box: string, a: Atom | undefined): boolean {
  if (a?.kind === "kw") return a.keywords.length > 0 && a.keywords.every((k) => k === "of" || k === "the");
  return a?.kind === "menu" && a.refs.every((r) => r.kind === "choice") && a.refs.some((r) => r.kind === "choice" && !!d.menu.itemGroup(box, r.group));
}
