// "라떼 두 잔" and a turn later "하나는 모카로" / "한 잔은 따뜻한 라떼로": a count said with
// 은/는 (or 중에) before a name said with 로 is that many OF a line already ordered, and
// those become the item named — the line goes down by that many, the new item's line is
// made (line-changes.ts replace). Without the 은/는 ("하나 모카로") or without 로 the words
// may just as well order another thing, and other steps read them.
import type { MenuModel } from "../../../../shared/menu/model.ts";
import type { CartLine } from "../../cart/cart.ts";
import type { Atom } from "./atoms.ts";
import { replace } from "./line-changes.ts";
import type { Outcome } from "./outcomes.ts";
import { recent, type TurnDraft } from "./turn-draft.ts";
import type { Unit } from "./utterance.ts";

/**
 * The count before the name carries 은/는 or 중에 ("하나는", "한 잔은", "그중에 하나"), with
 * nothing but options between, and 로 ends the name or the options right after it
 * ("모카로", "치즈까스 정식으로").
 */
function countTalkedAbout(atoms: readonly Atom[], u: Unit, menu: MenuModel): boolean {
  const at = atoms.findIndex((a) => a.kind === "menu" && a.text === u.text);
  if (at < 0) return false;
  const isOption = (a: Atom) => a.kind === "menu" && a.refs.every((r) => r.kind === "choice" || r.kind === "group");
  // (An option's own name may hold the 로: "정식으로" is how the menu says the set meal.)
  // (So may an item's alias that the menu wrote with its 로, "죽으로" for 죽: the 로 past the
  // item's own name is the customer's.)
  const aliasWith로 = (a: Atom) => a.kind === "menu" && a.refs.some((r) => r.kind === "item" && !/로$/.test(menu.item(r.item)?.name.ko ?? "로")) && /로요?$/.test(a.text.trim());
  const says로 = (a: Atom) => a.kind === "menu" && (!!a.flags.dir || ((isOption(a) || aliasWith로(a)) && /로요?$/.test(a.text.trim())));
  let end = at;
  while (!says로(atoms[end]!) && atoms[end + 1] && isOption(atoms[end + 1]!)) end++;
  if (!says로(atoms[end]!)) return false;
  for (let i = at - 1; i >= 0; i--) {
    const a = atoms[i]!;
    if (a.kind === "num") return a.value === u.qty && !!(a.flags.topic || a.flags.among);
    // (Another item before it: the count is that one's.)
    if ((a.kind === "menu" && !isOption(a)) || a.kind === "sep") return false;
  }
  return false;
}

/**
 * Undefined unless the unit is such a part: the only thing named, in Korean, its count
 * talked about, the item not itself in the order, and a line ordered before holds more
 * than that many. Several such lines: the one of the new item's kind, else the latest
 * (which one, a guess).
 */
export function partBecomesItem(d: TurnDraft, u: Unit, named: readonly Unit[]): Outcome[] | undefined {
  if (d.utterance.lang !== "ko" || !u.item || !u.qtyExplicit || u.qty === undefined || u.remove || u.replaces || u.parts.length) return undefined;
  if (named.length !== 1 || d.utterance.bare.some((b) => !b.asked)) return undefined;
  if (d.state.lines.some((l) => l.item === u.item)) return undefined;
  if (!countTalkedAbout(d.utterance.atoms, u, d.menu)) return undefined;
  const qty = u.qty;
  const earlier = (ids: readonly string[]) => recent(d, ids).filter((l) => !d.created.includes(l.id) && l.qty > qty);
  let held: CartLine[] = earlier(d.mem.focus);
  if (!held.length) held = earlier(d.state.lines.map((l) => l.id));
  if (!held.length) return undefined;
  const category = d.menu.item(u.item)?.category;
  // ("세 개 중에 하나는": the line of that many, where the count tells them apart; none of
  // that many, "두 개 중에" of three, and which the words mean is a guess.)
  const ofThatMany = held.filter((l) => l.qty === u.ofHowMany);
  if (ofThatMany.length) held = ofThatMany;
  const miscounted: Outcome[] = u.ofHowMany !== undefined && !ofThatMany.length ? [{ kind: "which-unsettled", text: u.text }] : [];
  if (held.length > 1) {
    const sameKind = held.filter((l) => d.menu.item(l.item)?.category === category);
    if (sameKind.length) held = sameKind;
  }
  const last = held[held.length - 1]!;
  const unsure: Outcome[] = held.length > 1 ? [{ kind: "which-unsettled", text: u.text }] : [];
  return [...unsure, ...miscounted, ...replace(d, [last], u, undefined)];
}

/**
 * English "one of the three should be chicken dumplings", "one of those chicken dumplings":
 * a count said of what is in hand ("of them", "of the three") before an item the order does
 * not hold, with no word of changing, may take one of the line and make it that item, or
 * order one of it ("can I get one of those …"). Which, a guess.
 */
export function partMaybeItem(d: TurnDraft, u: Unit): Outcome[] {
  if (d.utterance.lang !== "en" || !u.item || !u.topic || u.qty === undefined || u.remove || u.replaces || u.kws.has("change")) return [];
  if (d.state.lines.some((l) => l.item === u.item)) return [];
  const qty = u.qty;
  return d.state.lines.some((l) => !d.created.includes(l.id) && l.qty > qty) ? [{ kind: "which-unsettled", text: u.text }] : [];
}
