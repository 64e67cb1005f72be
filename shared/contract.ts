// The one contract between the screen (renderer) and the Node side, whichever
// transport carries it (Electron IPC or the web host's WebSocket). Every payload
// is validated on arrival with these schemas; types are derived from them.
import { z } from "zod";
import { cartViewSchema } from "./cart.ts";
import { optionValueSchema } from "./menu/schema.ts";

const id = z.string().min(1).max(64);
/** The longest announcement the screen may ask for (a whole cart read back fits). */
export const ANNOUNCE_MAX_CHARS = 1200;
const options = z.record(z.string().max(64), optionValueSchema);

/** Named customer actions: the screen's single entry point into the session. */
export const touchActionSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("addItem"), item: id, qty: z.number().int().min(1).max(99), options: options.optional() }),
  z.object({ type: z.literal("removeLine"), lineId: id }),
  z.object({ type: z.literal("setQty"), lineId: id, qty: z.number().int().min(0).max(99) }),
  z.object({ type: z.literal("setLineOptions"), lineId: id, options }),
  z.object({ type: z.literal("setOrderOption"), group: id, value: optionValueSchema }),
  z.object({ type: z.literal("clearCart") }),
  z.object({ type: z.literal("placeOrder") }),
]);
export type TouchAction = z.infer<typeof touchActionSchema>;

export const commandSchema = z.discriminatedUnion("type", [
  /** Start (or restart) a customer's session; the Node side answers with menu + cart. */
  z.object({ type: z.literal("hello"), lang: z.string().max(8).optional() }),
  z.object({ type: z.literal("touch"), action: touchActionSchema }),
  /** Typed (or transcribed-elsewhere) words from the customer. */
  z.object({ type: z.literal("say"), text: z.string().min(1).max(500) }),
  /** A speech segment: 16 kHz mono WAV, base64; speechEndAtMs = the screen's Date.now() when the customer stopped talking. */
  z.object({ type: z.literal("audio"), wav: z.string().max(8_000_000), speechEndAtMs: z.number().optional() }),
  /** The customer spoke or touched while the kiosk talked: abort the turn, stop playback. */
  z.object({ type: z.literal("bargeIn") }),
  /** The kiosk finished playing (part of) a reply: history keeps what was actually heard. */
  z.object({ type: z.literal("played"), turnId: z.string().max(64), upToSeq: z.number().int(), complete: z.boolean() }),
  /** The screen started playing a reply's audio (seq 0 = the first sentence): the end of the turn's latency. */
  z.object({ type: z.literal("playing"), turnId: z.string().max(64), seq: z.number().int().min(0) }),
  z.object({ type: z.literal("setLanguage"), lang: z.string().max(8) }),
  /**
   * Speak a screen announcement (guided keypad mode: the focused control, a screen
   * change, the cart read back) with the kiosk's own voice. It supersedes the one
   * before it; `bargeIn` stops it. Answered with `audio` events (turnId "announce-<id>").
   */
  z.object({ type: z.literal("announce"), text: z.string().trim().min(1).max(ANNOUNCE_MAX_CHARS), lang: z.string().max(8), id: z.string().regex(/^[A-Za-z0-9_-]{1,32}$/) }),
  /** Idle timeout or "start over": clears cart, conversation and transcripts. */
  z.object({ type: z.literal("reset") }),
]);
export type Command = z.infer<typeof commandSchema>;

/** Staff settings for the customer screen (admin screen): the mode a new customer starts in and the idle times. */
export const screenModeSchema = z.enum(["standard", "guided", "lowReach", "easy"]);
export const screenSettingsSchema = z.object({
  defaultMode: screenModeSchema,
  /** Quiet seconds before "are you still there?" (the guided and easy modes get at least 3×). */
  idleSeconds: z.number().int().min(20).max(3600),
  /** How long that question waits before starting over. */
  idleCountdownSeconds: z.number().int().min(10).max(600),
});
export type ScreenSettings = z.infer<typeof screenSettingsSchema>;
export const DEFAULT_SCREEN_SETTINGS: ScreenSettings = { defaultMode: "standard", idleSeconds: 60, idleCountdownSeconds: 15 };

export const kioskStateSchema = z.enum(["idle", "listening", "heard", "thinking", "speaking", "unavailable"]);
export type KioskState = z.infer<typeof kioskStateSchema>;

export const askSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("choice"), lineId: z.string(), item: z.string(), group: z.string() }),
  z.object({ kind: z.literal("orderOption"), group: z.string() }),
  z.object({ kind: z.literal("confirm") }),
  z.object({ kind: z.literal("item") }),
]);
/** What the kiosk is waiting for from the customer; the screen shows it as buttons. */
export type Ask = z.infer<typeof askSchema>;

export const eventSchema = z.discriminatedUnion("type", [
  /** The menu as loaded (already validated), with where images are served from. */
  z.object({ type: z.literal("menu"), menu: z.unknown(), assetBase: z.string(), voice: z.object({ input: z.boolean(), output: z.boolean(), reason: z.string().optional() }), screen: screenSettingsSchema.optional() }),
  z.object({ type: z.literal("cart"), cart: cartViewSchema }),
  z.object({ type: z.literal("lang"), lang: z.string() }),
  z.object({ type: z.literal("state"), state: kioskStateSchema }),
  /** The customer's words as understood (typed or transcribed). */
  z.object({ type: z.literal("user"), turnId: z.string(), text: z.string() }),
  z.object({ type: z.literal("replyDelta"), turnId: z.string(), delta: z.string() }),
  z.object({ type: z.literal("reply"), turnId: z.string(), text: z.string(), ask: askSchema.optional(), engine: z.string() }),
  /** A spoken sentence of a reply, in order; base64 audio. */
  z.object({ type: z.literal("audio"), turnId: z.string(), seq: z.number().int(), mime: z.string(), data: z.string(), text: z.string() }),
  z.object({ type: z.literal("audioEnd"), turnId: z.string(), count: z.number().int() }),
  z.object({ type: z.literal("stopAudio") }),
  /** Where a spoken turn's time went, ms per stage (see electron/core/voice/latency.ts). */
  z.object({ type: z.literal("latency"), turnId: z.string(), stages: z.record(z.string(), z.number()) }),
  z.object({ type: z.literal("orderPlaced"), number: z.number().int(), cart: cartViewSchema }),
  /** A refused touch action or a failed command: what happened, in the customer's language. */
  z.object({ type: z.literal("notice"), level: z.enum(["info", "error"]), code: z.string(), message: z.string() }),
  /** A malformed command: nothing changed. */
  z.object({ type: z.literal("error"), code: z.string(), message: z.string() }),
]);
export type KioskEvent = z.infer<typeof eventSchema>;

export type ParseResult<T> = { ok: true; value: T } | { ok: false; message: string };

/** Validate something that arrived from the other side of a transport (JSON text or a value). */
export function parseWith<T>(schema: z.ZodType<T>, raw: unknown, what: string): ParseResult<T> {
  let value = raw;
  if (typeof raw === "string") {
    try {
      value = JSON.parse(raw);
    } catch {
      return { ok: false, message: "not JSON" };
    }
  }
  const r = schema.safeParse(value);
  if (r.success) return { ok: true, value: r.data };
  const first = r.error.issues[0];
  return { ok: false, message: first ? `${first.path.join(".") || what}: ${first.message}` : `invalid ${what}` };
}

export const parseCommand = (raw: unknown): ParseResult<Command> => parseWith(commandSchema, raw, "(command)");

/** Events are parsed objects already (the transport decoded them); a string is not an event. */
export const parseEvent = (raw: unknown): ParseResult<KioskEvent> =>
  typeof raw === "string" ? { ok: false, message: "(event): expected an object" } : parseWith(eventSchema, raw, "(event)");
