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

export interface IpcMessage {
  /** URL of the frame that sent it (event.senderFrame.url); undefined when the frame is gone. */
  frameUrl: string | undefined;
  /** The sender is the kiosk window's main frame (not an iframe). */
  isMainFrame: boolean;
  /** The sender is the kiosk window's webContents (not some other window). */
  fromKioskWindow: boolean;
  payload: unknown;
}

export type IpcVerdict =
  | { ok: true; command: Command }
  /** Not from our screen: drop it without an answer (there is nobody trusted to answer). */
  | { ok: false; answer: undefined; reason: string }
  /** From our screen but malformed: answer with an error event, change nothing. */
  | { ok: false; answer: KioskEvent; reason: string };

export function checkIpcCommand(msg: IpcMessage, maxBytes = MAX_COMMAND_BYTES): IpcVerdict {
  if (!msg.fromKioskWindow) return { ok: false, answer: undefined, reason: "sender is not the kiosk window" };
  if (!msg.isMainFrame) return { ok: false, answer: undefined, reason: "sender is not the main frame" };
  if (!isAppUrl(msg.frameUrl)) return { ok: false, answer: undefined, reason: `sender frame is not the app (${String(msg.frameUrl).slice(0, 100)})` };
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

function jsonBytes(value: unknown): number | undefined {
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

/** Full-screen kiosk mode: KIOSK_FULLSCREEN=1 (or true/yes) or `--kiosk` on the command line. */
export function kioskModeWanted(env: Record<string, string | undefined>, argv: readonly string[]): boolean {
  const v = env.KIOSK_FULLSCREEN?.trim().toLowerCase();
  if (v === "0" || v === "false" || v === "no") return false;
  return v === "1" || v === "true" || v === "yes" || argv.includes("--kiosk");
}
