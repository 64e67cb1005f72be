// Helpers for the end-to-end voice tests: test speech made with espeak-ng at test
// time (16 kHz mono WAV with silence around it) for Chromium's fake microphone, a
// Chromium that listens to that file, and a log of every command and event that
// crossed the WebSocket.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { encodeWav, parseWav, toMono16k } from "../electron/core/voice/wav.ts";
import { chromiumLaunch } from "../test-support/chromium.ts";
import { testEspeak } from "../test-support/espeak/index.ts";


/** One piece of the fake microphone's recording: words in a voice, or silence. */
export type MicPart = { say: string; voice: "ko" | "en-us" } | { silenceMs: number };

/** espeak-ng speech as 16 kHz mono samples. */
export function speak(text: string, voice: string): Int16Array {
  const dir = mkdtempSync(join(tmpdir(), "kiosk-say-"));
  try {
    const file = join(dir, "say.wav");
    execFileSync(testEspeak(), ["-v", voice, "-w", file, text]);
    return toMono16k(parseWav(new Uint8Array(readFileSync(file))));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Writes the fake microphone's recording; returns its path and where each spoken part starts/ends (ms). */
export function micRecording(dir: string, name: string, parts: MicPart[]): { file: string; spans: { text: string; startMs: number; endMs: number }[] } {
  const chunks: Int16Array[] = [];
  const spans: { text: string; startMs: number; endMs: number }[] = [];
  let at = 0;
  for (const p of parts) {
    const samples = "say" in p ? speak(p.say, p.voice) : new Int16Array(Math.round(p.silenceMs * 16));
    if ("say" in p) spans.push({ text: p.say, startMs: at / 16, endMs: (at + samples.length) / 16 });
    chunks.push(samples);
    at += samples.length;
  }
  const all = new Int16Array(at);
  let o = 0;
  for (const c of chunks) {
    all.set(c, o);
    o += c.length;
  }
  const file = join(dir, `${name}.wav`);
  writeFileSync(file, encodeWav(all, 16000));
  return { file, spans };
}

export interface WireLog {
  commands: Record<string, unknown>[];
  events: Record<string, unknown>[];
}

export interface VoiceBrowser {
  context: BrowserContext;
  page: Page;
  wire: WireLog;
  consoleLines: string[];
  close(): Promise<void>;
}

export interface BrowserOptions {
  /** WAV played once as the microphone (Chromium's fake capture device). */
  micFile: string;
  /**
   * Mix the microphone in the page (see micMixerScript): `echoGain` is how loud the
   * kiosk's own voice comes back into it (0 = not at all).
   */
  mixer?: { echoGain: number };
}

export async function openKiosk(url: string, opts: BrowserOptions): Promise<VoiceBrowser> {
  const profile = mkdtempSync(join(tmpdir(), "kiosk-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    ...chromiumLaunch(),
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--use-fake-ui-for-media-stream",
      "--use-fake-device-for-media-stream",
      `--use-file-for-fake-audio-capture=${opts.micFile}%noloop`,
      "--autoplay-policy=no-user-gesture-required",
    ],
    permissions: ["microphone"],
    viewport: { width: 1280, height: 900 },
  });
  await context.addInitScript(recordStreamsScript);
  if (opts.mixer) await context.addInitScript(micMixerScript, opts.mixer.echoGain);
  const page = context.pages()[0] ?? (await context.newPage());
  const wire: WireLog = { commands: [], events: [] };
  const consoleLines: string[] = [];
  const t0 = Date.now();
  page.on("console", (m) => consoleLines.push(`+${Date.now() - t0}ms ${m.type()}: ${m.text()}`));
  page.on("pageerror", (e) => consoleLines.push(`pageerror: ${e.message}`));
  page.on("websocket", (ws) => {
    ws.on("framesent", (f) => pushJson(wire.commands, f.payload));
    ws.on("framereceived", (f) => pushJson(wire.events, f.payload));
    // Transport trouble shows in the log as pseudo-events (names start with "__").
    ws.on("socketerror", (err) => wire.events.push({ type: "__socketerror", error: String(err) }));
    ws.on("close", () => wire.events.push({ type: "__closed" }));
  });
  await page.goto(url);
  return {
    context,
    page,
    wire,
    consoleLines,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

function pushJson(into: Record<string, unknown>[], payload: string | Buffer): void {
  try {
    const v = JSON.parse(typeof payload === "string" ? payload : payload.toString("utf8")) as Record<string, unknown>;
    // Audio payloads are large; keep their size only.
    if (typeof v.wav === "string") v.wav = `${(v.wav as string).length} chars`;
    if (v.type === "audio" && typeof v.data === "string") v.data = `${(v.data as string).length} chars`;
    into.push(v);
  } catch {
    // not JSON: not ours
  }
}

/** Keeps every microphone stream the page opened in window.__micStreams (to unplug it in a test). */
function recordStreamsScript(): void {
  const md = navigator.mediaDevices;
  const original = md.getUserMedia.bind(md);
  const w = window as unknown as { __micStreams: MediaStream[] };
  w.__micStreams = [];
  md.getUserMedia = async (constraints?: MediaStreamConstraints) => {
    const s = await original(constraints);
    w.__micStreams.push(s);
    return s;
  };
}

/**
 * Runs in the page before its scripts: wraps getUserMedia so the stream the voice
 * loop gets is a mix of (1) the fake microphone, (2) the kiosk's own playback from
 * howler's master gain at `echoGain` (a speaker next to the microphone with echo
 * cancellation failing; 0 = none), and (3) whatever the test plays in through
 * window.__sayIntoMic(base64 WAV) — a customer speaking at a moment the test picks.
 */
function micMixerScript(echoGain: number): void {
  const md = navigator.mediaDevices;
  const original = md.getUserMedia.bind(md);
  const w = window as unknown as {
    Howler?: { ctx?: AudioContext; masterGain?: GainNode; volume(): number };
    __echoLoopback?: boolean;
    __sayIntoMic?: (b64: string) => Promise<number>;
  };
  md.getUserMedia = async (constraints?: MediaStreamConstraints) => {
    const real = await original(constraints);
    if (!w.Howler) return real;
    w.Howler.volume(); // creates howler's AudioContext if it does not exist yet
    const ctx = w.Howler.ctx!;
    const dest = ctx.createMediaStreamDestination();
    ctx.createMediaStreamSource(real).connect(dest);
    if (echoGain > 0) {
      const echo = ctx.createGain();
      echo.gain.value = echoGain;
      w.Howler.masterGain!.connect(echo);
      echo.connect(dest);
      w.__echoLoopback = true;
    }
    w.__sayIntoMic = async (b64: string) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const buf = await ctx.decodeAudioData(bytes.buffer);
      const src = ctx.createBufferSource();
      src.buffer = buf;
      src.connect(dest);
      src.start();
      return buf.duration * 1000;
    };
    return dest.stream;
  };
}

/** Plays speech into the page's microphone mix now (needs `mixer` in openKiosk). Resolves with its length, ms. */
export async function sayIntoMic(page: Page, samples: Int16Array): Promise<number> {
  const b64 = Buffer.from(encodeWav(samples, 16000)).toString("base64");
  return page.evaluate((data) => (window as unknown as { __sayIntoMic: (b: string) => Promise<number> }).__sayIntoMic(data), b64);
}

/** Waits until `pred` holds, polling. */
export async function until(pred: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!pred()) {
    if (Date.now() > end) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export const ofType = (list: Record<string, unknown>[], type: string) => list.filter((x) => x.type === type);
