import { describe, expect, it } from "vitest";
import { allowNavigation, allowPermission, checkIpcCommand, checkIpcSender, isAppUrl, osEncryptionTrusted, type IpcMessage } from "./shell-policy.ts";

const fromScreen = (payload: unknown): IpcMessage => ({ frameUrl: "app://kiosk/index.html", isMainFrame: true, fromKioskWindow: true, payload });

describe("checkIpcCommand: the sender", () => {
  const senders: Array<[string, Partial<IpcMessage>]> = [
    ["another window", { fromKioskWindow: false }],
    ["an iframe", { isMainFrame: false }],
    ["a destroyed frame", { frameUrl: undefined }],
    ["a web page", { frameUrl: "https://evil.example/" }],
    ["a file:// page", { frameUrl: "file:///etc/passwd" }],
    ["another app:// host", { frameUrl: "app://other/index.html" }],
    ["a look-alike host", { frameUrl: "app://kiosk.evil.example/" }],
    ["a credentialed look-alike", { frameUrl: "app://kiosk@evil/" }],
    ["devtools", { frameUrl: "devtools://devtools/bundled/inspector.html" }],
  ];
  it.each(senders)("drops a valid command from %s without answering", (_name, change) => {
    const v = checkIpcCommand({ ...fromScreen({ type: "hello" }), ...change });
    expect(v.ok).toBe(false);
    expect(!v.ok && v.answer).toBeUndefined();
  });

  it("accepts a valid command from the app's main frame, on any app path", () => {
    expect(checkIpcCommand(fromScreen({ type: "touch", action: { type: "clearCart" } }))).toEqual({ ok: true, command: { type: "touch", action: { type: "clearCart" } } });
    expect(checkIpcCommand({ ...fromScreen({ type: "reset" }), frameUrl: "app://kiosk/?admin=1#x" }).ok).toBe(true);
  });
});

describe("checkIpcCommand: the payload", () => {
  const circular: Record<string, unknown> = { type: "hello" };
  circular.self = circular;
  const payloads: Array<[string, unknown, string]> = [
    ["a string that is not JSON", "hello", "bad-command"],
    ["null", null, "bad-command"],
    ["an unknown command", { type: "format" }, "bad-command"],
    ["a wrong type", { type: "say", text: 42 }, "bad-command"],
    ["a circular object", circular, "bad-command"],
    ["a BigInt", { type: "touch", action: { type: "addItem", item: "a", qty: 1n } }, "bad-command"],
    ["an oversize command", { type: "audio", wav: "A".repeat(200) }, "too-large"],
  ];
  it.each(payloads)("answers %s from the screen with an error event", (_name, payload, code) => {
    const v = checkIpcCommand(fromScreen(payload), 100);
    expect(v.ok).toBe(false);
    expect(!v.ok && v.answer).toMatchObject({ type: "error", code });
  });
});

describe("allowPermission", () => {
  const app = "app://kiosk/index.html";
  const cases: Array<[string, Parameters<typeof allowPermission>[0], boolean]> = [
    ["the microphone for the app", { permission: "media", requestingUrl: app, mediaTypes: ["audio"], isMainFrame: true }, true],
    ["a microphone check from the app origin", { permission: "media", requestingUrl: "app://kiosk", mediaTypes: ["audio"], isMainFrame: true }, true],
    ["the camera", { permission: "media", requestingUrl: app, mediaTypes: ["video"], isMainFrame: true }, false],
    ["camera and microphone together", { permission: "media", requestingUrl: app, mediaTypes: ["audio", "video"], isMainFrame: true }, false],
    ["media of no stated kind", { permission: "media", requestingUrl: app, isMainFrame: true }, false],
    ["an unknown media kind", { permission: "media", requestingUrl: app, mediaTypes: ["unknown"], isMainFrame: true }, false],
    ["the microphone for an iframe", { permission: "media", requestingUrl: app, mediaTypes: ["audio"], isMainFrame: false }, false],
    ["the microphone for a web page", { permission: "media", requestingUrl: "https://evil.example/", mediaTypes: ["audio"], isMainFrame: true }, false],
    ["notifications", { permission: "notifications", requestingUrl: app, isMainFrame: true }, false],
    ["geolocation", { permission: "geolocation", requestingUrl: app, isMainFrame: true }, false],
    ["screen capture", { permission: "display-capture", requestingUrl: app, mediaTypes: ["audio"], isMainFrame: true }, false],
    ["opening external links", { permission: "openExternal", requestingUrl: app, isMainFrame: true }, false],
  ];
  it.each(cases)("%s -> %s", (_name, req, allowed) => {
    expect(allowPermission(req)).toBe(allowed);
  });
});

describe("allowNavigation and isAppUrl", () => {
  it.each([
    ["app://kiosk/index.html", true],
    ["app://kiosk/", true],
    ["https://example.com/", false],
    ["http://127.0.0.1:8787/", false],
    ["file:///home/", false],
    ["javascript:alert(1)", false],
    ["app://kiosk.example/", false],
    ["not a url", false],
  ])("%s -> %s", (url, ok) => {
    expect(allowNavigation(url)).toBe(ok);
    expect(isAppUrl(url)).toBe(ok);
  });
});

describe("checkIpcSender (admin requests use it too)", () => {
  const screen = { frameUrl: "app://kiosk/index.html", isMainFrame: true, fromKioskWindow: true };
  it.each([
    ["the app's main frame", {}, true],
    ["another window", { fromKioskWindow: false }, false],
    ["an iframe", { isMainFrame: false }, false],
    ["a frame that is gone", { frameUrl: undefined }, false],
    ["a data: page", { frameUrl: "data:text/html,hi" }, false],
    ["a web page", { frameUrl: "https://evil.example/" }, false],
  ] as Array<[string, Partial<typeof screen>, boolean]>)("%s -> %s", (_name, change, ok) => {
    const v = checkIpcSender({ ...screen, ...change });
    expect(v.ok).toBe(ok);
    if (!v.ok) expect(v.reason).toMatch(/^sender /);
  });
});

describe("osEncryptionTrusted", () => {
  it.each([
    ["macOS keychain", { platform: "darwin", available: true }, true],
    ["Windows DPAPI", { platform: "win32", available: true }, true],
    ["Linux with libsecret", { platform: "linux", available: true, linuxBackend: "gnome_libsecret" }, true],
    ["Linux with KWallet 5", { platform: "linux", available: true, linuxBackend: "kwallet5" }, true],
    // basic_text is a key hard-coded in Chromium: not a secret store.
    ["Linux without a keyring (basic_text)", { platform: "linux", available: true, linuxBackend: "basic_text" }, false],
    ["Linux before the backend is known", { platform: "linux", available: true, linuxBackend: "unknown" }, false],
    ["Linux, backend not asked", { platform: "linux", available: true }, false],
    ["no encryption at all", { platform: "darwin", available: false }, false],
  ] as Array<[string, Parameters<typeof osEncryptionTrusted>[0], boolean]>)("%s -> %s", (_name, state, want) => {
    expect(osEncryptionTrusted(state)).toBe(want);
  });
});
