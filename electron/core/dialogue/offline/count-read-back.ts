// The count a turn says it changes read back against the cart, whatever path of the planner
// made it: "add one", "two more", "1인분 추가요", "하나 더" say that many more; "take one off",
// "one less", "하나 빼 주세요", "take off a sprite" say that many fewer. A cart that moved by
// another amount (set to the number said, or the whole line taken away) is a misreading: on
// stores the engine had never met, such turns were answered alone with the count set instead
// of changed; "actually three vanilla shakes" with two there says three, not five. Only
// turns after something was ordered, and only counts said of the things
// themselves (not "one more shot": an option's count).
import type { CartState } from "../../cart/cart.ts";
import type { Keyword } from "./language.ts";
import type { TurnDraft } from "./turn-draft.ts";
import type { Bare, Unit } from "./utterance.ts";
import { heldRemovalOf } from "./removal-named-item.ts";
import { qtyOf } from "./said-vs-done.ts";

type TurnResult = Pick<TurnDraft, "before" | "state" | "utterance" | "menu">;

/** Each entry: a count said as "N more" / "N fewer" that the cart did not move by. */
export function countNotAsSaid(d: TurnResult): string[] {
  const u = d.utterance;
  // (Nothing there before: nothing to change. "no wait": counts said before it are taken back.)
  if (!d.before.lines.length || u.kws.has("correction")) return [];
  const out: string[] = [];
  const units = u.units.filter((x) => !x.asked && !x.replaced && x.kind === "item" && !!x.item);
  // Per item: each unit's change said, or undefined when one of them says none (a plain order, options).
  const perItem = new Map<string, number | undefined>();
  for (const x of units) {
    const said = unitChange(x, u.lang === "en");
    const was = perItem.has(x.item!) ? perItem.get(x.item!) : 0;
    perItem.set(x.item!, said === undefined || was === undefined ? undefined : was + said);
  }
  for (const [item, said] of perItem) {
    if (said === undefined) continue;
    const before = qtyOf(d.before, item);
    const moved = qtyOf(d.state, item) - before;
    // ("take two off" with one there takes what there is.)
    const meant = said < 0 ? -Math.min(-said, before) : said;
    if (moved !== meant) out.push(`${item}: ${signed(said)} said, ${signed(moved)} done`);
  }
  // "actually three vanilla shakes" with shakes there: the count said again is what there is
  // after, or the turn is a guess between "that many" and "that many more".
  if (u.kws.has("soft-correction")) {
    for (const x of units) {
      if (!x.qtyExplicit || x.qty === undefined || x.remove || x.kws.has("more") || x.kws.has("add") || !qtyOf(d.before, x.item!)) continue;
      if (units.some((y) => y !== x && y.item === x.item)) continue;
      const now = qtyOf(d.state, x.item!);
      if (now !== x.qty) out.push(`"${x.text}": ${x.qty} said again after a correction, ${now} there`);
    }
  }
  // Counts said with no item ("add one", "one less"): the things no unit named moved by their sum.
  const bare = u.bare.filter((b) => !b.asked);
  const saidBare = bare.map(bareChange);
  const changes = saidBare.filter((n): n is number => n !== undefined);
  if (changes.length && changes.length === bare.length) {
    const named = new Set(units.map((x) => x.item!));
    const total = (s: CartState) => s.lines.filter((l) => !named.has(l.item)).reduce((n, l) => n + l.qty, 0);
    const said = changes.reduce((a, b) => a + b, 0);
    const before = total(d.before);
    const moved = total(d.state) - before;
    const meant = said < 0 ? -Math.min(-said, before) : said;
    if (moved !== meant) out.push(`${signed(said)} said with no item, ${signed(moved)} done`);
  }
  out.push(...optionCountsNotUp(d, bare));
  return out;
}

/**
 * "꼬치 하나만 더 넣어주세요", "one more shot on that": an option's count said as more goes up on
 * some line (it had been set to the number said, 3 skewers to 1, answered alone).
 */
function optionCountsNotUp(d: TurnResult, bare: Bare[]): string[] {
  const out: string[] = [];
  for (const b of bare) {
    if (!adds(b.kws) || b.corrects) continue;
    for (const m of b.mods) {
      if (m.kind !== "count" || m.op === "clear" || m.n <= 0) continue;
      // ("샷 하나만 넣어 주세요": a count said with 만 and no 더 is how many in all, not more.)
      if (m.op === "set" && !b.kws.has("more")) continue;
      const up = d.state.lines.some((l) => {
        const now = l.options[m.group];
        // (A line the turn split off, "하나는 샷 추가 하나는 바닐라 시럽", was one of the line it came
        // from: any line before of the item with less of the count.)
        const old = d.before.lines.find((x) => x.id === l.id);
        const was = old ? old.options[m.group] : d.before.lines.filter((x) => x.item === l.item).map((x) => x.options[m.group]).find((v) => typeof v === "number" && typeof now === "number" && v < now);
        return typeof now === "number" && typeof was === "number" && now > was;
      });
      // ("put the sauce on" with "No sauce on top" held: the removal taken back is what it meant.)
      const tookBack = d.state.lines.some((l) => {
        const old = d.before.lines.find((x) => x.id === l.id);
        const hit = old ? heldRemovalOf(d.menu.itemGroups(l.item), old.options, m.text) : undefined;
        return !!hit && !(l.options[hit.group] as string[] | undefined)?.includes(hit.choice);
      });
      if (!up && !tookBack) out.push(`"${m.text}": more said, no count went up`);
    }
  }
  return out;
}

/** "two more cokes" +2, "remove one coke" / "take off a coke" −1; undefined when no change by an amount is said. */
function unitChange(x: Unit, en: boolean): number | undefined {
  if (x.mods.length || x.each || x.qtyTarget || x.the || x.topic) return undefined;
  const taken = x.remove || takesAway(x.kws);
  // "take off a sprite": in English "a" is one of them.
  const n = x.qtyExplicit ? x.qty : en && taken && x.qty === 1 ? 1 : undefined;
  if (n === undefined) return undefined;
  if (taken) return -n;
  return adds(x.kws) ? n : undefined;
}

/** "add one", "두 잔 더" +N, "one less", "하나 빼 주세요" −N; undefined for options, targets, "both". */
function bareChange(b: Bare): number | undefined {
  if (b.mods.length || b.setQty || b.both || b.corrects || !b.qtyExplicit || b.qty === undefined) return undefined;
  if (takesAway(b.kws)) return -b.qty;
  return adds(b.kws) ? b.qty : undefined;
}

const adds = (kws: ReadonlySet<Keyword>) => (kws.has("more") || kws.has("add")) && !takesAway(kws) && !kws.has("change");
const takesAway = (kws: ReadonlySet<Keyword>) => kws.has("remove") || kws.has("cancel");
const signed = (n: number) => (n > 0 ? `+${n}` : String(n));
