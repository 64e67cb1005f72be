// "X 대신 Y", "Y instead of X", "X 말고 Y": which unit is replaced and which replaces it,
// or, where the word before/after is an option, that no item is replaced at all.
import type { Atom } from "./scan.ts";
import type { Unit, Utterance } from "./utterance.ts";

/** "스무디 대신 자몽에이드" (ko: before 대신), "a muffin instead of the scone" (en: after "instead of"). */
export function markInstead(atoms: Atom[], units: Unit[]): void {
  atoms.forEach((k, i) => {
    if (k.kind !== "kw" || !k.keywords.includes("instead")) return;
    // "sausage instead of bacon", "푸딩 말고 펄로", "다대기 말고": an option (or a group) replaces
    // or is refused (clause.ts), no item is replaced.
    const ko0 = /[\uac00-\ud7a3]/.test(k.text);
    // ("instead of the tahini": the article does not stand between.)
    const next = ko0 ? atoms[i - 1] : atoms.slice(i + 1).find((x) => !(x.kind === "kw" && x.keywords.every((w) => w === "the" || w === "filler")));
    if (next?.kind === "menu" && next.refs.some((r) => r.kind === "choice" || (ko0 && r.kind === "group")) && !next.refs.some((r) => r.kind === "item")) return;
    const starts = unitStarts(atoms, units);
    const at = (u: Unit) => starts.get(u) ?? -1;
    const before = units.filter((u) => u.kind !== "unknown" && at(u) >= 0 && at(u) < k.start);
    const after = units.filter((u) => at(u) > k.start);
    const ko = /[\uac00-\ud7a3]/.test(k.text);
    let x: Unit | undefined;
    let y: Unit | undefined;
    if (ko) {
      x = before[before.length - 1];
      y = after[0];
    } else if (/of|than|place/.test(k.text)) {
      x = after[0];
      y = before[before.length - 1] ?? after[1];
    }
    if (x && y && x !== y) {
      x.replaced = true;
      y.replaces = x;
    } else if (ko && x && !y && at(x) < k.start && !atoms.slice(i + 1).some((a) => a.kind === "menu" || a.kind === "unknown" || a.kind === "num")) {
      // "치즈스틱은 말고요" with nothing after it: a refusal of the thing, not a swap.
      x.remove = true;
    }
  });
}

/**
 * Where each unit's words start: the units come in the order said, so a name said twice
 * ("식혜 한 잔 … 식혜 말고 …") is the later atom of that text for the later unit.
 */
function unitStarts(atoms: Atom[], units: Unit[]): Map<Unit, number> {
  const out = new Map<Unit, number>();
  let from = -1;
  for (const u of units) {
    const named = (x: Atom) => (x.kind === "menu" || x.kind === "unknown") && x.text === u.text;
    const a = atoms.find((x) => named(x) && x.start > from) ?? atoms.find(named);
    if (!a) continue;
    out.set(u, a.start);
    from = Math.max(from, a.start);
  }
  return out;
}

/** "sausage instead of bacon", "푸딩 말고 펄로": the "instead" is about an option, not an item. */
export function insteadOfAnOption(u: Utterance): boolean {
  return u.atoms.some((k, i) => {
    if (k.kind !== "kw" || !k.keywords.includes("instead")) return false;
    const ko = /[\uac00-\ud7a3]/.test(k.text);
    // ("with lychee jelly instead of the boba": the article does not stand between.)
    const x = ko ? u.atoms[i - 1] : u.atoms.slice(i + 1).find((a) => !(a.kind === "kw" && a.keywords.every((w) => w === "the" || w === "filler")));
    return x?.kind === "menu" && x.refs.some((r) => r.kind === "choice") && !x.refs.some((r) => r.kind === "item");
  });
}
