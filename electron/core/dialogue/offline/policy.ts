// One turn of the offline engine, planned against a copy of the cart: what the
// customer's words change (adds, option changes, removals, quantities, order options,
// cancel, checkout), what to ask next, and what to say. The cart is a pure state
// machine, so planning runs the real cart rules on a private state; the engine then
// applies exactly the same actions to the session's cart. Nothing is applied here.
import type { MenuModel } from "../../../../shared/menu/model.ts";
import type { OptionValue } from "../../../../shared/menu/schema.ts";
import { applyCartAction, missingGroups, viewCart, type CartAction, type CartLine, type CartResult, type CartState } from "../../cart/cart.ts";
import type { Ask } from "../engine.ts";
import { answerQuestion, alternatives, overview } from "./answers.ts";
import type { MenuLexicon } from "./lexicon.ts";
import type { OfflineMemory } from "./memory.ts";
import { itemTakes, optionsFor } from "./options.ts";
import { parseUtterance } from "./parse.ts";
import { formatPrice, itemLabel, josa, lineLabel, say, type Lang } from "./phrases.ts";
import { scan } from "./scan.ts";
import { cartErrorMessage } from "../../session/messages.ts";
import { keyOf } from "./lexicon.ts";
import { suggestFor } from "./suggest.ts";
import type { Bare, Mod, Unit, Utterance } from "./units.ts";

export interface Plan {
  actions: CartAction[];
  reply: string;
  lang: Lang;
  /** Something was applied, answered or asked: false means "I did not understand". */
  understood: boolean;
  /** Nothing guessed: no spelling tolerance, no partial names, no unknown words, no refusals. */
  confident: boolean;
  checkout?: boolean;
  cancelled?: boolean;
  ask?: Ask;
  memory: OfflineMemory;
  utterance: Utterance;
}

export interface PlanInput {
  menu: MenuModel;
  lex: MenuLexicon;
  text: string;
  state: CartState;
  memory: OfflineMemory;
  langHint?: string;
}

export function planTurn(input: PlanInput): Plan {
  return new Planner(input).run();
}

class Planner {
  private readonly menu: MenuModel;
  private state: CartState;
  private readonly actions: CartAction[] = [];
  private readonly mem: OfflineMemory;
  private lang: Lang = "en";
  private u!: Utterance;
  private readonly notes: string[] = [];
  /** Lines this turn created (added, or split off a line it added). */
  private readonly created: string[] = [];
  /** Lines that were there before and changed. */
  private readonly modified: string[] = [];
  private readonly removedLabels: string[] = [];
  private readonly touched: string[] = [];
  private readonly added: string[] = [];
  private readonly unknownTexts: string[] = [];
  private changed = false;
  private answered = false;
  private recognized = false;
  private unsure = false;
  private ask: Ask | undefined;
  private checkout = false;
  private cancelled = false;
  private offer: OfflineMemory["offer"];

  constructor(private readonly input: PlanInput) {
    this.menu = input.menu;
    this.state = input.state;
    this.mem = { ...input.memory, focus: [...input.memory.focus], lastAdded: [...input.memory.lastAdded] };
  }

  run(): Plan {
    const text = this.input.text.trim();
    const prevAsk = this.mem.ask;
    const askedLine = prevAsk?.kind === "choice" ? this.line(prevAsk.lineId) : undefined;
    const sc = scan(this.input.lex, text);
    const focus = this.recentLines(this.mem.focus.length ? this.mem.focus : this.state.lines.map((l) => l.id));
    this.u = parseUtterance(sc, {
      menu: this.menu,
      ...(askedLine && prevAsk?.kind === "choice" ? { asked: { item: askedLine.item, group: prevAsk.group } } : {}),
      focus: focus.map((l) => ({ item: l.item, missing: missingGroups(this.menu, l) })),
    });
    this.lang = this.pickLang(sc.lang);
    this.mem.focus = this.mem.focus.filter((id) => this.line(id));
    this.mem.lastAdded = this.mem.lastAdded.filter((id) => this.line(id));

    if (!text || !this.u.substance) return this.nothing();
    this.handle(prevAsk);
    return this.finish();
  }

  private pickLang(detected: "ko" | "en" | undefined): Lang {
    const langs = this.menu.languages;
    const ok = (l: string | undefined): l is Lang => !!l && (l === "ko" || l === "en") && langs.includes(l);
    if (ok(detected)) return detected;
    if (ok(this.mem.lang)) return this.mem.lang;
    if (ok(this.input.langHint)) return this.input.langHint;
    return ok(this.menu.defaultLanguage) ? this.menu.defaultLanguage : "en";
  }

  /** Empty, emoji, fillers only: greet, thank, or say it was not understood. */
  private nothing(): Plan {
    const k = this.u.kws;
    let reply = say.notUnderstood(this.lang);
    let understood = false;
    if (this.u.unknownWords.length === 0 && this.input.text.trim()) {
      const lower = this.input.text.toLowerCase();
      if (/감사|고맙|thank/.test(lower)) reply = say.thanks(this.lang);
      else if (/안녕|hello|\bhi\b|\bhey\b|저기요|여기요/.test(lower)) reply = say.greeting(this.lang);
      else reply = say.notUnderstood(this.lang);
      understood = reply !== say.notUnderstood(this.lang);
    }
    void k;
    this.mem.lang = this.lang;
    return {
      actions: [],
      reply,
      lang: this.lang,
      understood,
      confident: understood,
      memory: { ...this.mem, promptedMore: false },
      utterance: this.u,
      ...(this.mem.ask ? { ask: this.mem.ask } : {}),
    };
  }

  private handle(prevAsk: Ask | undefined): void {
    const u = this.u;
    const k = u.orderKws;
    const orderUnits = u.units.filter((x) => !x.asked);
    const hasOrderContent = orderUnits.length > 0 || u.bare.length > 0 || u.orderChoices.length > 0;

    // Cancel everything ("다 취소해 주세요", "start over"); whatever follows is a new order.
    const cancelAll = k.has("cancel-all") || (k.has("cancel") && (k.has("all") || (!orderUnits.length && !u.bare.some((b) => b.mods.length || b.qty !== undefined) && !k.has("pronoun"))));
    if (cancelAll && !orderUnits.some((x) => x.remove)) {
      if (this.state.lines.length) {
        this.apply({ type: "clear" });
        this.notes.push(say.cancelled(this.lang));
        this.cancelled = true;
        this.mem.focus = [];
        this.mem.lastAdded = [];
      } else this.notes.push(say.nothingToCancel(this.lang));
      this.recognized = true;
      this.mem.awaitingConfirm = false;
      this.mem.checkoutRequested = false;
      if (!orderUnits.some((x) => !x.remove)) return;
    }

    // Questions are answered from the menu and the cart; they order nothing.
    for (const q of u.questions) {
      const bare = !q.items.length && !q.categories.length && !q.choices.length && !q.groups.length && !q.unknown.length && !q.tags.length;
      const specific = ["menu", "price", "cart", "recommend", "describe"].some((w) => q.kws.has(w as never));
      if (bare && !specific && hasOrderContent) continue;
      // "Oh, it's sold out? Then a potato pizza": a passing remark, not a question to answer.
      const onlyUnknown = !q.items.length && !q.categories.length && !q.choices.length && !q.groups.length && !q.tags.length;
      if (onlyUnknown && hasOrderContent && !q.kws.has("have") && !q.kws.has("menu")) continue;
      const a = answerQuestion(this.menu, q, viewCart(this.menu, this.state), this.lang);
      this.notes.push(a.text);
      if (a.offer) this.offer = a.offer;
      this.answered = true;
      if (q.unknown.length) this.unsure = true;
    }

    const yes = k.has("yes") && !k.has("no");
    const no = k.has("no") && !k.has("yes");
    const wantsCheckout = k.has("checkout") && !orderUnits.some((x) => x.kind === "item" && !x.remove && !x.the);

    // Confirming the order that was read back.
    if (this.mem.awaitingConfirm && !hasOrderContent) {
      if (yes || wantsCheckout) return this.confirm();
      if (no) {
        this.mem.awaitingConfirm = false;
        this.notes.push(say.whatToChange(this.lang));
        this.recognized = true;
        return;
      }
    }
    if (hasOrderContent) this.mem.awaitingConfirm = false;

    // "Yes" to "would you like one?" after "do you have X?", or "그럼 보통맛으로 하나 주세요"
    // right after asking about X: the thing asked about is what is ordered.
    if (this.mem.offer && !orderUnits.length && !wantsCheckout) {
      const o = this.mem.offer;
      const b = u.bare.find((x) => x.qty !== undefined || x.mods.some((m) => itemTakes(this.menu, o.item, m)));
      if ((yes && !hasOrderContent) || (b && (k.has("request") || k.has("yes") || b.qty !== undefined))) {
        this.mem.offer = undefined;
        this.recognized = true;
        this.addItem(o.item, b?.qty ?? 1, o.options, b?.mods ?? [], b?.parts ?? []);
        if (b) u.bare.splice(u.bare.indexOf(b), 1);
        if (!u.bare.length && !u.orderChoices.length) return;
      }
    }

    // Several words for one order option ("매장에서 마시고 갈게요"): the last one said counts, once.
    const orderChoices = new Map(u.orderChoices.map((oc) => [oc.group, oc.choice]));
    for (const [group, choice] of orderChoices) this.setOrderOption(group, choice);

    this.distributeEach(orderUnits);
    for (const unit of orderUnits) this.orderUnit(unit, orderUnits);
    for (const b of u.bare) this.bareUnit(b, prevAsk);
    if (u.unknownOptions.length && this.changed) {
      this.notes.push(say.noSuchOption(this.lang));
      this.unsure = true;
    }
    if (this.unknownTexts.length) {
      const alts = suggestFor(this.menu, this.unknownTexts.join(" "), this.lang);
      this.notes.push(say.notOnMenu(alts, this.lang) + (alts.length || this.changed ? "" : ` ${overview(this.menu, this.lang)}`));
      this.unsure = true;
    }

    if (wantsCheckout || (no && this.mem.promptedMore && !hasOrderContent)) {
      this.mem.checkoutRequested = true;
      this.recognized = true;
    }
  }

  // ---- order units --------------------------------------------------------------

  /** "각각 두 잔씩", "하나씩": the quantity said last goes to each thing listed before it. */
  private distributeEach(units: Unit[]): void {
    units.forEach((x, i) => {
      if (!x.each || !x.qtyExplicit || x.qty === undefined) return;
      for (let j = 0; j < i; j++) {
        const y = units[j]!;
        if (!y.qtyExplicit) {
          y.qty = x.qty;
          y.qtyExplicit = true;
        }
      }
    });
  }

  private orderUnit(u: Unit, all: Unit[]): void {
    if ((u.kind === "unknown" || u.kind === "category") && this.upgrade(u)) return;
    if (u.kind === "unknown") {
      this.unknownTexts.push(u.text);
      return;
    }
    if (u.kind === "category" || u.kind === "ambiguous") {
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
      const names = ids.filter((id) => !this.menu.item(id)?.soldOut).map((id) => this.menu.itemName(id, this.lang));
      if (!names.length) return;
      this.notes.push(say.which(names.slice(0, 6), this.lang));
      this.ask = { kind: "item" };
      this.recognized = true;
      this.unsure = true;
      return;
    }
    if (u.replaced || !u.item) return;
    if (u.partial || u.fuzzy) this.unsure = true;
    this.recognized = true;
    const item = u.item;
    if (u.remove) return this.removeItem(u);

    const lines = this.linesOf(item);
    const replacedUnit = u.replaces;
    if (replacedUnit?.item) return this.replace(this.linesOf(replacedUnit.item), u, replacedUnit);

    if (lines.length && this.isReference(u, lines)) return this.modifyLines(u, lines);

    // "아니 바닐라 라떼요" / "make it a mocha" / "a mocha instead": the new item takes the place of the last one.
    const swap = u.corrects || u.afterChange || (u.dir && u.kws.has("change")) || (this.u.orderKws.has("instead") && !all.some((x) => x.replaced));
    if (swap) {
      const prev = this.recentLines(this.mem.lastAdded.length ? this.mem.lastAdded : this.mem.focus);
      const target = prev[prev.length - 1];
      if (target && target.item === item) return this.modifyLines({ ...u, topic: true }, [target]);
      if (target) return this.replace([target], u, undefined);
    }
    const mi = this.menu.item(item);
    if (mi?.soldOut) {
      this.notes.push(say.soldOut(this.menu.itemName(item, this.lang), alternatives(this.menu, item, this.lang), this.lang));
      return;
    }
    const qty = this.unitQty(u);
    this.addItem(item, qty, u.preset ?? {}, u.mods, u.parts);
  }

  private unitQty(u: Unit): number {
    const partsQty = u.parts.reduce((s, p) => s + p.qty, 0);
    return Math.max(u.qty ?? (partsQty || 1), partsQty);
  }

  /** A unit that talks about a line already in the cart rather than ordering another one. */
  private isReference(u: Unit, lines: CartLine[]): boolean {
    if (u.topic || u.only || u.kws.has("change") || u.corrects || u.qtyTarget) return true;
    // "a latte and a cappuccino, the latte iced": "the" + options talks about the one ordered.
    if (u.the && u.mods.length && !u.qtyExplicit) return true;
    if (u.kws.has("more") && !u.qtyExplicit) return true;
    if (u.kws.has("more") && u.mods.length === 0) return true;
    // Completing a line that still waits for a required choice: "페퍼로니 라지요".
    if (!u.qtyExplicit && u.mods.length && lines.some((l) => missingGroups(this.menu, l).length > 0)) return true;
    return false;
  }

  private addItem(item: string, qty: number, preset: Record<string, OptionValue>, mods: Mod[], parts: Unit["parts"]): void {
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

  private afterAdd(ids: string[]): void {
    for (const id of ids) {
      this.touch(id);
      this.added.push(id);
      if (!this.created.includes(id)) this.created.push(id);
    }
    this.changed = true;
  }

  /** A line changed (or was split off another): report it as added if this turn made it. */
  private noteChanged(id: string, from?: string): void {
    this.touch(id);
    this.changed = true;
    if (this.created.includes(id)) return;
    if (from && this.created.includes(from)) {
      this.created.push(id);
      return;
    }
    if (!this.modified.includes(id)) this.modified.push(id);
  }

  private removeItem(u: Unit): void {
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

  private removeFrom(l: CartLine, qty: number): void {
    const n = Math.min(qty, l.qty);
    const r = this.apply({ type: "remove", lineId: l.id, ...(n < l.qty ? { qty: n } : {}) });
    if (!r.ok) return this.refused(r);
    this.removedLabels.push(lineLabel(this.menu, { ...l, qty: n }, this.lang));
    this.changed = true;
    if (this.line(l.id)) this.touch(l.id);
  }

  /** Change lines already ordered: their quantity, their options, or the options of part of them. */
  private modifyLines(u: Unit, lines: CartLine[]): void {
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

  /** Set options on a line (or on `qty` of it, split off); reports what it did. */
  private changeOptions(l: CartLine, mods: Mod[], qty: number | undefined, preset?: Record<string, OptionValue>, preferGroup?: string): boolean {
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

  private setQty(l: CartLine, qty: number): void {
    if (qty === l.qty) {
      this.touch(l.id);
      this.notes.push(say.kept(lineLabel(this.menu, l, this.lang), this.lang));
      return;
    }
    const r = this.apply({ type: "setQty", lineId: l.id, qty });
    if (!r.ok) return this.refused(r);
    this.noteChanged(l.id);
  }

  /**
   * "세트로 해 주세요", "make it a combo": the menu item whose name is the item in hand
   * plus the word said (불고기버거 → 불고기버거 세트) takes its place, for all of it or
   * for the part named ("하나는 세트로").
   */
  private upgrade(u: Unit): boolean {
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

  private nameKeys(item: string): string[] {
    return this.input.lex.itemWords(item).keys;
  }

  /** Replace lines by a new item, keeping their quantity and the options the new item also has. */
  private replace(old: CartLine[], u: Unit, replacedUnit: Unit | undefined): void {
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

  private bareUnit(b: Bare, prevAsk: Ask | undefined): void {
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
    if (!latest) {
      if (b.mods.length || b.qty !== undefined) this.notes.push(say.empty(this.lang));
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
    if ((b.kws.has("remove") || b.kws.has("cancel")) && !negated) {
      const n = b.qtyExplicit && b.qty !== undefined ? b.qty : latest.qty;
      return this.removeFrom(latest, n);
    }
    if (b.qty !== undefined && !b.mods.length && !b.parts.length) {
      const targets = b.both ? (focus.length ? focus : all) : [latest];
      for (const l of targets) this.setQty(l, b.qty);
      return;
    }
    if (!b.mods.length && !b.parts.length) return;
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

  private applyPart(lineId: string, p: { qty: number; mods: Mod[] }, preferGroup?: string): void {
    const line = this.line(lineId);
    if (!line) return;
    this.changeOptions(line, p.mods, Math.min(p.qty, line.qty), undefined, preferGroup);
  }

  private setOrderOption(group: string, choice: string): void {
    const r = this.apply({ type: "setOrderOption", group, value: choice });
    this.recognized = true;
    if (!r.ok) return this.refused(r);
    this.changed = true;
    const name = this.menu.choiceName(group, choice, this.lang);
    this.notes.push(this.lang === "ko" ? `${josa(name, "으로")} 할게요.` : `${name}, got it.`);
  }

  // ---- checkout -------------------------------------------------------------------

  private confirm(): void {
    const view = viewCart(this.menu, this.state);
    if (view.pending.length || view.missingOrderOptions.length || !view.lines.length) {
      this.mem.awaitingConfirm = false;
      this.mem.checkoutRequested = true;
      return;
    }
    this.checkout = true;
    this.recognized = true;
    this.mem.awaitingConfirm = false;
    this.mem.checkoutRequested = false;
    this.notes.push(say.placing(this.lang));
  }

  /** Ask what is still missing, else read the order back and ask to confirm it. */
  private followUp(): void {
    if (this.checkout || this.cancelled) return;
    const view = viewCart(this.menu, this.state);
    const p = view.pending[0];
    if (p) {
      const gid = p.missing[0]!;
      const g = this.menu.itemGroup(p.item, gid);
      const choices = (g?.choices ?? []).map((c) => this.menu.text(c.name, this.lang));
      this.notes.push(say.askChoice(this.menu.itemName(p.item, this.lang), this.menu.groupName(gid, this.lang), choices, this.lang));
      this.ask = { kind: "choice", lineId: p.id, item: p.item, group: gid };
      return;
    }
    if (this.mem.checkoutRequested) {
      if (!view.lines.length) {
        this.notes.push(say.empty(this.lang));
        this.mem.checkoutRequested = false;
        return;
      }
      const missing = view.missingOrderOptions[0];
      if (missing) {
        const g = this.menu.orderGroup(missing);
        const choices = (g?.choices ?? []).map((c) => this.menu.text(c.name, this.lang));
        this.notes.push(say.askOrderOption(this.menu.groupName(missing, this.lang), choices, this.lang));
        this.ask = { kind: "orderOption", group: missing };
        return;
      }
      const lines = view.lines.map((l) => lineLabel(this.menu, l, this.lang));
      const extras = this.menu.orderGroups().map((g) => {
        const v = view.orderOptions[g.id];
        return v === undefined ? "" : this.menu.choiceName(g.id, String(v), this.lang);
      }).filter(Boolean);
      this.notes.push(say.readback(lines, extras, formatPrice(view.total, this.menu.currency, this.lang), this.lang));
      this.mem.awaitingConfirm = true;
      this.mem.checkoutRequested = false;
      this.ask = { kind: "confirm" };
      return;
    }
    if (this.ask) return;
    if (this.changed) {
      this.notes.push(say.anythingElse(this.lang));
      this.mem.promptedMore = true;
    }
  }

  private finish(): Plan {
    const label = (id: string) => {
      const l = this.line(id);
      return l ? lineLabel(this.menu, l, this.lang) : undefined;
    };
    const summary: string[] = [];
    const created = this.created.map(label).filter((x): x is string => !!x);
    const modified = this.modified.filter((id) => !this.created.includes(id)).map(label).filter((x): x is string => !!x);
    if (this.removedLabels.length) summary.push(say.removed(this.removedLabels, this.lang));
    if (created.length) summary.push(say.added(created, this.lang));
    if (modified.length) summary.push(say.changed(modified.join(", "), this.lang));
    this.notes.unshift(...summary);
    this.mem.promptedMore = false;
    this.followUp();
    const understood = this.changed || this.answered || this.recognized || this.checkout || this.cancelled || !!this.ask;
    if (!this.notes.length) this.notes.push(understood ? say.howCanIHelp(this.lang) : say.notUnderstood(this.lang));
    if (this.touched.length) this.mem.focus = [...this.mem.focus.filter((id) => !this.touched.includes(id)), ...this.touched].filter((id) => this.line(id)).slice(-8);
    if (this.added.length) this.mem.lastAdded = this.added.filter((id) => this.line(id));
    this.mem.ask = this.ask;
    this.mem.offer = this.offer;
    this.mem.lang = this.lang;
    if (this.cancelled) {
      this.mem.focus = [];
      this.mem.lastAdded = [];
    }
    const confident = understood && !this.unsure && this.u.fuzzy === 0 && this.u.unknownWords.length === 0;
    return {
      actions: this.actions,
      reply: [...new Set(this.notes)].join(" "),
      lang: this.lang,
      understood,
      confident,
      ...(this.checkout ? { checkout: true } : {}),
      ...(this.cancelled ? { cancelled: true } : {}),
      ...(this.ask ? { ask: this.ask } : {}),
      memory: this.mem,
      utterance: this.u,
    };
  }

  // ---- helpers --------------------------------------------------------------------

  private apply(action: CartAction): CartResult {
    const r = applyCartAction(this.menu, this.state, action);
    if (r.ok) {
      this.state = r.state;
      this.actions.push(action);
    }
    return r;
  }

  private refused(r: CartResult): void {
    if (r.ok) return;
    this.unsure = true;
    const e = r.error;
    if (e.code === "sold-out" && e.item) {
      this.notes.push(say.soldOut(this.menu.itemName(e.item, this.lang), alternatives(this.menu, e.item, this.lang), this.lang));
    } else if (e.code === "too-many" || e.code === "order-full") this.notes.push(cartErrorMessage(this.menu, e, this.lang));
    else this.notes.push(say.limit(this.lang));
  }

  private noteIgnored(item: string, ignored: Mod[], anyApplied: boolean): void {
    if (!ignored.length) return;
    this.unsure = true;
    if (anyApplied) return;
    this.notes.push(this.notForText(item, ignored[0]!));
  }

  /** "초코라떼에는 샷 추가를 추가할 수 없어요" / "The cheesecake can't be made iced", in the menu's words. */
  private notForText(item: string, m: Mod): string {
    const itemName = this.menu.itemName(item, this.lang);
    if (m.m === "choice") return say.optionNotFor(itemName, this.menu.choiceName(m.cands[0]!.group, m.cands[0]!.choice, this.lang), this.lang);
    return say.groupNotFor(itemName, this.menu.groupName(m.group, this.lang), this.lang);
  }

  private line(id: string): CartLine | undefined {
    return this.state.lines.find((l) => l.id === id);
  }

  private linesOf(item: string): CartLine[] {
    const lines = this.state.lines.filter((l) => l.item === item);
    return this.recentLines(lines.map((l) => l.id));
  }

  /** Lines by id, oldest first, most recently touched last. */
  private recentLines(ids: string[]): CartLine[] {
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

  private preferred(lines: CartLine[]): CartLine {
    return lines[lines.length - 1]!;
  }

  private touch(id: string): void {
    this.touched.push(id);
  }
}

function optionHas(v: OptionValue | undefined, choice: string): boolean {
  return Array.isArray(v) ? v.includes(choice) : v === choice;
}

export { itemLabel };
