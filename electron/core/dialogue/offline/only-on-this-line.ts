// "both with glaze" on two pretzels, then "actually only put glaze on the cinnamon one" or
// "글레이즈는 시나몬 프레첼에만 넣어 주세요": the option said with "only" for one line is that
// line's alone — the other lines that have it lose it, and the line named keeps what it has
// (not one more cup of it). Read from the words ("only" said of the option, 에만 of the line)
// and the cart: only options other lines hold.
import type { CartLine } from "../../cart/cart.ts";
import { changeOptions } from "./line-changes.ts";
import type { Outcome } from "./outcomes.ts";
import type { TurnDraft } from "./turn-draft.ts";
import type { Mod, Unit } from "./utterance.ts";

/** The line `l` keeps the option said with "only"; the others holding it let it go. Undefined when not so said. */
export function optionOnlyOnThisLine(d: TurnDraft, u: Unit, l: CartLine): Outcome[] | undefined {
  if (u.qtyExplicit || u.parts.length || u.remove || !u.mods.length) return undefined;
  // ("only" said of the option in English; 에만 said of the line in Korean, "시나몬 프레첼에만".)
  const toItOnly = u.only && u.loc === true;
  const saidOnly = (m: Mod) => toItOnly || d.utterance.atoms.some((a) => a.kind === "menu" && a.start === m.at && a.flags.only === true);
  const base = (g: { default?: unknown; min: number }) => (typeof g.default === "number" ? g.default : g.min);
  const holds = (x: CartLine, m: Mod): boolean => {
    if (m.kind === "count" && m.op !== "clear") {
      const g = d.menu.itemGroup(x.item, m.group);
      const now = x.options[m.group];
      return !!g && typeof now === "number" && now > base(g);
    }
    if (m.kind === "choice" && !m.neg) return m.cands.some((c) => d.menu.itemGroup(x.item, c.group)?.select === "many" && (x.options[c.group] as string[] | undefined)?.includes(c.choice) === true);
    return false;
  };
  const only = u.mods.filter((m) => m.at !== undefined && saidOnly(m) && d.state.lines.some((x) => x.id !== l.id && holds(x, m)));
  if (!only.length || only.length !== u.mods.length) return undefined;
  const out: Outcome[] = [];
  for (const x of d.state.lines) {
    if (x.id === l.id) continue;
    const off: Mod[] = only.filter((m) => holds(x, m)).map((m) => (m.kind === "count" ? { ...m, n: base(d.menu.itemGroup(x.item, m.group)!), op: "set" as const } : { ...m, neg: true }));
    if (off.length) out.push(...changeOptions(d, x, off, undefined).outcomes);
  }
  const now = d.state.lines.find((x) => x.id === l.id);
  // (Held already: kept as it is. Not held: put on, as said.)
  const on = only.filter((m) => !now || !holds(now, m));
  if (now && on.length) out.push(...changeOptions(d, now, on, undefined).outcomes);
  return out;
}
