// The fake OpenAI server in its own process, for benchmarks (so the server's CPU
// time is not the client's) and for trying the CLI against it by hand:
//
//   FAKE_OPENAI_SCRIPT='{"default":{"text":"네."}}' node bin/run-ts.js test-support/fake-openai/child.ts
//   → prints "listening http://127.0.0.1:PORT/v1", runs until stdin closes or SIGTERM.
//
// FAKE_OPENAI_SCRIPT (JSON): { "byUserText": { "<customer words>": [step, ...] }, "default": step }.
// A customer sentence gets its steps in turn (cycling); anything else gets `default`.
// GET /v1/__fake/requests answers the recorded requests (seq, path, serverMs, clientClosedEarly).
import { lastUserText, type ChatStep } from "./chat.ts";
import { startFakeOpenAI } from "./index.ts";
import { sendJson } from "./server.ts";

interface ChildScript {
  byUserText?: Record<string, ChatStep[]>;
  default?: ChatStep;
}

const script = JSON.parse(process.env.FAKE_OPENAI_SCRIPT ?? "{}") as ChildScript;
const fake = await startFakeOpenAI();
const turnNo = new Map<string, number>();
fake.chat.respondWith((req) => {
  const text = lastUserText(req.body);
  const steps = script.byUserText?.[text];
  if (steps && steps.length > 0) {
    const n = turnNo.get(text) ?? 0;
    turnNo.set(text, n + 1);
    return steps[n % steps.length]!;
  }
  return script.default ?? { kind: "error", status: 500, message: `fake: nothing scripted for "${text}"` };
});
fake.server.route("GET", "/v1/__fake/requests", (_req, res) => {
  sendJson(
    res,
    200,
    fake.server.requests.filter((r) => r.path !== "/v1/__fake/requests").map((r) => ({ seq: r.seq, path: r.path, serverMs: r.serverMs ?? null, clientClosedEarly: r.clientClosedEarly })),
  );
});

console.log(`listening ${fake.baseUrl}`);
const stop = () => void fake.close().then(() => process.exit(0));
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
process.stdin.on("end", stop);
process.stdin.resume();
