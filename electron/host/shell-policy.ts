// The Electron shell's security decisions as pure functions, so they are tested
// without Electron: which IPC messages main accepts (sender AND payload), which
// permission requests are granted (the microphone, nothing else), where the window
// may navigate (nowhere outside the app). electron/main.ts only wires them up.
import type { Command, KioskEvent } from "../../shared/contract.ts";
import { parseCommand } from "../../shared/contract.ts";
import { APP_HOST, APP_SCHEME } from "./ipc-channels.ts";
import { MAX_COMMAND_BYTES } from "./kiosk-host.ts";

/** True when the URL belongs to the kiosk's own app:// origin. */
export function isAppUrl(url: string | undefined | null): boolean {
  if (!url) return false;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  // Node's URL gives custom schemes an opaque origin ("null"), so compare the parts.
  return u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST && u.username === "" && u.password === "";
}

/** Who sent an IPC message (customer commands and admin requests alike). */
export interface IpcSender {
  /** URL of the frame that sent it (event.senderFrame.url); undefined when the frame is gone. */
  frameUrl: string | undefined;
  /** The sender is the kiosk window's main frame (not an iframe). */
  isMainFrame: boolean;
  /** The sender is the kiosk window's webContents (not some other window). */
  fromKioskWindow: boolean;
}

export interface IpcMessage extends IpcSender {
  payload: unknown;
}

/** Only the kiosk window's own main frame, showing the app, may talk to main. */
export function checkIpcSender(sender: IpcSender): { ok: true } | { ok: false; reason: string } {
  if (!sender.fromKioskWindow) return { ok: false, reason: "sender is not the kiosk window" };
  if (!sender.isMainFrame) return { ok: false, reason: "sender is not the main frame" };
  if (!isAppUrl(sender.frameUrl)) return { ok: false, reason: `sender frame is not the app (${String(sender.frameUrl).slice(0, 100)})` };
  return { ok: true };
}

export type IpcVerdict =
  | { ok: true; command: Command }
  /** Not from our screen: drop it without an answer (there is nobody trusted to answer). */
  | { ok: false; answer: undefined; reason: string }
  /** From our screen but malformed: answer with an error event, change nothing. */
  | { ok: false; answer: KioskEvent; reason: string };

export function checkIpcCommand(msg: IpcMessage, maxBytes = MAX_COMMAND_BYTES): IpcVerdict {
  const sender = checkIpcSender(msg);
  if (!sender.ok) return { ok: false, answer: undefined, reason: sender.reason };
  const size = jsonBytes(msg.payload);
  if (size === undefined) return refuse("bad-command", "the command is not JSON-serialisable");
  if (size > maxBytes) return refuse("too-large", `the command is ${size} bytes; the limit is ${maxBytes}`);
  const parsed = parseCommand(msg.payload);
  if (!parsed.ok) return refuse("bad-command", parsed.message);
  return { ok: true, command: parsed.value };
}

function refuse(code: string, message: string): IpcVerdict {
  return { ok: false, answer: { type: "error", code, message }, reason: message };
}

/** Size of a payload as JSON (a string counts as itself); undefined when it cannot be JSON. */
export function jsonBytes(value: unknown): number | undefined {
  try {
    const text = typeof value === "string" ? value : JSON.stringify(value);
    return text === undefined ? 0 : Buffer.byteLength(text, "utf8");
  } catch {
    return undefined;
  }
}

export interface PermissionRequest {
  permission: string;
  /** The URL (request handler) or origin (check handler) asking. */
  requestingUrl: string | undefined;
  /** For "media" requests: which kinds ("audio", "video"); for checks: the one kind. */
  mediaTypes?: readonly string[];
  /** Asked by the main frame (an iframe gets nothing). */
  isMainFrame: boolean;
}

/** Only the microphone, only for the app itself. Camera, screen capture, notifications... all refused. */
export function allowPermission(req: PermissionRequest): boolean {
  if (req.permission !== "media" || !req.isMainFrame) return false;
  if (!isAppUrl(req.requestingUrl)) return false;
  const kinds = req.mediaTypes ?? [];
  return kinds.length > 0 && kinds.every((k) => k === "audio");
}

/** The window stays on the app: a reload is fine, anything else (links, drops, redirects) is not. */
export function allowNavigation(url: string): boolean {
  return isAppUrl(url);
}

/**
 * Whether Electron's safeStorage really encrypts here. On Linux without a keyring it
 * falls back to "basic_text" (a key hard-coded in Chromium), which would put API keys
 * on disk in effect in the clear while the admin screen says "stored encrypted": the
 * kiosk then refuses to store secrets, and they come from the environment.
 */
export function osEncryptionTrusted(state: { platform: string; available: boolean; linuxBackend?: string | undefined }): boolean {
  if (!state.available) return false;
  if (state.platform !== "linux") return true;
  return state.linuxBackend !== undefined && state.linuxBackend !== "basic_text" && state.linuxBackend !== "unknown";
}
