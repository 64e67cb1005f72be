// `kiosk converse`: a text conversation with the order dialogue, interactive or
// batch (`--cases`). Batch cases each run in a fresh session with a throw-away
// order store, and a bad case never stops the others.
import { createInterface } from "node:readline";
import { loadMenuFile } from "../core/menu/load.ts";
import type { MenuModel } from "../../shared/menu/model.ts";
import { toSpecCart } from "../core/cart/cart.ts";
import type { SpecCart } from "../../shared/cart.ts";
import { createEngine, defaultEngineKind, type EngineKind } from "../core/dialogue/factory.ts";
import { KioskSession } from "../core/session/session.ts";
import { MemoryOrderSink, type OrderSink } from "../core/session/orders.ts";
import { oneOf, parseArgs, stringFlag, UsageError } from "./args.ts";
import { openOrderSinkForCli } from "./order-sink.ts";
import { readCases } from "./cases.ts";

export interface TurnRecord {
  user: string;
  assistant: string;
}

export async function runConverse(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ["json"]);
  const menuFile = stringFlag(args, "menu") ?? process.env.KIOSK_MENU;
  if (!menuFile) throw new UsageError("converse needs --menu FILE (or KIOSK_MENU)");
  const kind = oneOf(args, "engine", ["offline", "llm", "hybrid"] as const) ?? defaultEngineKind(process.env);
  const lang = stringFlag(args, "lang");
  const json = args.flags.get("json") === true;
  const casesFile = stringFlag(args, "cases");
  const { model } = await loadMenuFile(menuFile);
  if (lang && !model.languages.includes(lang)) throw new UsageError(`--lang ${lang}: the menu's languages are ${model.languages.join(", ")}`);

  if (casesFile) return runBatch(model, kind, casesFile, lang);

  const orders = await openOrderSinkForCli(model);
  try {
    return await runInteractive(model, kind, lang, json, orders.sink);
  } finally {
    await orders.close();
  }
}

async function newSession(model: MenuModel, kind: EngineKind, lang: string | undefined, orders: OrderSink): Promise<KioskSession> {
  const engine = await createEngine(kind, model, { env: process.env, onModelFailure: (err) => console.error(`kiosk: model call failed, answered offline: ${err.message}`) });
  return new KioskSession({ menu: model, engine, orders, ...(lang ? { lang } : {}) });
}

async function runInteractive(model: MenuModel, kind: EngineKind, lang: string | undefined, json: boolean, orders: OrderSink): Promise<number> {
  const session = await newSession(model, kind, lang, orders);
  const turns: TurnRecord[] = [];
  const rl = createInterface({ input: process.stdin, terminal: false });
  for await (const line of rl) {
    const text = line.trim();
    if (!text) continue;
    const out = await session.say(text);
    const reply = out?.reply ?? "";
    turns.push({ user: text, assistant: reply });
    if (!json) console.log(reply);
  }
  if (json) console.log(JSON.stringify(resultOf(session, turns)));
  return 0;
}

export interface ConversationResult {
  cart: SpecCart;
  turns: TurnRecord[];
  order?: { number: number };
}

/** The cart a conversation ended with: the placed order's after a checkout, else the open cart. */
export function resultOf(session: KioskSession, turns: TurnRecord[]): ConversationResult {
  const placed = session.lastOrder;
  const current = session.cart();
  // After a checkout the session starts a fresh cart; report the order that was placed.
  if (placed && current.lines.length === 0 && current.pending.length === 0) {
    return { cart: toSpecCart(placed.cart), turns, order: { number: placed.number } };
  }
  return { cart: toSpecCart(current), turns, ...(placed ? { order: { number: placed.number } } : {}) };
}

async function runBatch(model: MenuModel, kind: EngineKind, casesFile: string, lang: string | undefined): Promise<number> {
  let failures = 0;
  for (const entry of await readCases(casesFile)) {
    if ("error" in entry) {
      console.error(`kiosk: ${casesFile}:${entry.line}: ${entry.error}`);
      failures++;
      continue;
    }
    const c = entry.case;
    try {
      const session = await newSession(model, kind, c.lang ?? lang, new MemoryOrderSink());
      const turns: TurnRecord[] = [];
      for (const t of c.turns) {
        const out = await session.say(t);
        turns.push({ user: t, assistant: out?.reply ?? "" });
      }
      console.log(JSON.stringify({ id: c.id, ...resultOf(session, turns) }));
    } catch (err) {
      console.error(`kiosk: ${casesFile}:${entry.line}: case ${c.id} failed: ${(err as Error).message}`);
      console.log(JSON.stringify({ id: c.id, error: (err as Error).message }));
      failures++;
    }
  }
  return failures > 0 ? 1 : 0;
}
