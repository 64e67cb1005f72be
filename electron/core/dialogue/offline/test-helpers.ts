// Shared by the offline engine's tests: menus (the project's test café and pizza shop in
// test-support/menus/, the demo menu and this folder's fixtures, or a test's own inline
// one), a conversation runner over a real KioskSession, a cart handle and the hybrid
// "answered alone?" check for a turn, and a cart comparison that fills each expected
// line's options with the menu's defaults (as `kiosk eval` scores a case).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { MenuModel } from "../../../../shared/menu/model.ts";
import { validateMenu } from "../../../../shared/menu/validate.ts";
import type { OptionValue } from "../../../../shared/menu/schema.ts";
import type { CartView } from "../../../../shared/cart.ts";
import { applyCartAction, emptyCart, resolveOptions, viewCart, type CartState } from "../../cart/cart.ts";
import { KioskSession } from "../../session/session.ts";
import { MemoryOrderSink } from "../../session/orders.ts";
import type { CartHandle, TurnOutcome } from "../engine.ts";
import { ConversationMemory } from "../memory.ts";
import { createOfflineEngine } from "./engine.ts";
import { lexiconFor } from "./lexicon.ts";
import { readMemory } from "./memory.ts";
import { planTurn } from "./planner.ts";
import type { Utterance } from "./utterance.ts";
import type { TurnResult } from "./turn-draft.ts";

const cache = new Map<string, MenuModel>();

function load(url: URL): MenuModel {
  const key = url.href;
  const hit = cache.get(key);
  if (hit) return hit;
  const r = validateMenu(JSON.parse(readFileSync(url, "utf8")));
  if (!r.ok) throw new Error(`${url.pathname}: ${r.problems.join("; ")}`);
  const m = new MenuModel(r.menu);
  cache.set(key, m);
  return m;
}

export const menus = {
  cafe: () => load(new URL("../../../../test-support/menus/cafe.menu.json", import.meta.url)),
  pizza: () => load(new URL("../../../../test-support/menus/pizza.menu.json", import.meta.url)),
  demo: () => load(new URL("../../../../assets/menu/demo-cafe.menu.json", import.meta.url)),
  bunsik: () => load(new URL("./fixtures/bunsik.menu.json", import.meta.url)),
  coffee: () => load(new URL("./fixtures/coffee-en.menu.json", import.meta.url)),
  boba: () => load(new URL("./fixtures/boba.menu.json", import.meta.url)),
  harbor: () => load(new URL("./fixtures/harbor-en.menu.json", import.meta.url)),
};

export type MenuName = keyof typeof menus;

export interface ExpectedLine {
  item: string;
  qty: number;
  options?: Record<string, OptionValue>;
}

export interface Conversation {
  session: KioskSession;
  outs: TurnOutcome[];
  orders: MemoryOrderSink;
  /** The cart at the end: the placed order's cart if the conversation checked out. */
  cart: CartView;
}

export async function converse(menu: MenuModel, turns: string[]): Promise<Conversation> {
  const orders = new MemoryOrderSink();
  const session = new KioskSession({ menu, engine: createOfflineEngine(menu), orders });
  const outs: TurnOutcome[] = [];
  for (const t of turns) {
    const out = await session.say(t);
    if (out) outs.push(out);
  }
  const placed = orders.placed[orders.placed.length - 1];
  const cart = placed && session.cart().lines.length === 0 ? placed.cart : session.cart();
  return { session, outs, orders, cart };
}

/** Lines as "item{group=value,...} x qty", options filled with the menu's defaults, sorted. */
export function lineKeys(menu: MenuModel, lines: Array<{ item: string; qty: number; options?: Record<string, OptionValue> }>): string[] {
  const bag = new Map<string, number>();
  for (const l of lines) {
    const r = resolveOptions(menu, l.item, {}, l.options ?? {});
    const opts = "options" in r ? r.options : { error: r.error.message };
    const key = `${l.item}${JSON.stringify(Object.keys(opts).sort().map((k) => [k, opts[k as keyof typeof opts]]))}`;
    bag.set(key, (bag.get(key) ?? 0) + l.qty);
  }
  return [...bag].map(([k, q]) => `${k} x${q}`).sort();
}

/** A name (and aliases) in one language, for the small menus tests write inline. */
export const en = (name: string, aliases?: string[]) => ({ name: { en: name }, ...(aliases ? { aliases: { en: aliases } } : {}) });
export const ko = (name: string, aliases?: string[]) => ({ name: { ko: name }, ...(aliases ? { aliases: { ko: aliases } } : {}) });

/** A test's own small menu, validated like a menu file. */
export function menuFrom(raw: unknown): MenuModel {
  const r = validateMenu(raw);
  if (!r.ok) throw new Error(r.problems.join("; "));
  return new MenuModel(r.menu);
}

/** A line of a cart a test builds: item, count and options. */
export type LineSpec = { item: string; qty: number; options?: Record<string, OptionValue> };

/** A cart holding these lines, added in order (each through the cart's own rules). */
export function cartOf(m: MenuModel, lines: readonly LineSpec[]): CartState {
  let s = emptyCart();
  for (const l of lines) {
    const r = applyCartAction(m, s, { type: "add", item: l.item, qty: l.qty, ...(l.options ? { options: l.options } : {}) });
    if (!r.ok) throw new Error(r.error.message);
    s = r.state;
  }
  return s;
}

/** The words as the engine reads them, said to a cart in this state. */
export function utteranceSaid(m: MenuModel, text: string, state: CartState): Utterance {
  return planTurn({ menu: m, lex: lexiconFor(m), text, state, memory: readMemory(new ConversationMemory()) }).utterance;
}

/**
 * The words said to a cart of `before`, had the turn left `after`: a finished turn to hand a
 * read-back check, so each check is tested for what any reading might make. Lines of `after`
 * up to `before`'s count keep their ids; those past it are the turn's new ones; `changed` names
 * the lines in hand (by position) the turn changed, every one by default.
 */
export function turnLeft(m: MenuModel, text: string, before: readonly LineSpec[], after: readonly LineSpec[], changed?: readonly number[]): TurnResult {
  const b = cartOf(m, before);
  const a = cartOf(m, after);
  const state: CartState = { ...a, lines: a.lines.map((l, i) => (i < b.lines.length ? { ...l, id: b.lines[i]!.id } : { ...l, id: `new-${i}` })) };
  const created = state.lines.filter((l) => l.id.startsWith("new-")).map((l) => l.id);
  const modified = (changed ?? b.lines.map((_, i) => i)).map((i) => b.lines[i]!.id);
  return { menu: m, utterance: utteranceSaid(m, text, b), before: b, state, created, modified };
}

/** A cart the engine acts on, as a session hands it one. */
export function cartHandle(m: MenuModel): CartHandle {
  let state: CartState = emptyCart();
  return {
    apply: (a) => {
      const r = applyCartAction(m, state, a);
      if (r.ok) state = r.state;
      return r;
    },
    view: () => viewCart(m, state),
    state: () => state,
  };
}

/** Whether the last of `turns`, said after the others, would be answered alone (hybrid). */
export async function confidentAfter(m: MenuModel, turns: string[]): Promise<boolean> {
  const engine = createOfflineEngine(m);
  const cart = cartHandle(m);
  const memory = new ConversationMemory();
  for (const t of turns.slice(0, -1)) await engine.turn({ text: t }, { menu: m, cart, history: [], memory, signal: new AbortController().signal });
  return engine.interpret(turns[turns.length - 1]!, { cart, memory }).confident;
}

/** One phenomenon row: the turns, the cart they end in, and whether the last turn is answered alone. */
export interface PhenomenonRow {
  name: string;
  turns: string[];
  lines: ExpectedLine[];
  /** Order options the cart must hold after the turns (those named only). */
  orderOptions?: Record<string, string>;
  /** Whether the last turn is answered alone; left out where either is acceptable. */
  confident?: boolean;
}

/** A table of phenomenon rows on one menu: each row's cart, and its confidence where given. */
export function phenomenonTable(title: string, menu: MenuModel, rows: readonly PhenomenonRow[]): void {
  describe(title, () => {
    for (const row of rows) {
      it(row.name, async () => {
        const { cart } = await converse(menu, row.turns);
        expect(lineKeys(menu, cart.lines)).toEqual(lineKeys(menu, row.lines));
        for (const [g, v] of Object.entries(row.orderOptions ?? {})) expect(cart.orderOptions[g]).toBe(v);
        if (row.confident !== undefined) expect(await confidentAfter(menu, row.turns)).toBe(row.confident);
      });
    }
  });
}

/** Turns whose last one must not be answered alone, whatever cart the engine makes of them. */
export function notAloneTable(title: string, menu: MenuModel, rows: ReadonlyArray<{ name: string; turns: string[] }>): void {
  describe(title, () => {
    for (const row of rows) it(row.name, async () => expect(await confidentAfter(menu, row.turns)).toBe(false));
  });
}
