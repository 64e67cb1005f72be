// `kiosk eval`: how well an engine understands a store's customers. Runs every case of a
// case file (docs/eval.md) in a fresh session, compares the final cart with the expected
// one, and prints the failures with their differences and the exact-cart accuracy. For
// the hybrid engine it also counts the turns handed to the model and scores the cases
// the offline engine answered alone (every turn), which is what hybrid mode trusts
// without the model; `--no-model` measures that with a model that never acts.
import { loadMenuFile } from "../core/menu/load.ts";
import type { MenuModel } from "../../shared/menu/model.ts";
import { cartDifferences } from "../core/cart/score.ts";
import { refusalsKept, refusesSomething } from "../core/cart/refusals-kept.ts";
import { createEngine, defaultEngineKind, type EngineKind } from "../core/dialogue/factory.ts";
import type { DialogueEngine, HandOffReceiver } from "../core/dialogue/engine.ts";
import { createOfflineEngine } from "../core/dialogue/offline/engine.ts";
import { createHybridEngine } from "../core/dialogue/hybrid.ts";
import { KioskSession } from "../core/session/session.ts";
import { MemoryOrderSink } from "../core/session/orders.ts";
import { oneOf, parseArgs, stringFlag, UsageError } from "./args.ts";
import { readCases, type Case } from "./cases.ts";
import { resultOf, type TurnRecord } from "./converse.ts";

export interface CaseScore {
  id: string;
  lang?: string;
  turns: TurnRecord[];
  problems: string[];
  /** Turns of this case handed to the model (hybrid only). */
  turnsToModel: number;
  /** What a refusal named that the cart has and the expected cart does not. */
  refusedKept?: string[];
}

export interface EvalSummary {
  engine: EngineKind;
  noModel: boolean;
  cases: number;
  pass: number;
  fail: number;
  accuracy: number;
  /** Lines of the case file that could not be read or run. */
  errors: string[];
  failures: CaseScore[];
  /** Cases whose words refuse something, and those whose cart kept a refused thing (refusals-kept.ts). */
  refusals: { cases: number; kept: string[] };
  hybrid?: {
    turns: number;
    turnsToModel: number;
    casesToModel: number;
    casesAlone: number;
    passAlone: number;
    /** Share of cases answered without the model. */
    coverageAlone: number;
    /** Share of those that were right. */
    accuracyAlone: number;
    /** Cases answered alone that were wrong (what hybrid would have got wrong without asking). */
    wrongAlone: string[];
    /** Every case answered alone (with --json: which conversations the model never saw). */
    alone: string[];
  };
}

/** A model that never acts: hybrid's hand-offs are counted, the cart is left as it is. */
const silentModel: DialogueEngine & HandOffReceiver = {
  name: "llm",
  async turn() {
    return { reply: "", lang: "en", understood: false, engine: "llm" };
  },
  acceptHandOff() {}, // it remembers nothing
};

interface Counting {
  engine: DialogueEngine;
  modelTurns(): number;
}

async function engineFor(kind: EngineKind, noModel: boolean, menu: MenuModel): Promise<Counting> {
  if (noModel) {
    let calls = 0;
    const counted: DialogueEngine & HandOffReceiver = { ...silentModel, turn: (input, ctx) => (calls++, silentModel.turn(input, ctx)) };
    return { engine: createHybridEngine({ offline: await createOfflineEngine(menu), llm: counted }), modelTurns: () => calls };
  }
  const engine = await createEngine(kind, menu, { env: process.env, onModelFailure: (err) => console.error(`kiosk: model call failed, answered offline: ${err.message}`) });
  const stats = (engine as { stats?: { llm: number } }).stats;
  return { engine, modelTurns: () => (kind === "llm" ? Number.NaN : (stats?.llm ?? 0)) };
}

export async function evaluate(menu: MenuModel, cases: readonly Case[], kind: EngineKind, noModel: boolean): Promise<Omit<EvalSummary, "errors">> {
  const scores: CaseScore[] = [];
  let turns = 0;
  for (const c of cases) {
    const { engine, modelTurns } = await engineFor(kind, noModel, menu);
    const session = new KioskSession({ menu, engine, orders: new MemoryOrderSink(), ...(c.lang ? { lang: c.lang } : {}) });
    const record: TurnRecord[] = [];
    for (const t of c.turns) {
      const out = await session.say(t);
      record.push({ user: t, assistant: out?.reply ?? "" });
    }
    turns += c.turns.length;
    const result = resultOf(session, record);
    const problems = c.expect ? cartDifferences(menu, c.expect, result.cart) : ["the case has no expected cart"];
    const kept = c.expect ? refusalsKept(menu, c.turns, c.expect.lines, result.cart.lines) : [];
    scores.push({ id: c.id, ...(c.lang ? { lang: c.lang } : {}), turns: record, problems, turnsToModel: modelTurns(), ...(kept.length ? { refusedKept: kept } : {}) });
  }
  const pass = scores.filter((s) => s.problems.length === 0).length;
  const summary: Omit<EvalSummary, "errors"> = {
    engine: kind,
    noModel,
    cases: scores.length,
    pass,
    fail: scores.length - pass,
    accuracy: pass / Math.max(1, scores.length),
    failures: scores.filter((s) => s.problems.length > 0),
    refusals: { cases: cases.filter((c) => refusesSomething(c.turns)).length, kept: scores.filter((s) => s.refusedKept).map((s) => s.id) },
  };
  if (kind === "hybrid") {
    const alone = scores.filter((s) => s.turnsToModel === 0);
    const passAlone = alone.filter((s) => s.problems.length === 0).length;
    summary.hybrid = {
      turns,
      turnsToModel: scores.reduce((n, s) => n + s.turnsToModel, 0),
      casesToModel: scores.length - alone.length,
      casesAlone: alone.length,
      passAlone,
      coverageAlone: alone.length / Math.max(1, scores.length),
      accuracyAlone: passAlone / Math.max(1, alone.length),
      wrongAlone: alone.filter((s) => s.problems.length > 0).map((s) => s.id),
      alone: alone.map((s) => s.id),
    };
  }
  return summary;
}

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;

export function formatSummary(s: EvalSummary, casesFile: string): string {
  const out: string[] = [];
  for (const f of s.failures) {
    out.push(`FAIL ${f.id}${f.lang ? ` [${f.lang}]` : ""} ${JSON.stringify(f.turns.map((t) => t.user))}`);
    for (const p of f.problems) out.push(`    ${p}`);
    if (f.refusedKept) out.push(`    refused but kept: ${f.refusedKept.join(", ")}`);
  }
  for (const e of s.errors) out.push(`ERROR ${e}`);
  out.push(`${s.engine}${s.noModel ? " (no model)" : ""} on ${casesFile}: ${s.pass} of ${s.cases} cases right, accuracy ${pct(s.accuracy)}`);
  out.push(`refusals: ${s.refusals.cases} cases refuse something; the cart kept a refused thing in ${s.refusals.kept.length}${s.refusals.kept.length ? ` (${s.refusals.kept.join(", ")})` : ""}`);
  if (s.hybrid) {
    const h = s.hybrid;
    out.push(`handed to the model: ${h.turnsToModel} of ${h.turns} turns, ${h.casesToModel} of ${s.cases} cases`);
    out.push(`answered alone: ${h.casesAlone} cases (${pct(h.coverageAlone)}), right ${h.passAlone} (${pct(h.accuracyAlone)})${h.wrongAlone.length ? `; wrong alone: ${h.wrongAlone.join(", ")}` : ""}`);
  }
  return out.join("\n");
}

export async function runEval(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ["json", "no-model"]);
  const menuFile = stringFlag(args, "menu") ?? process.env.KIOSK_MENU;
  if (!menuFile) throw new UsageError("eval needs --menu FILE (or KIOSK_MENU)");
  const casesFile = stringFlag(args, "cases");
  if (!casesFile) throw new UsageError("eval needs --cases FILE.jsonl");
  const noModel = args.flags.get("no-model") === true;
  const kind = oneOf(args, "engine", ["offline", "llm", "hybrid"] as const) ?? (noModel ? "hybrid" : defaultEngineKind(process.env));
  if (noModel && kind !== "hybrid") throw new UsageError("--no-model measures the hybrid engine: use it with --engine hybrid");
  const { model } = await loadMenuFile(menuFile);
  const entries = await readCases(casesFile);
  const errors = entries.flatMap((e) => ("error" in e ? [`${casesFile}:${e.line}: ${e.error}`] : []));
  const cases = entries.flatMap((e) => ("case" in e ? [e.case] : []));
  const summary: EvalSummary = { ...(await evaluate(model, cases, kind, noModel)), errors };
  console.log(args.flags.get("json") === true ? JSON.stringify(summary) : formatSummary(summary, casesFile));
  return 0;
}
