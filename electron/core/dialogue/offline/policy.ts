// One turn of the offline engine, planned against a draft of the cart: what the
// customer's words mean for the order (new items, changes to lines already ordered
// (edits.ts), replacements, answers to questions, order options, cancel, checkout), what
// to ask next, and what to say. Nothing is applied to the session here: the cart's rules
// run on a private state (draft.ts) and the engine applies the same actions afterwards.
import type { MenuModel } from "../../../../shared/menu/model.ts";
import { missingGroups, viewCart, type CartAction, type CartState } from "../../cart/cart.ts";
import type { Ask } from "../engine.ts";
import { answerQuestion, alternatives, overview } from "./answers.ts";
import type { MenuLexicon } from "./lexicon.ts";
import type { OfflineMemory } from "./memory.ts";
import { itemTakes } from "./options.ts";
import { distributeEach, insteadOfAnOption, parseUtterance } from "./parse.ts";
import { formatPrice, itemLabel, josa, lineLabel, say, type Lang } from "./phrases.ts";
import { scan } from "./scan.ts";
import { LineEdits } from "./edits.ts";
import { suggestFor } from "./suggest.ts";
import { accountFor, isConfident } from "./accounting.ts";
import type { Unit, Utterance } from "./units.ts";

export interface Plan {
  actions: CartAction[];
  reply: string;
  lang: Lang;
  /** Something was applied, answered or asked: false means "I did not understand". */
  understood: boolean;
  /** The whole utterance was accounted for and nothing guessed (accounting.ts). */
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

class Planner extends LineEdits {
  private readonly unknownTexts: string[] = [];
  private answered = false;
  private checkout = false;
  private cancelled = false;
  private offer: OfflineMemory["offer"];
  private offerOption: OfflineMemory["offerOption"];

  constructor(private readonly input: PlanInput) {
    super(input.menu, input.state, { ...input.memory, focus: [...input.memory.focus], lastAdded: [...input.memory.lastAdded] }, input.lex);
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
    let reply = say.notUnderstood(this.lang);
    let understood = false;
    if (this.u.unknownWords.length === 0 && this.input.text.trim()) {
      const lower = this.input.text.toLowerCase();
      if (/감사|고맙|thank/.test(lower)) reply = say.thanks(this.lang);
      else if (/안녕|hello|\bhi\b|\bhey\b|저기요|여기요/.test(lower)) reply = say.greeting(this.lang);
      else reply = say.notUnderstood(this.lang);
      understood = reply !== say.notUnderstood(this.lang);
    }
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
      if (a.offerOption) this.offerOption = a.offerOption;
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

    // "Yes" to "shall I add it?" after "푸딩 추가 돼요?": the option goes on the line in hand.
    if (this.mem.offerOption && yes && !hasOrderContent) {
      const o = this.mem.offerOption;
      this.mem.offerOption = undefined;
      const mod = { m: "choice" as const, cands: [{ group: o.group, choice: o.choice, name: true }], neg: false, text: "" };
      const target = this.recentLines(this.mem.focus.length ? this.mem.focus : this.state.lines.map((l) => l.id)).reverse().find((l) => itemTakes(this.menu, l.item, mod));
      if (target) {
        this.recognized = true;
        this.changeOptions(target, [mod], undefined);
        return;
      }
    }
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

    distributeEach(orderUnits);
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
    } else if (yes && !hasOrderContent && !this.changed && !this.answered && !this.recognized) {
      // "yes" to "anything else?": go on.
      this.notes.push(say.goOn(this.lang));
      this.recognized = true;
    }
  }

  // ---- order units --------------------------------------------------------------

  private orderUnit(u: Unit, all: Unit[]): void {
    if ((u.kind === "unknown" || u.kind === "category") && this.upgrade(u)) return;
    if (u.kind === "unknown") {
      this.unknownTexts.push(u.text);
      return;
    }
    if (u.kind === "category" || u.kind === "ambiguous") return this.orderKind(u);
    if (u.replaced || !u.item) return;
    if (u.partial || u.fuzzy) this.unsure = true;
    this.recognized = true;
    const item = u.item;
    if (u.remove) return this.removeItem(u);

    const lines = this.linesOf(item);
    const replacedUnit = u.replaces;
    if (replacedUnit?.item) return this.replace(this.linesOf(replacedUnit.item), u, replacedUnit);

    if (lines.length && this.isReference(u, lines)) return this.modifyLines(u, lines);
    // "warm up the croissant" after a croissant set: "the" names a part of a line ordered.
    if (!lines.length && u.the && u.mods.length) {
      const part = this.lineNamedInside(u);
      if (part) return this.modifyLines({ ...u, topic: true }, [part]);
    }

    // "아니 바닐라 라떼요" / "make it a mocha" / "a mocha instead": the new item takes the place of the last one.
    const swap = u.corrects || u.afterChange || (u.dir && u.kws.has("change")) || (this.u.orderKws.has("instead") && !all.some((x) => x.replaced) && !insteadOfAnOption(this.u));
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
    this.mem.offerOption = this.offerOption;
    this.mem.lang = this.lang;
    if (this.cancelled) {
      this.mem.focus = [];
      this.mem.lastAdded = [];
    }
    const confident = isConfident({ understood, unsure: this.unsure }, accountFor(this.u, this.menu), this.u);
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

}

export { itemLabel };
