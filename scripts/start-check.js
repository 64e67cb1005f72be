#!/usr/bin/env node
// Checks README's `npm start` the way a new user sees it, for CI and scripts/fresh-check.sh:
// starts `npm start -- --port 0` (any free port: a shared machine may have 8787 taken),
// waits for the address it prints, checks it is still running after --hold seconds
// (default 60) and that the address serves the kiosk's screen, then stops it.
// Prints what `npm start` printed; exits non-zero, saying why, when any step fails.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const holdS = Number(process.argv[process.argv.indexOf("--hold") + 1]) || 60;
const startTimeoutS = 15 * 60; // the first start builds the screen, slowly on a busy machine

// No window: this is a check, not a kiosk.
const env = { ...process.env };
delete env.DISPLAY;
delete env.WAYLAND_DISPLAY;
const child = spawn("npm", ["start", "--", "--port", "0"], { cwd: root, env, stdio: ["ignore", "pipe", "pipe"], detached: true });
let output = "";
for (const stream of [child.stdout, child.stderr]) {
  stream.setEncoding("utf8").on("data", (t) => {
    output += t;
    process.stdout.write(t.replace(/^(?=.)/gm, "  | "));
  });
}
let exited = null;
child.on("exit", (code, signal) => (exited = { code, signal }));

const fail = (why) => {
  console.error(`start-check: FAIL: ${why}`);
  stop();
  process.exit(1);
};
function stop() {
  try {
    process.kill(-child.pid, "SIGTERM"); // npm, the start script and the web host
  } catch {
    // already gone
  }
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const t0 = Date.now();
let url;
while (!url) {
  if (exited) fail(`npm start exited (${exited.code ?? exited.signal}) before printing an address`);
  if (Date.now() - t0 > startTimeoutS * 1000) fail(`npm start printed no address within ${startTimeoutS} s`);
  url = /listening on (http:\/\/\S+)/.exec(output)?.[1];
  await sleep(250);
}
console.log(`start-check: npm start printed ${url} after ${Math.round((Date.now() - t0) / 1000)} s; holding ${holdS} s`);
await sleep(holdS * 1000);
if (exited) fail(`npm start exited (${exited.code ?? exited.signal}) within ${holdS} s of starting`);

// The page, then the first script it loads (the screen itself).
const page = await get(url);
if (!/<div id="root">/.test(page)) fail(`${url} is not the kiosk's page`);
const script = /<script[^>]*src="([^"]+)"/.exec(page)?.[1];
if (!script) fail(`${url} loads no script`);
await get(new URL(script, url).href);

async function get(target) {
  let res;
  try {
    res = await fetch(target);
  } catch (err) {
    fail(`${target} did not answer: ${err.message}`);
  }
  const body = await res.text();
  if (res.status !== 200) fail(`${target} answered ${res.status}`);
  console.log(`start-check: ${target} → ${res.status}, ${body.length} bytes`);
  return body;
}
stop();
const stopped = Date.now();
while (!exited && Date.now() - stopped < 10_000) await sleep(100);
console.log(`start-check: ok (still running after ${holdS} s, serving its address; stopped ${exited ? `with ${exited.code ?? exited.signal}` : "— did not exit within 10 s"})`);
