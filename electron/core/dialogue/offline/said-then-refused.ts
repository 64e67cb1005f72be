// "족발 소자 두 개 말고 대자 하나로 주세요", "족발 두 개 말고 하나만요": an item's options and
// count said and at once refused with 말고, followed by the same kinds of things again
// (a choice of the same slot, a count), are taken back: the item is ordered as said after
// 말고. Only for an item no line talked about holds (a line in hand may be what 말고 edits:
// "떡볶이 보통맛 말고 매운맛으로"), and only where everything refused is said again, so
// nothing refused is left standing and nothing said after is lost.
import type { MenuModel } from "../../../../shared/menu/model.ts";
import type { Atom } from "./scan.ts";
import type { ParseContext } from "./utterance.ts";

/** A choice of a one-choice slot the item takes: its group. */
function slotOf(a: Atom, item: string, menu: MenuModel): string | undefined {
  if (a.kind !== "menu" || !a.refs.length || !a.refs.every((r) => r.kind === "choice")) return undefined;
  const groups = new Set(a.refs.flatMap((r) => (r.kind === "choice" && menu.itemGroup(item, r.group)?.select === "one" ? [r.group] : [])));
  return groups.size === 1 ? [...groups][0] : undefined;
}

const isCount = (a: Atom) => a.kind === "num" && !a.article;

/** The kinds a stretch says: slots and "count"; undefined when it says anything else. */
function kindsOf(stretch: Atom[], item: string, menu: MenuModel): Set<string> | undefined {
  const out = new Set<string>();
  for (const a of stretch) {
    const slot = slotOf(a, item, menu);
    if (slot) out.add(slot);
    else if (isCount(a)) out.add("count");
    else return undefined;
  }
  return out.size ? out : undefined;
}

export function saidThenRefused(atoms: Atom[], ctx: ParseContext): Atom[] {
  for (let i = 0; i < atoms.length; i++) {
    const k = atoms[i]!;
    if (k.kind !== "kw" || !k.keywords.includes("instead") || !/^말고$/.test(k.text.trim())) continue;
    let p = i - 1;
    while (p >= 0 && (atoms[p]!.kind === "num" || (atoms[p]!.kind === "menu" && !(atoms[p] as Atom & { kind: "menu" }).refs.some((r) => r.kind === "item")))) p--;
    const itemAtom = atoms[p];
    const item = itemAtom?.kind === "menu" && itemAtom.refs.length === 1 && itemAtom.refs[0]!.kind === "item" ? itemAtom.refs[0]!.item : undefined;
    if (!item || (ctx.focus ?? []).some((f) => f.item === item)) continue;
    const refused = atoms.slice(p + 1, i);
    let q = i + 1;
    while (q < atoms.length && (isCount(atoms[q]!) || slotOf(atoms[q]!, item, ctx.menu))) q++;
    const again = atoms.slice(i + 1, q);
    const was = kindsOf(refused, item, ctx.menu);
    const now = kindsOf(again, item, ctx.menu);
    if (!was || !now || ![...was].every((x) => now.has(x))) continue;
    return [...atoms.slice(0, p + 1), ...atoms.slice(i + 1)];
  }
  return atoms;
}
