// A count said on an add-in after "with": "a coffee with cream and two sugars", "with 2
// splendas", "fish and chips with two tartar". The number is the add-in's, not the
// item's: where the add-in's group counts it is how many in all ("two tartar" on a plate
// that comes with one is two, not three), and more than the group holds makes the turn a
// guess (parse.ts asks `unheldCountGuesses`); where the group only says yes or no (sugar
// in a "many" group) the add-in is chosen, which is all the menu can hold of "two sugars".
// (The third English red team's probes had made two coffees of "2 splendas", and three
// tartar of "two tartar", alone.)
import type { MenuModel } from "../../../../shared/menu/model.ts";
import type { Atom } from "./scan.ts";
import { asFiller, isItemAtom } from "./atom-forms.ts";

const isWith = (a: Atom | undefined) => a?.kind === "kw" && a.keywords.includes("with");

export function addInCounts(atoms: Atom[], menu: MenuModel): Atom[] {
  const out = [...atoms];
  out.forEach((n, i) => {
    // ("with cheddar and one of them no onions": "one of them" is part of the order, not an add-in's count.)
    if (n.kind !== "num" || n.article || n.flags.among || !afterWith(atoms, i)) return;
    const opt = out[i + 1];
    // ("with oat and two large lattes": a count of the item the options come before.)
    if (opt?.kind !== "menu" || !opt.refs.length || isItemAtom(out[i + 2])) return;
    const select = (g: string) => menu.groups.get(g)?.select;
    const counted = opt.refs.some((r) => r.kind === "group" && select(r.group) === "count");
    if (counted && opt.refs.every((r) => r.kind === "group" || r.kind === "choice")) {
      out[i] = { ...n, flags: { ...n.flags, ofOption: true } };
      const most = opt.refs.map((r) => (r.kind === "group" ? menu.groups.get(r.group)?.max : undefined)).find((m) => m !== undefined);
      if (most !== undefined && n.value > most) out[i + 1] = { ...opt, flags: { ...opt.flags, unheldCount: n.value } };
      return;
    }
    // Only add-ins (a "many" group): "two large" after "with" may still count lattes.
    if (!opt.refs.every((r) => r.kind === "choice" && select(r.group) === "many")) return;
    out[i] = asFiller(n);
  });
  return out;
}

/** Right after "with", or after "with" and add-ins listed since ("with two creams and three sugars"). */
function afterWith(atoms: Atom[], i: number): boolean {
  for (let j = i - 1; j >= 0; j--) {
    const a = atoms[j]!;
    if (isWith(a)) return true;
    const listed = (a.kind === "sep" && (a.why === "conj" || a.mark === ",")) || (a.kind === "num" && !a.article) || (a.kind === "menu" && a.refs.length > 0 && a.refs.every((r) => r.kind === "choice" || r.kind === "group"));
    if (!listed) return false;
  }
  return false;
}

/** "with six tartar" where a plate takes four at most: the number was not held. */
export function unheldCountGuesses(atoms: readonly Atom[]): string[] {
  return atoms.flatMap((a) => (a.kind === "menu" && a.flags.unheldCount ? [`"${a.flags.unheldCount} ${a.text}": more than the menu holds`] : []));
}
