// `kiosk serve --host 0.0.0.0`: the kiosk on the store's network. A client that is
// not a browser needs the pairing token, the admin API answers only on the machine
// itself, and one connection cannot flood the kiosk with turns.
import { execFileSync } from "node:child_process";
import { request as httpsRequest } from "node:https";
import { networkInterfaces } from "node:os";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import type { KioskEvent } from "../../shared/contract.ts";
import { startServe, type ServeProcess } from "../../test-support/kiosk-serve.ts";

/** An address of this machine that is not loopback (the test is skipped on a machine without one). */
const lanAddress = Object.values(networkInterfaces())
  .flat()
  .find((a) => a && a.family === "IPv4" && !a.internal)?.address;

const tmp = mkdtempSync(join(tmpdir(), "kiosk-serve-lan-"));
mkdirSync(join(tmp, "renderer"));
writeFileSync(join(tmp, "renderer", "index.html"), "<!doctype html>");
const TOKEN = "pairing-token-for-tests";
let server: ServeProcess;

beforeAll(async () => {
  if (!lanAddress) return;
  server = await startServe({
    args: ["--host", "0.0.0.0"],
    env: { KIOSK_RENDERER_DIR: join(tmp, "renderer"), KIOSK_DATA_DIR: join(tmp, "data"), KIOSK_MENU: undefined, OPENAI_API_KEY: undefined, KIOSK_ADMIN_PIN: "2580", KIOSK_PAIRING_TOKEN: TOKEN },
  });
}, 90_000);
afterAll(async () => {
  await server?.stop();
  rmSync(tmp, { recursive: true, force: true });
});

function open(host: string, opts: { origin?: string; headers?: Record<string, string>; query?: string } = {}): Promise<{ ws: WebSocket; events: KioskEvent[] }> {
  const ws = new WebSocket(`ws://${host}:${server.port}/ws${opts.query ?? ""}`, { ...(opts.origin ? { origin: opts.origin } : {}), ...(opts.headers ? { headers: opts.headers } : {}) });
  const events: KioskEvent[] = [];
  ws.on("message", (d) => events.push(JSON.parse(String(d)) as KioskEvent));
  return new Promise((resolve, reject) => {
    ws.once("open", () => resolve({ ws, events }));
    ws.once("unexpected-response", (_q, res) => reject(new Error(`refused with ${res.statusCode}`)));
    ws.once("error", reject);
  });
}

describe.skipIf(!lanAddress)("kiosk serve on the store network", () => {
  it("refuses a client with no Origin and no pairing token; lets it in with the token; lets the page's own origin in", async () => {
    await expect(open(lanAddress!)).rejects.toThrow("refused with 403");
    await expect(open(lanAddress!, { headers: { "x-kiosk-pairing": "wrong" } })).rejects.toThrow("refused with 403");
    // Loopback is no exception once the kiosk listens beyond it.
    await expect(open("127.0.0.1")).rejects.toThrow("refused with 403");
    (await open(lanAddress!, { headers: { "x-kiosk-pairing": TOKEN } })).ws.close();
    (await open(lanAddress!, { query: `?token=${TOKEN}` })).ws.close();
    (await open(lanAddress!, { origin: `http://${lanAddress}:${server.port}` })).ws.close();
  });

  it("answers admin commands only on the machine itself", async () => {
    const post = (host: string) =>
      fetch(`http://${host}:${server.port}/admin/api`, { method: "POST", headers: { "content-type": "application/json" }, body: '{"type":"unlock","pin":"2580"}' });
    const remote = await post(lanAddress!);
    expect(remote.status).toBe(403);
    expect(await remote.json()).toMatchObject({ code: "not-local" });
    expect(await (await post("127.0.0.1")).json()).toMatchObject({ type: "unlocked" });
  });

  it("refuses a flood of turns on one connection with an error event, and keeps the connection", async () => {
    const s = await open(lanAddress!, { headers: { "x-kiosk-pairing": TOKEN } });
    s.ws.send(JSON.stringify({ type: "hello", lang: "en" }));
    for (let i = 0; i < 40; i++) s.ws.send(JSON.stringify({ type: "say", text: "one americano" }));
    await expect.poll(() => s.events.filter((e) => e.type === "error" && e.code === "rate-limited").length, { timeout: 10_000 }).toBeGreaterThan(0);
    const replies = () => s.events.filter((e) => e.type === "reply").length;
    await expect.poll(replies, { timeout: 20_000 }).toBeGreaterThan(0);
    expect(s.ws.readyState).toBe(WebSocket.OPEN);
    s.ws.close();
  });
});

describe.skipIf(!lanAddress)("kiosk serve on the store network over TLS", () => {
  it("serves the admin API to another machine when TLS is configured", async () => {
    const dir = join(tmp, "tls");
    mkdirSync(dir);
    // A throw-away self-signed certificate for this machine's addresses.
    execFileSync("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=kiosk", "-addext", `subjectAltName=IP:${lanAddress},IP:127.0.0.1`, "-keyout", join(dir, "key.pem"), "-out", join(dir, "cert.pem")], { stdio: "ignore" });
    const tls = await startServe({
      args: ["--host", "0.0.0.0", "--tls-cert", join(dir, "cert.pem"), "--tls-key", join(dir, "key.pem")],
      env: { KIOSK_RENDERER_DIR: join(tmp, "renderer"), KIOSK_DATA_DIR: join(dir, "data"), KIOSK_MENU: undefined, OPENAI_API_KEY: undefined, KIOSK_ADMIN_PIN: "2580", KIOSK_PAIRING_TOKEN: TOKEN },
    });
    try {
      expect(tls.url).toMatch(/^https:/);
      const ca = readFileSync(join(dir, "cert.pem"));
      const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = httpsRequest({ host: lanAddress, port: tls.port, path: "/admin/api", method: "POST", ca, headers: { "content-type": "application/json" } }, (res) => {
          let body = "";
          res.setEncoding("utf8").on("data", (d: string) => (body += d));
          res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
        });
        req.on("error", reject);
        req.end('{"type":"unlock","pin":"2580"}');
      });
      expect(answer.status).toBe(200);
      expect(JSON.parse(answer.body)).toMatchObject({ type: "unlocked" });
    } finally {
      await tls.stop();
    }
  }, 90_000);
});
