// "마카롱 바닐라 2개 초코 2개 얼그레이 1개": a category said first, then words each with its
// own count, is a heading: each word is the one item of that category whose name holds it
// (바닐라 마카롱), not the syrup or the 초코케이크 the word names elsewhere on the menu.
import type { MenuModel } from "../../../../shared/menu/model.ts";
import { keyOf } from "./lexicon.ts";
import type { Atom } from "./scan.ts";

const KO_PARTICLE_END = /(이랑|랑|하고|이요|요|은|는|도)$/;

export function categoryAsHeading(atoms: Atom[], menu: MenuModel): Atom[] {
  const out: Atom[] = [];
  for (let i = 0; i < atoms.length; i++) {
    const a = atoms[i]!;
    const cat = a.kind === "menu" && a.refs.length > 0 && a.refs.every((r) => r.kind === "category") ? new Set(a.refs.map((r) => (r.kind === "category" ? r.category : ""))) : undefined;
    if (!cat || cat.size !== 1 || atoms[i + 1]?.kind !== "menu") {
      out.push(a);
      continue;
    }
    const inCat = menu.menu.items.filter((it) => cat.has(it.category));
    const read: Atom[] = [];
    let j = i + 1;
    for (; j < atoms.length; j++) {
      const b = atoms[j]!;
      const counted = atoms[j + 1]?.kind === "num";
      const item = b.kind === "menu" && counted && !b.flags.dir ? itemHolding(b, inCat) : undefined;
      if (!item || b.kind !== "menu") break;
      read.push({ ...b, refs: [{ kind: "item", item, partial: false }] }, atoms[j + 1]!);
      j++;
      // ("바닐라 2개, 초코 2개": a comma or 랑 between them.)
      if (atoms[j + 1]?.kind === "sep" && (atoms[j + 1] as { why: string }).why !== "clause") read.push(atoms[++j]!);
    }
    // Two or more, so the list shows it is a heading ("커피 아메리카노 하나" needs no heading).
    if (read.filter((x) => x.kind === "menu").length < 2) {
      out.push(a);
      continue;
    }
    out.push(...read);
    i = j - 1;
  }
  return out;
}

/** The one item of the category whose name holds the word said. */
function itemHolding(b: Atom & { kind: "menu" }, inCat: MenuModel["menu"]["items"]): string | undefined {
  const word = keyOf(b.text.trim().replace(KO_PARTICLE_END, ""));
  if ([...word].length < 2) return undefined;
  const hits = inCat.filter((it) =>
    [...Object.values(it.name), ...Object.values(it.aliases ?? {}).flat().map((x) => (typeof x === "string" ? x : x.text))].some((n) => keyOf(n).includes(word)),
  );
  return hits.length === 1 ? hits[0]!.id : undefined;
}
