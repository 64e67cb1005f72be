// Changes to lines already ordered: "라떼는 아이스로", "make it three", "하나는 샷
// 추가", "세트로 해 주세요", and option phrases said with no item ("아이스요", "둘 다
// 레귤러로요") that go to the line the kiosk asked about or the one last talked about.
import type { MenuModel } from "../../../../shared/menu/model.ts";
import { missingGroups, type CartLine, type CartState } from "../../cart/cart.ts";
import type { Ask } from "../engine.ts";
import { CartDraft } from "./draft.ts";
import { keyOf, type MenuLexicon } from "./lexicon.ts";
import type { OfflineMemory } from "./memory.ts";
import { itemTakes, optionsFor } from "./options.ts";
import { elidedHeadFor, likeliestHeads } from "./elided.ts";
import { lineLabel, say } from "./phrases.ts";
import type { Bare, Unit, Utterance } from "./units.ts";

export abstract class LineEdits extends CartDraft {
  protected u!: Utterance;
  /** Something in the words was acted on (even if the cart did not change). */
  protected recognized = false;
  /** What the kiosk asks next (buttons on screen). */
  protected ask: Ask | undefined;

  constructor(menu: MenuModel, state: CartState, mem: OfflineMemory, protected readonly lex: MenuLexicon) {
    super(menu, state, mem);
  }

  /** A unit that talks about a line already in the cart rather than ordering another one. */
  protected isReference(u: Unit, lines: CartLine[]): boolean {
    if (u.topic || u.only || u.kws.has("change") || u.corrects || u.qtyTarget) return true;
    // "a latte and a cappuccino, the latte iced": "the" + options talks about the one ordered.
    if (u.the && u.mods.length && !u.qtyExplicit) return true;
    if (u.kws.has("more") && !u.qtyExplicit) return true;
    if (u.kws.has("more") && u.mods.length === 0) return true;
    // Completing a line that still waits for a required choice: "페퍼로니 라지요".
    if (!u.qtyExplicit && u.mods.length && lines.some((l) => missingGroups(this.menu, l).length > 0)) return true;
    return false;
  }

  /** Change lines already ordered: their quantity, their options, or the options of part of them. */
  protected modifyLines(u: Unit, lines: CartLine[]): void {
    const target = this.preferred(lines);
    if (u.kws.has("more") && u.mods.length === 0) return this.setQty(target, target.qty + (u.qty ?? 1));
    if (u.qtyExplicit && u.qty !== undefined && u.mods.length === 0 && u.parts.length === 0) return this.setQty(target, u.qty);
    if (!u.mods.length && !u.parts.length && !u.preset) {
      this.touch(target.id);
      this.notes.push(say.kept(lineLabel(this.menu, target, this.lang), this.lang));
      return;
    }
    const targets = u.qtyExplicit ? [target] : lines;
    for (const l of targets) {
      const qty = u.qtyExplicit && u.qty !== undefined && u.qty < l.qty ? u.qty : undefined;
      this.changeOptions(l, u.mods, qty, u.preset);
      for (const p of u.parts) this.applyPart(l.id, p);
    }
  }

  /**
   * "세트로 해 주세요", "make it a combo": the menu item whose name is the item in hand
   * plus the word said (불고기버거 → 불고기버거 세트) takes its place, for all of it or
   * for the part named ("하나는 세트로").
   */
  protected upgrade(u: Unit): boolean {
    if (!(u.dir || u.kws.has("change") || u.afterChange || u.topic)) return false;
    const focus = this.recentLines(this.mem.focus.length ? this.mem.focus : this.state.lines.map((l) => l.id));
    const word = keyOf(u.text.replace(/(으로|로)$/, ""));
    if (!word) return false;
    for (const l of [...focus].reverse()) {
      const base = this.nameKeys(l.item);
      const cands = this.menu.menu.items.filter(
        (it) => it.id !== l.item && this.nameKeys(it.id).some((k) => k.includes(word) && base.some((b) => b.length >= 2 && k.includes(b) && k !== b)),
      );
      if (cands.length !== 1) continue;
      const target = cands[0]!;
      const qty = u.qty !== undefined && u.qtyExplicit && u.qty < l.qty ? u.qty : l.qty;
      this.recognized = true;
      this.replace([l], { ...u, kind: "item", item: target.id, qty, qtyExplicit: true, mods: u.mods, parts: [] }, undefined);
      return true;
    }
    return false;
  }

  /** A line whose item's name contains the words said for this unit and that takes its options. */
  protected lineNamedInside(u: Unit): CartLine | undefined {
    const said = this.lex.itemWords(u.item!).keys.filter((k) => k.length >= 3);
    const lines = this.recentLines(this.state.lines.map((l) => l.id)).reverse();
    return lines.find(
      (l) => l.item !== u.item && this.nameKeys(l.item).some((k) => said.some((w) => k.includes(w) && k !== w)) && u.mods.every((m) => itemTakes(this.menu, l.item, m)),
    );
  }

  protected nameKeys(item: string): string[] {
    return this.lex.itemWords(item).keys;
  }

  /**
   * The item a bare phrase orders with its head noun left out: with nothing ordered yet
   * ("a large with ham"), or in English with its own quantity ("and a small with onions"),
   * never a change or a correction of what is there.
   */
  private elidedHead(b: Bare, latest: CartLine | undefined): string | undefined {
    if (b.corrects || b.setQty || b.both || b.only) return undefined;
    if (["change", "remove", "cancel", "same", "more", "pronoun", "instead", "add"].some((k) => b.kws.has(k as never))) return undefined;
    const mods = [...b.mods, ...b.parts.flatMap((p) => p.mods)];
    if (latest) {
      if (!(this.u.lang === "en" && b.qty !== undefined)) return undefined;
      // "one with oat milk" after two lattes is one of them, not another order.
      if (latest.qty > b.qty! && mods.every((m) => itemTakes(this.menu, latest.item, m))) return undefined;
      // Another one only where it differs from the line in hand in a one-choice option
      // ("and a small with onions" after a large): else it is more about that line.
      const differs = mods.some((m) => m.m === "choice" && !m.neg && m.cands.some((c) => {
        const g = this.menu.itemGroup(latest.item, c.group);
        return g?.select === "one" && latest.options[c.group] !== undefined && latest.options[c.group] !== c.choice;
      }));
      if (!differs) return undefined;
    }
    return elidedHeadFor(this.menu, mods);
  }

  protected bareUnit(b: Bare, prevAsk: Ask | undefined): void {
    if (b.asked) return;
    this.recognized = true;
    // The answer to the kiosk's own question about a required choice.
    if (prevAsk?.kind === "choice" && b.mods.length) {
      const asked = this.line(prevAsk.lineId);
      if (asked) {
        const targets = b.both ? this.state.lines.filter((l) => missingGroups(this.menu, l).includes(prevAsk.group)) : [asked];
        if (!targets.includes(asked)) targets.unshift(asked);
        let any = false;
        for (const l of targets) {
          const qty = b.qty !== undefined && b.qtyExplicit && !b.both ? b.qty : undefined;
          if (this.changeOptions(l, b.mods, qty, undefined, prevAsk.group)) any = true;
          for (const p of b.parts) this.applyPart(l.id, p, prevAsk.group);
        }
        if (any) return;
      }
    }
    const focus = this.recentLines(this.mem.focus);
    const all = this.recentLines(this.state.lines.map((l) => l.id));
    const latest = focus[focus.length - 1] ?? all[all.length - 1];
    const head = this.elidedHead(b, latest);
    if (head) {
      this.unsure = true; // the item was guessed from its options
      this.addItem(head, b.qty ?? 1, {}, b.mods, b.parts);
      return;
    }
    if (!latest) {
      // Two items equally likely for options said alone: ask which, with buttons.
      const heads = b.corrects || b.setQty ? [] : likeliestHeads(this.menu, [...b.mods, ...b.parts.flatMap((p) => p.mods)]);
      if (heads.length > 1) {
        this.notes.push(say.which(heads.slice(0, 6).map((id) => this.menu.itemName(id, this.lang)), this.lang));
        this.ask = { kind: "item" };
        this.unsure = true;
        return;
      }
      if (b.mods.length || b.qty !== undefined) {
        // Options with nothing ordered to put them on ("a large with ham" with no item named).
        this.notes.push(say.empty(this.lang));
        this.unsure = true;
      }
      return;
    }
    if ((b.kws.has("same") || b.kws.has("more")) && b.mods.length) {
      // "another one without the vanilla": one more like the last, with that change.
      const oc = optionsFor(this.menu, latest.item, latest.options, b.mods);
      const r = this.apply({ type: "add", item: latest.item, qty: b.qty ?? 1, options: { ...latest.options, ...oc.changes } });
      if (!r.ok || !r.lineId) return this.refused(r);
      return this.afterAdd([r.lineId]);
    }
    if (b.kws.has("same") || (b.kws.has("more") && !b.mods.length)) {
      // "I'll have the same, a latte": the "same" is the thing named in this sentence.
      if (this.u.units.some((x) => !x.asked && x.kind === "item")) return;
      return this.setQty(latest, latest.qty + (b.qty ?? 1));
    }
    const negated = b.mods.some((m) => (m.m === "choice" || m.m === "group" ? m.neg : m.m === "count" && m.op === "clear"));
    // "cancel the small one", "remove the iced one": the lines made that way go, not the option.
    if ((b.kws.has("remove") || b.kws.has("cancel")) && b.kws.has("pronoun") && b.mods.length && b.mods.every((m) => m.m === "choice")) {
      const named = all.filter((l) => b.mods.every((m) => m.m === "choice" && m.cands.some((c) => this.menu.itemGroup(l.item, c.group)?.select === "one" && l.options[c.group] === c.choice)));
      if (named.length && named.length < all.length) {
        for (const l of named) this.removeFrom(l, l.qty);
        return;
      }
    }
    if ((b.kws.has("remove") || b.kws.has("cancel")) && !negated) {
      const n = b.qtyExplicit && b.qty !== undefined ? b.qty : latest.qty;
      return this.removeFrom(latest, n);
    }
    if (b.qty !== undefined && !b.mods.length && !b.parts.length) {
      const targets = b.both ? (focus.length ? focus : all) : [latest];
      for (const l of targets) this.setQty(l, b.qty);
      return;
    }
    if (!b.mods.length && !b.parts.length) {
      // "make it iced" where nothing on the menu is "iced".
      if (b.kws.has("change") && this.u.unknownWords.length) {
        this.notes.push(say.cannot(this.lang));
        this.unsure = true;
      }
      return;
    }
    const mods = [...b.mods, ...b.parts.flatMap((p) => p.mods)];
    const fits = (l: CartLine) => mods.some((m) => itemTakes(this.menu, l.item, m));
    let targets: CartLine[];
    if (b.both) targets = (focus.length ? focus : all).filter(fits);
    else {
      const t = [...focus].reverse().find(fits) ?? [...all].reverse().find(fits);
      targets = t ? [t] : [];
    }
    if (!targets.length) {
      this.notes.push(this.notForText(latest.item, mods[0]!));
      this.unsure = true;
      return;
    }
    for (const l of targets) {
      const qty = b.qty !== undefined && b.qtyExplicit ? b.qty : undefined;
      if (b.mods.length) this.changeOptions(l, b.mods, qty);
      for (const p of b.parts) this.applyPart(l.id, p);
    }
  }

  /**
   * A word for a kind of thing ("pizza", "음료", "the muffin") that names several items: the
   * lines of that kind already ordered when it talks about them, the one its options
   * describe, or a question which one.
   */
  protected orderKind(u: Unit): void {
    const ids = u.kind === "ambiguous" ? u.candidates ?? [] : this.menu.menu.items.filter((i) => i.category === u.category).map((i) => i.id);
    // "세트 음료는 콜라로", "the pizza, make it large": the lines of that kind already ordered.
    const ordered = this.recentLines(this.state.lines.filter((l) => ids.includes(l.item)).map((l) => l.id));
    if (ordered.length && (u.mods.length || u.parts.length || u.remove || u.topic || u.kws.has("change"))) {
      this.recognized = true;
      if (u.remove) {
        for (const l of ordered) this.removeFrom(l, l.qty);
        return;
      }
      const fit = ordered.filter((l) => u.mods.some((m) => itemTakes(this.menu, l.item, m)));
      return this.modifyLines({ ...u, kind: "item" }, fit.length ? fit : ordered);
    }
    // "a medium sausage pizza" where several items are called pizza: the one its options describe (a guess).
    const head = !u.remove && u.mods.length ? elidedHeadFor(this.menu, u.mods, ids) : undefined;
    if (head) {
      this.recognized = true;
      this.unsure = true;
      return this.addItem(head, this.unitQty(u), {}, u.mods, u.parts);
    }
    const names = ids.filter((id) => !this.menu.item(id)?.soldOut).map((id) => this.menu.itemName(id, this.lang));
    if (!names.length) return;
    this.notes.push(say.which(names.slice(0, 6), this.lang));
    this.ask = { kind: "item" };
    this.recognized = true;
    this.unsure = true;
  }
}
