// "수프 말고 샐러드 세트로 변경할게요" after an omurice with the "수프 세트": 수프 is also the
// soup sold alone, but what is refused is the line's own choice, said by a word of its name,
// and what replaces it is another choice of the same group. A cashier changes the set; reading
// 수프 as the item made a soup and dropped the omurice (the refused thing ordered).
// English says it the other way round: "the salad set instead of the soup".
import type { MenuModel } from "../../../../shared/menu/model.ts";
import type { Atom } from "./scan.ts";
import { keyOf, keyWithoutParticle, spokenNames } from "./name-forms.ts";
import type { ParseContext } from "./utterance.ts";

type MenuAtom = Atom & { kind: "menu" };

export function lineChoiceRefusedByItsWord(atoms: Atom[], ctx: ParseContext): Atom[] {
  const focus = [...(ctx.focus ?? [])].reverse();
  if (!focus.length) return atoms;
  const out = [...atoms];
  atoms.forEach((k, i) => {
    if (k.kind !== "kw" || !k.keywords.includes("instead")) return;
    const ko = /[\uac00-\ud7a3]/.test(k.text);
    const skipThe = (a: Atom) => a.kind === "kw" && a.keywords.every((w) => w === "the" || w === "filler");
    const xi = ko ? i - 1 : atoms.findIndex((a, j) => j > i && !skipThe(a));
    const y = ko ? atoms.slice(i + 1).find((a) => !skipThe(a)) : [...atoms.slice(0, i)].reverse().find((a) => !skipThe(a));
    const x = atoms[xi];
    if (x?.kind !== "menu" || y?.kind !== "menu") return;
    if (!x.refs.some((r) => r.kind === "item") || x.refs.some((r) => r.kind === "choice")) return;
    if (!y.refs.length || !y.refs.every((r) => r.kind === "choice")) return;
    const said = keyWithoutParticle(x.text);
    if (!said) return;
    // A line of the item X names is in hand: then X is that line ("수프 말고" of a soup).
    if (focus.some((f) => x.refs.some((r) => r.kind === "item" && r.item === f.item))) return;
    const hit = lineChoiceNamedBy(ctx.menu, focus, y as MenuAtom, said);
    if (hit) out[xi] = { ...x, refs: [{ kind: "choice", group: hit.group, choice: hit.choice, name: false, clipped: true }] };
  });
  return out;
}

/** The choice a line in hand has in the group of one of Y's choices, whose name holds the word said. */
function lineChoiceNamedBy(menu: MenuModel, focus: NonNullable<ParseContext["focus"]>, y: MenuAtom, said: string): { group: string; choice: string } | undefined {
  for (const f of focus) {
    for (const r of y.refs) {
      if (r.kind !== "choice") continue;
      const g = menu.itemGroup(f.item, r.group);
      const now = f.options?.[r.group];
      if (!g || typeof now !== "string" || now === r.choice || !g.choices.some((c) => c.id === r.choice)) continue;
      const c = g.choices.find((c) => c.id === now);
      if (c && spokenNames(c).some((n) => keyOf(n) !== said && keyOf(n).includes(said))) return { group: r.group, choice: now };
    }
  }
  return undefined;
}
