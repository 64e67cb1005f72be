// A turn's draft of the cart: the cart's own rules run on a private state, and every
// change is remembered so the reply can say what was added, changed and removed, and
// so the engine can apply exactly the same actions to the session's cart. The dialogue
// (what the words mean for the cart) is in policy.ts; this is how the cart is changed.
import type { MenuModel } from "../../../../shared/menu/model.ts";
import type { OptionValue } from "../../../../shared/menu/schema.ts";
import { applyCartAction, type CartAction, type CartLine, type CartResult, type CartState } from "../../cart/cart.ts";
import { cartErrorMessage } from "../../../../shared/wording.ts";
import { alternatives } from "./answers.ts";
import type { OfflineMemory } from "./memory.ts";
import { optionsFor } from "./options.ts";
import { lineLabel, say, type Lang } from "./phrases.ts";
import type { Mod, Unit } from "./units.ts";

export abstract class CartDraft {
  protected state: CartState;
  protected readonly actions: CartAction[] = [];
  protected lang: Lang = "en";
  protected readonly notes: string[] = [];
  /** Lines this turn created (added, or split off a line it added). */
  protected readonly created: string[] = [];
  /** Lines that were there before and changed. */
  protected readonly modified: string[] = [];
  protected readonly removedLabels: string[] = [];
  protected readonly touched: string[] = [];
  protected readonly added: string[] = [];
  protected changed = false;
  protected unsure = false;
  protected unitQty(u: Unit): number {
    const partsQty = u.parts.reduce((s, p) => s + p.qty, 0);
    return Math.max(u.qty ?? (partsQty || 1), partsQty);
  }

  protected addItem(item: string, qty: number, preset: Record<string, OptionValue>, mods: Mod[], parts: Unit["parts"]): void {
    const mi = this.menu.item(item);
    if (mi?.soldOut) {
      this.notes.push(say.soldOut(this.menu.itemName(item, this.lang), alternatives(this.menu, item, this.lang), this.lang));
      return;
    }
    const oc = optionsFor(this.menu, item, {}, mods, preset);
    this.noteIgnored(item, oc.ignored, oc.applied.length > 0);
    let r = this.apply({ type: "add", item, qty, options: oc.changes });
    if (!r.ok && Object.keys(oc.changes).length && r.error.code === "invalid-choice") {
      // An option combination the cart refuses still leaves the item itself orderable.
      this.notes.push(say.limit(this.lang));
      r = this.apply({ type: "add", item, qty, options: {} });
    }
    if (!r.ok || !r.lineId) return this.refused(r);
    this.afterAdd([r.lineId]);
    for (const p of parts) this.applyPart(r.lineId, p);
  }

  protected afterAdd(ids: string[]): void {
    for (const id of ids) {
      this.touch(id);
      this.added.push(id);
      if (!this.created.includes(id)) this.created.push(id);
    }
    this.changed = true;
  }

  /** A line changed (or was split off another): report it as added if this turn made it. */
  protected noteChanged(id: string, from?: string): void {
    this.touch(id);
    this.changed = true;
    if (this.created.includes(id)) return;
    if (from && this.created.includes(from)) {
      this.created.push(id);
      return;
    }
    if (!this.modified.includes(id)) this.modified.push(id);
  }

  protected removeItem(u: Unit): void {
    let lines = this.linesOf(u.item!);
    const wanted = u.mods.filter((m) => m.m === "choice" && !m.neg);
    if (wanted.length) {
      const fit = lines.filter((l) => wanted.every((m) => m.m === "choice" && m.cands.some((c) => optionHas(l.options[c.group], c.choice))));
      if (fit.length) lines = fit;
    }
    if (!lines.length) {
      this.notes.push(say.notInOrder(this.menu.itemName(u.item!, this.lang), this.lang));
      return;
    }
    if (u.qtyExplicit && u.qty !== undefined) {
      const l = lines[lines.length - 1]!;
      this.removeFrom(l, u.qty);
    } else for (const l of lines) this.removeFrom(l, l.qty);
  }

  protected removeFrom(l: CartLine, qty: number): void {
    const n = Math.min(qty, l.qty);
    const r = this.apply({ type: "remove", lineId: l.id, ...(n < l.qty ? { qty: n } : {}) });
    if (!r.ok) return this.refused(r);
    this.removedLabels.push(lineLabel(this.menu, { ...l, qty: n }, this.lang));
    this.changed = true;
    if (this.line(l.id)) this.touch(l.id);
  }

  /** Set options on a line (or on `qty` of it, split off); reports what it did. */
  protected changeOptions(l: CartLine, mods: Mod[], qty: number | undefined, preset?: Record<string, OptionValue>, preferGroup?: string): boolean {
    const oc = optionsFor(this.menu, l.item, l.options, mods, preset, preferGroup);
    this.noteIgnored(l.item, oc.ignored, oc.applied.length > 0);
    if (!Object.keys(oc.changes).length) {
      if (oc.applied.length) this.touch(l.id);
      return oc.applied.length > 0;
    }
    const r = this.apply({ type: "setOptions", lineId: l.id, options: oc.changes, ...(qty !== undefined && qty < l.qty ? { qty } : {}) });
    if (!r.ok) {
      this.refused(r);
      return false;
    }
    this.noteChanged(r.lineId ?? l.id, l.id);
    return true;
  }

  protected setQty(l: CartLine, qty: number): void {
    if (qty === l.qty) {
      this.touch(l.id);
      this.notes.push(say.kept(lineLabel(this.menu, l, this.lang), this.lang));
      return;
    }
    const r = this.apply({ type: "setQty", lineId: l.id, qty });
    if (!r.ok) return this.refused(r);
    this.noteChanged(l.id);
  }

  /** Replace lines by a new item, keeping their quantity and the options the new item also has. */
  protected replace(old: CartLine[], u: Unit, replacedUnit: Unit | undefined): void {
    const item = u.item!;
    if (this.menu.item(item)?.soldOut) {
      this.notes.push(say.soldOut(this.menu.itemName(item, this.lang), alternatives(this.menu, item, this.lang), this.lang));
      return;
    }
    const last = old[old.length - 1];
    const inherited: Record<string, OptionValue> = {};
    if (last) {
      for (const g of this.menu.itemGroups(item)) {
        const v = last.options[g.id];
        if (v === undefined) continue;
        const lastGroup = this.menu.itemGroup(last.item, g.id);
        if (lastGroup && JSON.stringify(v) === JSON.stringify(lastGroup.default)) continue;
        if (g.select === "one" && !g.choices.some((c) => c.id === v)) continue;
        inherited[g.id] = v;
      }
    }
    const had = old.reduce((s, l) => s + l.qty, 0);
    const qty = u.qtyExplicit ? this.unitQty(u) : had || this.unitQty(u);
    if (!replacedUnit && u.qtyExplicit && last && qty < had) {
      // "make one of them a mocha": only that many of the last line change.
      this.removeFrom(last, Math.min(qty, last.qty));
    } else for (const l of old) this.removeFrom(l, l.qty);
    this.addItem(item, qty, { ...inherited, ...(u.preset ?? {}) }, u.mods, u.parts);
  }

  // ---- bare options and quantities ------------------------------------------------

  protected applyPart(lineId: string, p: { qty: number; mods: Mod[] }, preferGroup?: string): void {
    const line = this.line(lineId);
    if (!line) return;
    this.changeOptions(line, p.mods, Math.min(p.qty, line.qty), undefined, preferGroup);
  }

  protected apply(action: CartAction): CartResult {
    const r = applyCartAction(this.menu, this.state, action);
    if (r.ok) {
      this.state = r.state;
      this.actions.push(action);
    }
    return r;
  }

  protected refused(r: CartResult): void {
    if (r.ok) return;
    this.unsure = true;
    const e = r.error;
    if (e.code === "sold-out" && e.item) {
      this.notes.push(say.soldOut(this.menu.itemName(e.item, this.lang), alternatives(this.menu, e.item, this.lang), this.lang));
    } else if (e.code === "too-many" || e.code === "order-full") this.notes.push(cartErrorMessage(this.menu, e, this.lang));
    else this.notes.push(say.limit(this.lang));
  }

  protected noteIgnored(item: string, ignored: Mod[], anyApplied: boolean): void {
    if (!ignored.length) return;
    this.unsure = true;
    if (anyApplied) return;
    this.notes.push(this.notForText(item, ignored[0]!));
  }

  /** "초코라떼에는 샷 추가를 추가할 수 없어요" / "The cheesecake can't be made iced", in the menu's words. */
  protected notForText(item: string, m: Mod): string {
    const itemName = this.menu.itemName(item, this.lang);
    if (m.m === "choice") return say.optionNotFor(itemName, this.menu.choiceName(m.cands[0]!.group, m.cands[0]!.choice, this.lang), this.lang);
    return say.groupNotFor(itemName, this.menu.groupName(m.group, this.lang), this.lang);
  }

  protected line(id: string): CartLine | undefined {
    return this.state.lines.find((l) => l.id === id);
  }

  protected linesOf(item: string): CartLine[] {
    const lines = this.state.lines.filter((l) => l.item === item);
    return this.recentLines(lines.map((l) => l.id));
  }

  /** Lines by id, oldest first, most recently touched last. */
  protected recentLines(ids: string[]): CartLine[] {
    const order = [...this.mem.focus, ...this.touched];
    const rank = (id: string) => {
      const i = order.lastIndexOf(id);
      return i >= 0 ? 1000 + i : Number(id.replace(/\D/g, "")) || 0;
    };
    return ids
      .map((id) => this.line(id))
      .filter((l): l is CartLine => !!l)
      .sort((a, b) => rank(a.id) - rank(b.id));
  }

  protected preferred(lines: CartLine[]): CartLine {
    return lines[lines.length - 1]!;
  }

  protected touch(id: string): void {
    this.touched.push(id);
  }

  constructor(
    protected readonly menu: MenuModel,
    state: CartState,
    protected readonly mem: OfflineMemory,
  ) {
    this.state = state;
  }
}

function optionHas(v: OptionValue | undefined, choice: string): boolean {
  return Array.isArray(v) ? v.includes(choice) : v === choice;
}
