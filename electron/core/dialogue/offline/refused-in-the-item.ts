// "a brazilian lemonade and a guarana, and no ice in the lemonade please", "saimin combo with
// wontons, no onions in the musubi": a refusal, then "in the"/"on the" and an item named earlier
// in the turn, or a part of it that its own words name (the combo "comes with one classic spam
// musubi"). The name after "in the" says where the refusal goes, as "라면에 파 빼고" does in
// Korean (change-at-its-part.ts); it orders nothing. The engine had made a second lemonade, a
// musubi (blind rounds 48 and 60). The place's words go, read into the refusal; what is refused
// is then read as it would be said after that line (something it cannot take off stays a guess).
// Only where the place cannot take what is refused: "no lemon on the karaage" is its hold.
import type { MenuModel } from "../../../../shared/menu/model.ts";
import { theItemNamed } from "./atom-forms.ts";
import { keyOf, spokenNames } from "./name-forms.ts";
import type { Atom } from "./scan.ts";

const PLACE = /^(?:in|on)$/i;

const kwHas = (a: Atom | undefined, k: string) => a?.kind === "kw" && (a.keywords as readonly string[]).includes(k);
const isWord = (a: Atom | undefined, w: RegExp) => a?.kind === "kw" && w.test(a.text.trim());

/** Whether `part` is `item` itself or a thing its own words (names, aliases, description) name. */
function isItOrItsPart(menu: MenuModel, item: string, part: string): boolean {
  if (item === part) return true;
  const it = menu.item(item);
  const words = [...spokenNames(it), ...Object.values(it?.description ?? {})].map(keyOf);
  return spokenNames(menu.item(part)).some((n) => {
    const k = keyOf(n);
    return k.length >= 3 && words.some((w) => w.includes(k));
  });
}

/** A refusal said right before, in the same stretch: "no", "without", "hold", or a removal's name. */
function refusalBefore(atoms: Atom[], k: number): number | undefined {
  for (let i = k - 1; i >= 0; i--) {
    const a = atoms[i]!;
    if (a.kind === "sep" || a.kind === "num") return undefined;
    // (An item's whole name is another thing said; "onions" of "Onion rings", part of one, is not.)
    if (a.kind === "menu" && !a.partial && a.refs.some((r) => r.kind === "item" && !r.partial)) return undefined;
    if (kwHas(a, "without")) return i;
    if (a.kind === "menu" && a.refs.length > 0 && a.refs.every((r) => r.kind === "choice") && /^(?:no|without|hold)\b/i.test(a.text.trim())) return i;
  }
  return undefined;
}

export function refusedInTheItem(atoms: Atom[], menu: MenuModel): Atom[] {
  for (let k = 2; k + 1 < atoms.length; k++) {
    if (!isWord(atoms[k], PLACE) || !kwHas(atoms[k + 1], "the")) continue;
    const place = atoms[k + 2];
    const part = theItemNamed(place, ["category"]);
    if (!part || place?.kind !== "menu" || place.fuzzy) continue;
    const refusal = refusalBefore(atoms, k);
    if (refusal === undefined) continue;
    // ("no lemon on the karaage": what is refused is the place's own option; the words are read
    // as the line's change already, "the karaage" with its hold.)
    if (atoms.slice(refusal, k).some((a) => a.kind === "menu" && a.refs.some((r) => r.kind === "choice" && !!menu.itemGroup(part, r.group)?.choices.some((c) => c.id === r.choice)))) continue;
    // An item named earlier in the turn, before the refusal: the thing the refusal is said of.
    const earlier = atoms.slice(0, refusal).map((a) => theItemNamed(a, ["category", "choice"])).filter((x): x is string => !!x);
    if (!earlier.some((item) => isItOrItsPart(menu, item, part))) continue;
    return [...atoms.slice(0, k), ...atoms.slice(k + 3)];
  }
  return atoms;
}
