// `kiosk converse`: a text conversation with the order dialogue, interactive or
// batch (`--cases`). Batch cases each run in a fresh session with a throw-away
// order store, and a bad case never stops the others.
import { readFile } from "node:fs/promises";
import { createInterface } from "node:readline";
import { loadMenuFile } from "../core/menu/load.ts";
import type { MenuModel } from "../../shared/menu/model.ts";
import { toSpecCart } from "../core/cart/cart.ts";
import { createEngine, defaultEngineKind, type EngineKind } from "../core/dialogue/factory.ts";
import { KioskSession } from "../core/session/session.ts";
import { MemoryOrderSink, type OrderSink } from "../core/session/orders.ts";
import { oneOf, parseArgs, stringFlag, UsageError } from "./args.ts";
import { openOrderSinkForCli } from "./order-sink.ts";

interface TurnRecord {
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

function resultOf(session: KioskSession, turns: TurnRecord[]): Record<string, unknown> {
  const placed = session.lastOrder;
  const current = session.cart();
  // After a checkout the session starts a fresh cart; report the order that was placed.
  if (placed && current.lines.length === 0 && current.pending.length === 0) {
    return { cart: toSpecCart(placed.cart), turns, order: { number: placed.number } };
  }
  return { cart: toSpecCart(current), turns, ...(placed ? { order: { number: placed.number } } : {}) };
}

async function runBatch(model: MenuModel, kind: EngineKind, casesFile: string, lang: string | undefined): Promise<number> {
  let text: string;
  try {
    text = await readFile(casesFile, "utf8");
  } catch (err) {
    throw new UsageError(`cannot read cases file ${casesFile}: ${(err as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (err as Error).message}`);
  }
  let failures = 0;
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!.trim();
    if (!raw) continue;
    const c = parseCase(raw);
    if ("error" in c) {
      console.error(`kiosk: ${casesFile}:${i + 1}: ${c.error}`);
      failures++;
      continue;
    }
    try {
      const session = await newSession(model, kind, c.lang ?? lang, new MemoryOrderSink());
      const turns: TurnRecord[] = [];
      for (const t of c.turns) {
        const out = await session.say(t);
        turns.push({ user: t, assistant: out?.reply ?? "" });
      }
      console.log(JSON.stringify({ id: c.id, ...resultOf(session, turns) }));
    } catch (err) {
      console.error(`kiosk: ${casesFile}:${i + 1}: case ${c.id} failed: ${(err as Error).message}`);
      console.log(JSON.stringify({ id: c.id, error: (err as Error).message }));
      failures++;
    }
  }
  return failures > 0 ? 1 : 0;
}

function parseCase(raw: string): { id: string; turns: string[]; lang?: string } | { error: string } {
  let v: unknown;
  try {
    v = JSON.parse(raw);
  } catch {
    return { error: "not a JSON object" };
  }
  if (typeof v !== "object" || v === null) return { error: "not a JSON object" };
  const o = v as Record<string, unknown>;
  if (typeof o.id !== "string" && typeof o.id !== "number") return { error: 'case has no "id"' };
  if (!Array.isArray(o.turns) || !o.turns.every((t) => typeof t === "string")) return { error: `case ${String(o.id)}: "turns" must be a list of strings` };
  return { id: String(o.id), turns: o.turns as string[], ...(typeof o.lang === "string" ? { lang: o.lang } : {}) };
}
