// LLM engine benchmark, against the fake OpenAI server over real HTTP with the real SDK:
// 1. the engine's own time per LLM turn (prompt and tools, SDK, HTTP client, stream
//    parsing, tool calls through the cart, read-back), i.e. the turn's wall time minus
//    the time the server spent answering, measured server-side; the server runs in its
//    own process and answers at once (no simulated model latency). Target: p95 < 20 ms.
//    Also the CPU time this process spent per turn, which a busy machine disturbs less.
// 2. the share of case turns (the demo café's and the snack bar's, from the offline
//    engine's fixtures) the hybrid engine answers without calling the model (the fake
//    server records every call).
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadMenuFileSync } from "../electron/core/menu/load.ts";
import type { BenchResult } from "./run.ts";
import { summarize } from "./stats.ts";
import { testMenu, fullOptions, kioskHarness, TEST_LIMITS } from "../test-support/fake-openai/kiosk-harness.ts";
import { OpenAiChatModel } from "../electron/core/providers/chat-openai.ts";
import { createLlmEngine } from "../electron/core/dialogue/llm/engine.ts";
import { createOfflineEngine } from "../electron/core/dialogue/offline/engine.ts";
import { KioskSession } from "../electron/core/session/session.ts";
import { MemoryOrderSink } from "../electron/core/session/orders.ts";
import { startFakeOpenAI, type ReplyStep } from "../test-support/fake-openai/index.ts";
import { TOOL } from "../electron/core/dialogue/llm/tools.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const WARMUP_TURNS = 40;

/** The customer turns of each case in a case file (one JSON object a line). */
function readTurns(file: string): { turns: string[] }[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { turns: string[] });
}
const MEASURED_TURNS = 400;

/** Starts the fake server in its own process, answering each customer sentence with its scripted step. */
async function startChildFake(script: Record<string, ReplyStep[]>): Promise<{ baseUrl: string; stop: () => void }> {
  const child = spawn(process.execPath, ["bin/run-ts.js", "test-support/fake-openai/child.ts"], {
    cwd: fileURLToPath(new URL("..", import.meta.url)),
    env: { ...process.env, FAKE_OPENAI_SCRIPT: JSON.stringify({ byUserText: script }) },
    stdio: ["pipe", "pipe", "inherit"],
  });
  const baseUrl = await new Promise<string>((resolve, reject) => {
    let out = "";
    child.stdout.on("data", (b: Buffer) => {
      out += b.toString();
      const m = /listening (\S+)/.exec(out);
      if (m) resolve(m[1]!);
    });
    child.on("exit", (code) => reject(new Error(`fake server exited (${code})`)));
  });
  return { baseUrl, stop: () => child.kill("SIGTERM") };
}

async function engineOverhead(): Promise<Record<string, number>> {
  const menu = testMenu("cafe");
  const turns: { say: string; model: ReplyStep }[] = [
    {
      say: "아이스 아메리카노 두 잔이랑 치즈케이크 하나요",
      model: {
        toolCalls: [
          {
            name: TOOL.addItems,
            arguments: {
              items: [
                { item: "americano", qty: 2, options: fullOptions(menu, { temp: "iced" }) },
                { item: "cheesecake", qty: 1, options: fullOptions(menu) },
              ],
            },
          },
        ],
      },
    },
    { say: "디카페인도 돼요?", model: { text: "네, 디카페인으로 바꿀 수 있어요. 어떤 음료로 드릴까요?" } },
    { say: "라떼도 하나 오트 우유로요", model: { toolCalls: [{ name: TOOL.addItems, arguments: { items: [{ item: "cafe-latte", qty: 1, options: fullOptions(menu, { milk: "oat" }) }] } }] } },
    { say: "포장이요", model: { toolCalls: [{ name: TOOL.setOrderOption, arguments: { group: "dining", choice: "togo" } }] } },
  ];
  const fake = await startChildFake(Object.fromEntries(turns.map((t) => [t.say, [{ ...t.model, chunkChars: 6 }]])));
  try {
    const chat = new OpenAiChatModel({ apiKey: "bench", baseUrl: fake.baseUrl, model: "gpt-bench", limits: TEST_LIMITS });
    const engine = createLlmEngine({ chat, fallback: createOfflineEngine(menu) });
    const samples: { wallMs: number; cpuMs: number; tool: boolean }[] = [];
    let session = new KioskSession({ menu, engine, orders: new MemoryOrderSink() });
    for (let i = 0; i < WARMUP_TURNS + MEASURED_TURNS; i++) {
      if (i % turns.length === 0) session = new KioskSession({ menu, engine, orders: new MemoryOrderSink() });
      const t = turns[i % turns.length]!;
      const cpu0 = process.cpuUsage();
      const t0 = performance.now();
      const out = await session.say(t.say);
      const wallMs = performance.now() - t0;
      const cpu = process.cpuUsage(cpu0);
      if (!out || out.engine !== "llm") throw new Error(`turn ${i} was not answered by the LLM engine`);
      samples.push({ wallMs, cpuMs: (cpu.user + cpu.system) / 1000, tool: !!t.model.toolCalls });
    }
    const recorded = (await (await fetch(`${fake.baseUrl}/__fake/requests`)).json()) as { serverMs: number | null }[];
    if (recorded.length !== samples.length) throw new Error(`expected one model call per turn, got ${recorded.length} for ${samples.length} turns`);
    const measured = samples.map((s, i) => ({ ...s, engineMs: s.wallMs - (recorded[i]!.serverMs ?? 0), serverMs: recorded[i]!.serverMs ?? 0 })).slice(WARMUP_TURNS);
    const wall = summarize(measured.map((s) => s.engineMs));
    const cpu = summarize(measured.map((s) => s.cpuMs));
    return {
      engineTurnMedianMs: wall.medianMs,
      engineTurnP95Ms: wall.p95Ms,
      engineTurnP99Ms: wall.p99Ms,
      toolTurnP95Ms: summarize(measured.filter((s) => s.tool).map((s) => s.engineMs)).p95Ms,
      textTurnP95Ms: summarize(measured.filter((s) => !s.tool).map((s) => s.engineMs)).p95Ms,
      engineCpuMedianMs: cpu.medianMs,
      engineCpuP95Ms: cpu.p95Ms,
      serverMedianMs: summarize(measured.map((s) => s.serverMs)).medianMs,
      turns: wall.n,
      loadAverage1m: Number(loadavg()[0]!.toFixed(2)),
    };
  } finally {
    fake.stop();
  }
}

async function hybridShare(): Promise<Record<string, number>> {
  const fake = await startFakeOpenAI();
  // The model's answer does not matter here, only whether it was asked.
  fake.chat.respondWith(() => ({ text: "네." }));
  const out: Record<string, number> = {};
  let offlineTotal = 0;
  let turnsTotal = 0;
  try {
    // The project's own stores and customers: the demo café and the snack bar of the
    // offline engine's fixtures, each with its case files.
    for (const [name, menuFile, caseFiles] of [
      ["demoCafe", "assets/menu/demo-cafe.menu.json", ["demo-cafe-cases.jsonl", "demo-cafe-cases-en.jsonl"]],
      ["bunsik", "electron/core/dialogue/offline/fixtures/bunsik.menu.json", ["bunsik-cases.jsonl", "bunsik-cases-2.jsonl"]],
    ] as const) {
      const menu = loadMenuFileSync(join(ROOT, menuFile)).model;
      let offline = 0;
      let turns = 0;
      for (const c of caseFiles.flatMap((f) => readTurns(join(ROOT, "electron/core/dialogue/offline/fixtures", f)))) {
        const h = await kioskHarness({ fake, menu, kind: "hybrid" });
        for (const t of c.turns) {
          const before = fake.chat.calls.length;
          await h.say(t);
          turns++;
          if (fake.chat.calls.length === before) offline++;
        }
      }
      out[`${name}OfflineShare`] = Number((offline / turns).toFixed(3));
      out[`${name}Turns`] = turns;
      offlineTotal += offline;
      turnsTotal += turns;
    }
    out.offlineShare = Number((offlineTotal / turnsTotal).toFixed(3));
    out.turns = turnsTotal;
    return out;
  } finally {
    await fake.close();
  }
}

const TARGET_P95_MS = 20;

export async function run(): Promise<BenchResult> {
  const overhead = await engineOverhead();
  const hybrid = await hybridShare();
  return { ...overhead, ...Object.fromEntries(Object.entries(hybrid).map(([k, v]) => [`hybrid_${k}`, v])), targetEngineTurnP95Ms: TARGET_P95_MS };
}

export function missedTargets(result: BenchResult): string[] {
  const p95 = result.engineTurnP95Ms as number;
  return p95 < TARGET_P95_MS ? [] : [`LLM engine's own time per turn p95 is ${p95} ms (goal < ${TARGET_P95_MS} ms)`];
}
