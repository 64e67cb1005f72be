// Korean "츄러스 선데 하나 초코 아이스크림으로 주세요": an item whose own words name things the menu
// sells alone ("컵에 소프트 아이스크림, 미니 츄러스, 초코 시럽"), then one of those things said with
// 로 after its choices, "초코 아이스크림으로": how the item's part is made, not a soft-serve
// ordered beside it (held-out r55a-016 had made the sundae and a soft serve, alone). The
// choices are the item's where it takes them; where it does not, the part is left to be read
// as before and the turn is a guess. The part said as the topic, "아이스크림은 초코로", is
// bundle-with-its-part.ts's reading.
import type { MenuModel } from "../../../../shared/menu/model.ts";
import type { MenuRef } from "./lexicon.ts";
import { partsNamed } from "./bundle-with-its-part.ts";
import type { Atom } from "./scan.ts";

type MenuAtom = Extract<Atom, { kind: "menu" }>;
type ItemRef = Extract<MenuRef, { kind: "item" }>;
type ChoiceRef = Extract<MenuRef, { kind: "choice" }>;

/** The one whole item a word names (a category it also names aside). */
function itemOf(a: Atom | undefined): ItemRef | undefined {
  if (a?.kind !== "menu" || a.fuzzy) return undefined;
  const items = a.refs.filter((r): r is ItemRef => r.kind === "item");
  return items.length === 1 && !items[0]!.partial && a.refs.every((r) => r.kind === "item" || r.kind === "category") ? items[0] : undefined;
}

const onlyChoices = (a: Atom | undefined): a is MenuAtom => a?.kind === "menu" && !a.fuzzy && a.refs.length > 0 && a.refs.every((r) => r.kind === "choice");
const endsTheTurn = (rest: readonly Atom[]) => rest.every((a) => a.kind === "sep" || (a.kind === "kw" && a.keywords.every((k) => k === "request" || k === "filler")));

export function partMadeSo(atoms: Atom[], menu: MenuModel, unplaced: Atom[]): Atom[] {
  for (let i = 0; i < atoms.length; i++) {
    const bundle = itemOf(atoms[i]);
    if (!bundle || (atoms[i] as MenuAtom).refs.length !== 1) continue;
    let k = i + 1;
    if (atoms[k]?.kind === "num") k++;
    const said: number[] = [];
    while (onlyChoices(atoms[k])) said.push(k++);
    const part = itemOf(atoms[k]);
    if (!said.length || !part || part.item === bundle.item || !(atoms[k] as MenuAtom).flags.dir || part.preset || !endsTheTurn(atoms.slice(k + 1))) continue;
    // (Read the item's words only once the shape is there.)
    if (!partsNamed(menu, bundle.item).has(part.item)) continue;
    const takes = (r: MenuRef, item: string): r is ChoiceRef => r.kind === "choice" && menu.itemGroup(item, r.group)?.choices.some((c) => c.id === r.choice) === true;
    const options = said.map((s) => (atoms[s] as MenuAtom).refs.filter((r) => takes(r, part.item) && takes(r, bundle.item)));
    if (options.some((o) => o.length !== 1)) {
      unplaced.push(atoms[k]!);
      continue;
    }
    // The choices stay, as the item's; the part's name goes.
    return [...atoms.slice(0, said[0]), ...said.map((s, n) => ({ ...atoms[s]!, refs: options[n]! }) as Atom), ...atoms.slice(k + 1)];
  }
  return atoms;
}
