// "막걸리 두 병이요 지평으로요", "오뎅 세 개요 빨간 오뎅으로 주세요", "꼬치 두 개 곤약으로요": an item
// named by a general word with its count, then (with 로, no count of its own) another item that
// is a kind of it: which one of what was just said. One line, the second item with the first's
// count; read as two orders it made both. A kind of it: an item of the same category, or one
// whose name holds the word first said ("지평 막걸리" of "막걸리"). Korean; the English "some
// sliders the cheeseburger ones" is kind-said-after.ts. The second is consumed (resolve.ts).
import type { MenuModel } from "../../../../shared/menu/model.ts";
import type { Atom } from "./scan.ts";
import { keyOf, spokenNames } from "./name-forms.ts";

type MenuAtom = Atom & { kind: "menu" };

/** The one item a menu word names (a category it also names aside), or undefined. */
function oneItem(a: Atom | undefined): string | undefined {
  if (a?.kind !== "menu" || a.fuzzy || a.partial) return undefined;
  const items = a.refs.flatMap((r) => (r.kind === "item" && !r.preset && !r.partial ? [r.item] : []));
  return items.length === 1 && a.refs.every((r) => r.kind === "item" || r.kind === "category") ? items[0] : undefined;
}

/** Words that only ask or fill between the two ("주세요", ","). */
const onlyAsks = (a: Atom) => (a.kind === "kw" && a.keywords.every((k) => k === "request" || k === "filler")) || (a.kind === "sep" && a.why === "punct");

export function whichOneSaidAfter(atoms: Atom[], menu: MenuModel): Atom[] {
  for (let i = 0; i + 2 < atoms.length; i++) {
    const first = oneItem(atoms[i]);
    const count = atoms[i + 1];
    const head = atoms[i] as MenuAtom;
    if (!first || count?.kind !== "num" || count.article || head.flags.topic || count.flags.topic || count.flags.among) continue;
    let j = i + 2;
    while (j < atoms.length && onlyAsks(atoms[j]!)) j++;
    const said = atoms[j];
    const which = oneItem(said);
    // (Not "콜라 하나는 사이다로 바꿔 주세요": one of them changed, said with a verb of changing.)
    const changed = atoms.slice(j + 1).some((x) => x.kind === "kw" && x.keywords.includes("change"));
    if (!which || which === first || said?.kind !== "menu" || !said.flags.dir || atoms[j + 1]?.kind === "num" || changed) continue;
    const word = keyOf(head.text);
    const kindOf = menu.item(which)?.category === menu.item(first)?.category || spokenNames(menu.item(which)).some((n) => keyOf(n).includes(word));
    if (!kindOf) continue;
    const refs = said.refs.filter((r) => r.kind === "item");
    const named: MenuAtom = { ...head, refs };
    return [...atoms.slice(0, i), named, ...atoms.slice(i + 1, j), ...atoms.slice(j + 1)];
  }
  return atoms;
}
