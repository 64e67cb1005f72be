// The app:// protocol's answers: the app's own files, nothing else, always with the
// security headers (main.ts passes the window's requests here unchanged).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { serveAppFile } from "./app-protocol.ts";
import { APP_ORIGIN } from "./ipc-channels.ts";

const tmp = mkdtempSync(join(tmpdir(), "kiosk-app-protocol-"));
mkdirSync(join(tmp, "app", "assets"), { recursive: true });
writeFileSync(join(tmp, "app", "index.html"), "<!doctype html><title>kiosk</title>");
writeFileSync(join(tmp, "app", "assets", "app.js"), "console.log(1)");
writeFileSync(join(tmp, "secret.txt"), "secret");
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const mounts = [{ prefix: "/", dir: join(tmp, "app"), index: "index.html" }];

describe("app:// answers", () => {
  it.each<{ name: string; url: string; method?: string; status: number; body?: string; type?: RegExp }>([
    { name: "the screen's page", url: `${APP_ORIGIN}/`, status: 200, body: "<!doctype html><title>kiosk</title>", type: /text\/html/ },
    { name: "a script of the screen", url: `${APP_ORIGIN}/assets/app.js`, status: 200, body: "console.log(1)", type: /javascript/ },
    { name: "HEAD: the headers, no body", url: `${APP_ORIGIN}/assets/app.js`, method: "HEAD", status: 200, body: "", type: /javascript/ },
    { name: "a file that is not there", url: `${APP_ORIGIN}/nothing.js`, status: 404 },
    { name: "a way out of the served folder", url: `${APP_ORIGIN}/..%2fsecret.txt`, status: 404, body: "not found" },
    { name: "another host of the scheme", url: "app://elsewhere/index.html", status: 404 },
    { name: "a POST", url: `${APP_ORIGIN}/`, method: "POST", status: 405 },
  ])("$name: $status", async ({ url, method = "GET", status, body, type }) => {
    const res = await serveAppFile(mounts, new Request(url, { method }));
    expect(res.status).toBe(status);
    if (body !== undefined) expect(await res.text()).toBe(body);
    if (type) expect(res.headers.get("content-type")).toMatch(type);
    if (status !== 405 && !url.startsWith("app://elsewhere")) expect(res.headers.get("content-security-policy")).toBeTruthy();
  });
});
