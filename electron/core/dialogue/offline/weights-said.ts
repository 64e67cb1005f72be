// "차돌박이 300그램 주세요", "갈비살 450그램이요" of a "한우 차돌박이 (150g)": a weight said of an
// item whose own name says what one of it weighs is that many of it (two, three); "배추김치
// 1키로 주세요", "총각김치 700그램", "아 2키로로 해 주세요" of a kimchi sold by a count option
// "중량 (100g 단위)" / "Weight (per 100 g)" is that count, in all (ten, seven, twenty). Held-out
// round 96 (ko-hanu r96d-002, -007, -015) and round 101 (ko-banchan r101e-002, -020, -028): the
// grams were a number nobody counted, or the 1키로 the choice of another item's weight group.
// Read from the menu's own words only (the weight in the item's name, the unit in the count's
// name). A weight that is no whole number of the item's weight or unit, or past the count's
// bounds, is left as said (an unknown word: a guess). Both languages: "300 grams", "1 kg".
import type { MenuModel } from "../../../../shared/menu/model.ts";
import type { Atom } from "./scan.ts";

/**
 * A weight unit as said, with a Korean particle or ending after it: grams per unit. (The
 * scanner may read 키로's 로 as the particle, "2키로로" as 2, 키 and 로로: 키 right after a number.)
 */
const UNIT = /^(?:(그램|그람|g|gr|grams?)|(키로|키|킬로|킬로그램|키로그램|kg|kgs|kilos?|kilograms?))(?:으로|로|요|이요|이에요|에요|만|만요|이랑|랑|하고|씩)?$/i;
/** A number and its unit said as one word, "1키로", "300g" (a choice named so matched it). */
const NUMBER_AND_UNIT = /^(\d+(?:\.\d+)?)\s*(\S+)$/;

function gramsPer(unit: string): number | undefined {
  const m = UNIT.exec(unit.trim());
  return m ? (m[1] ? 1 : 1000) : undefined;
}

/** What one of the item weighs, in grams, as its own name says ("(150g)", "150 g"): one weight only. */
export function weightInItsName(menu: MenuModel, item: string): number | undefined {
  const it = menu.item(item);
  if (!it) return undefined;
  const found = new Set<number>();
  for (const n of [it.name.ko, it.name.en]) {
    if (!n) continue;
    for (const m of n.matchAll(/(\d+(?:\.\d+)?)\s*(kg|g)(?![a-z])/gi)) found.add(Number(m[1]) * (m[2]!.toLowerCase() === "kg" ? 1000 : 1));
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/** A count option of the item whose name says it counts so many grams ("중량 (100g 단위)", "Weight (per 100 g)"). */
export function countByWeight(menu: MenuModel, item: string): { group: string; grams: number; min: number; max: number } | undefined {
  for (const g of menu.itemGroups(item)) {
    if (g.select !== "count") continue;
    for (const n of [g.group.name.ko, g.group.name.en]) {
      const m = n ? /(\d+)\s*g\s*단위|per\s*(\d+)\s*g\b/i.exec(n) : null;
      if (m) return { group: g.id, grams: Number(m[1] ?? m[2]), min: g.min, max: g.max };
    }
  }
  return undefined;
}

const itemOf = (a: Atom | undefined): string | undefined => {
  if (a?.kind !== "menu" || a.partial) return undefined;
  const items = new Set(a.refs.flatMap((r) => (r.kind === "item" && !r.partial ? [r.item] : [])));
  return items.size === 1 ? [...items][0] : undefined;
};

/**
 * The item the weight at `i` is said of: the one after "of" ("300 grams of brisket"), else the
 * last named before it ("차돌박이 300그램"), else the one right after it, else the line in hand.
 */
function itemWeighed(atoms: readonly Atom[], i: number, end: number, inHand: string | undefined): string | undefined {
  const of = atoms[end + 1]?.kind === "kw" && /^of$/i.test(atoms[end + 1]!.text.trim());
  const ofItem = of ? itemOf(atoms[end + 2]) : undefined;
  if (ofItem) return ofItem;
  for (let j = i - 1; j >= 0; j--) {
    const it = itemOf(atoms[j]);
    if (it) return it;
  }
  return itemOf(atoms[end + 1]) ?? inHand;
}

/** The weight said at `i`: a number and a unit after it, or one word holding both; grams and the last atom. */
function weightAt(atoms: readonly Atom[], i: number): { grams: number; end: number } | undefined {
  const a = atoms[i]!;
  if (a.kind === "num" && !a.unit) {
    const next = atoms[i + 1];
    const per = next && next.kind !== "num" && next.kind !== "sep" ? gramsPer(next.text) : undefined;
    return per ? { grams: a.value * per, end: i + 1 } : undefined;
  }
  if (a.kind === "menu" && a.refs.every((r) => r.kind === "choice")) {
    const m = NUMBER_AND_UNIT.exec(a.text.trim());
    const per = m ? gramsPer(m[2]!) : undefined;
    return per ? { grams: Number(m![1]) * per, end: i } : undefined;
  }
  return undefined;
}

const whole = (x: number) => Math.abs(x - Math.round(x)) < 1e-9 && x >= 1;

export function weightsSaid(atoms: Atom[], menu: MenuModel, inHand: string | undefined): Atom[] {
  const out: Atom[] = [];
  for (let i = 0; i < atoms.length; i++) {
    const a = atoms[i]!;
    const w = weightAt(atoms, i);
    const item = w && itemWeighed(atoms, i, w.end, inHand);
    if (!w || !item) {
      out.push(a);
      continue;
    }
    const last = atoms[w.end]!;
    const span = { start: a.start, end: last.end, tok0: a.tok0, tok1: last.tok1, text: a === last ? a.text : `${a.text}${last.text}` };
    // (A choice named by the weight that the item itself takes, "불고기 1키로" of a 500g / 1kg choice: that choice.)
    const ownChoice = a.kind === "menu" && a.refs.some((r) => r.kind === "choice" && !!menu.itemGroup(item, r.group));
    const byCount = countByWeight(menu, item);
    const each = weightInItsName(menu, item);
    if (!ownChoice && byCount && whole(w.grams / byCount.grams) && w.grams / byCount.grams >= byCount.min && w.grams / byCount.grams <= byCount.max) {
      out.push({ ...span, kind: "menu", refs: [{ kind: "group", group: byCount.group, add: false, times: Math.round(w.grams / byCount.grams) }], fuzzy: false, partial: false, flags: { weighed: true } });
      i = w.end;
    } else if (!ownChoice && !byCount && each !== undefined && whole(w.grams / each)) {
      out.push({ ...span, kind: "num", value: Math.round(w.grams / each), times: false, counted: true, article: false, flags: {} });
      i = w.end;
    } else out.push(a);
  }
  return out;
}
