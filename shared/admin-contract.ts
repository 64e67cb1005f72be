// The staff admin contract, separate from the customer contract (contract.ts): the
// commands the admin screen sends and the replies it gets, whichever transport
// carries them (Electron IPC or the web host). Both sides validate on arrival.
// Every command except `unlock` needs an unlocked admin session (PIN).
import { z } from "zod";
import { parseWith, screenSettingsSchema, type ParseResult } from "./contract.ts";
import { menuSchema } from "./menu/schema.ts";

const id = z.string().min(1).max(64);
const reqId = z.string().max(64).optional();
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be YYYY-MM-DD");
const hhmm = z.string().regex(/^([01]?\d|2[0-3]):[0-5]\d$/, "must be HH:MM (24-hour)");
const pin = z.string().regex(/^\d{4,8}$/, "a PIN is 4 to 8 digits");
const optionalText = z.string().max(500).nullable().optional();

export const engineKindSchema = z.enum(["offline", "llm", "hybrid"]);

export const privacySettingsSchema = z.object({
  /** Keep conversation transcripts after the session ends. Off by default. */
  keepTranscripts: z.boolean(),
  /** Keep the customers' recorded speech after the session ends. Off by default. */
  keepAudio: z.boolean(),
  /** Kept transcripts/audio are deleted after this many days. */
  retentionDays: z.number().int().min(1).max(365),
});
export type PrivacySettings = z.infer<typeof privacySettingsSchema>;

export const providerSettingsSchema = z.object({
  engine: engineKindSchema.nullable().optional(),
  baseUrl: optionalText,
  llmBaseUrl: optionalText,
  sttBaseUrl: optionalText,
  ttsBaseUrl: optionalText,
  llmModel: optionalText,
  sttModel: optionalText,
  ttsModel: optionalText,
  ttsVoice: optionalText,
});
export type ProviderSettings = z.infer<typeof providerSettingsSchema>;

export const settingsPatchSchema = z.object({
  webhookUrl: z.string().url().max(500).nullable().optional(),
  /** The store hub (KIOSK_HUB_URL); its pairing secret is set with setSecret "hubSecret". */
  hubUrl: z.string().url().max(500).nullable().optional(),
  businessDayStart: hhmm.optional(),
  provider: providerSettingsSchema.optional(),
  privacy: privacySettingsSchema.partial().optional(),
  screen: screenSettingsSchema.partial().optional(),
});
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

// ---- Menu editor (issue 14): drafts, publishing, pictures, spreadsheets, history ----
// Menus travel as plain JSON: a draft may be half-filled, so only publishing checks it,
// with the menu file's own validator (shared/menu/validate.ts).

/** A file's bytes as base64 (a picture, a spreadsheet). 10 M characters ≈ 7.5 MB. */
const base64File = z.object({ fileName: z.string().min(1).max(200), dataBase64: z.string().max(10_000_000) });
const draftMenu = z.unknown().refine((v) => v !== undefined, "a menu is required");
/** Who published: typed on the admin screen (optional). */
const publishedBy = z.string().trim().max(80).optional();

function menuEditorCommands() {
  return [
    /** The saved draft (if any) and the menu in use. */
    z.object({ type: z.literal("menuDraft"), reqId }),
    /** Keep a draft (half-filled is fine); answers with its problems in words. */
    z.object({ type: z.literal("saveMenuDraft"), reqId, menu: draftMenu }),
    z.object({ type: z.literal("discardMenuDraft"), reqId }),
    /** Check and publish a menu as one step; a menu with problems changes nothing. */
    z.object({ type: z.literal("publishMenu"), reqId, menu: draftMenu, by: publishedBy, source: z.enum(["editor", "spreadsheet"]).optional() }),
    z.object({ type: z.literal("uploadPicture"), reqId, file: base64File }),
    /** Read spreadsheet files (one .xlsx, or one .csv per sheet) and show what would change. */
    z.object({ type: z.literal("previewSpreadsheet"), reqId, files: z.array(base64File).min(1).max(4) }),
    z.object({ type: z.literal("exportSpreadsheet"), reqId, format: z.enum(["csv", "xlsx"]) }),
    z.object({ type: z.literal("menuHistory"), reqId }),
    z.object({ type: z.literal("restoreMenuVersion"), reqId, id: z.number().int().positive(), by: publishedBy }),
  ] as const;
}

export const fieldProblemSchema = z.object({ path: z.string(), where: z.string(), message: z.string() });
export type FieldProblemView = z.infer<typeof fieldProblemSchema>;

const changeEntry = z.object({ kind: z.string(), id: z.string(), name: z.string(), fields: z.array(z.string()).optional() });
export const menuDiffSchema = z.object({ added: z.array(changeEntry), changed: z.array(changeEntry), removed: z.array(changeEntry) });

export const menuVersionSchema = z.object({
  id: z.number().int(),
  publishedAtMs: z.number(),
  by: z.string(),
  source: z.string(),
  changes: z.string(),
  note: z.string().nullable(),
});
export type MenuVersionView = z.infer<typeof menuVersionSchema>;

function menuEditorReplies() {
  return [
    z.object({
      type: z.literal("menuDraft"),
      reqId,
      /** null: no draft saved; the editor starts from `published`. */
      draft: z.unknown(),
      savedAtMs: z.number().nullable(),
      published: menuSchema,
      problems: z.array(fieldProblemSchema),
    }),
    z.object({ type: z.literal("menuDraftSaved"), reqId, savedAtMs: z.number(), problems: z.array(fieldProblemSchema) }),
    z.object({
      type: z.literal("menuPublished"),
      reqId,
      ok: z.boolean(),
      summary: z.string().optional(),
      version: z.number().int().optional(),
      problems: z.array(fieldProblemSchema),
      /** Pictures the menu names that exist nowhere (the screen shows its placeholder). */
      missingPictures: z.array(z.string()).optional(),
    }),
    z.object({ type: z.literal("picture"), reqId, path: z.string(), width: z.number().int(), height: z.number().int(), bytes: z.number().int(), preview: z.string() }),
    z.object({
      type: z.literal("spreadsheetPreview"),
      reqId,
      /** Publishable as it is: no file, row or menu problems. */
      ok: z.boolean(),
      /** The menu the files describe (also when it has problems, to open in the editor). */
      menu: z.unknown(),
      diff: menuDiffSchema,
      fileProblems: z.array(z.string()),
      rowProblems: z.array(z.object({ sheet: z.string(), row: z.number().int(), message: z.string() })),
      /** Menu problems that belong to no one row (store, languages). */
      problems: z.array(fieldProblemSchema),
    }),
    z.object({ type: z.literal("spreadsheetFiles"), reqId, files: z.array(z.object({ fileName: z.string(), mime: z.string(), dataBase64: z.string() })) }),
    z.object({ type: z.literal("menuHistory"), reqId, versions: z.array(menuVersionSchema), currentId: z.number().int().nullable() }),
  ] as const;
}
// ---- end of the menu editor block ----

export const adminCommandSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("unlock"), reqId, pin: z.string().max(16) }),
  z.object({ type: z.literal("lock"), reqId }),
  z.object({ type: z.literal("overview"), reqId }),
  z.object({ type: z.literal("listOrders"), reqId, day: day.optional(), lang: z.string().max(8).optional() }),
  z.object({ type: z.literal("resendOrder"), reqId, id }),
  z.object({ type: z.literal("ticket"), reqId, id, lang: z.string().max(8).optional() }),
  z.object({ type: z.literal("menuItems"), reqId }),
  z.object({ type: z.literal("setSoldOut"), reqId, item: id, soldOut: z.boolean() }),
  z.object({ type: z.literal("reloadMenu"), reqId }),
  /** A whole menu file's text (menu-format.md), checked before it replaces the menu. */
  z.object({ type: z.literal("importMenu"), reqId, text: z.string().max(5_000_000), fileName: z.string().max(200).optional() }),
  z.object({ type: z.literal("getSettings"), reqId }),
  z.object({ type: z.literal("updateSettings"), reqId, patch: settingsPatchSchema }),
  /** Stored encrypted (Electron safeStorage); a host that cannot encrypt refuses. null removes it. */
  z.object({ type: z.literal("setSecret"), reqId, name: z.enum(["apiKey", "webhookSecret", "hubSecret"]), value: z.string().min(1).max(500).nullable() }),
  z.object({ type: z.literal("changePin"), reqId, current: z.string().max(16), next: pin }),
  z.object({ type: z.literal("stats"), reqId }),
  /** Delete kept transcripts/audio older than the retention now (all of them when keeping is off). */
  z.object({ type: z.literal("purgeNow"), reqId }),
  /** Close the kiosk app (the only way a store build's window closes); a host that cannot says so. */
  z.object({ type: z.literal("quitApp"), reqId }),
  ...menuEditorCommands(),
]);
export type AdminCommand = z.infer<typeof adminCommandSchema>;
/** A command as the screen writes it (reqId is filled in by the transport). */
export type AdminRequest = AdminCommand extends infer C ? (C extends unknown ? Omit<C, "reqId"> : never) : never;

export const orderStatusSchema = z.enum(["placed", "sent", "acknowledged", "failed"]);

export const adminOrderSchema = z.object({
  id: z.string(),
  number: z.number().int(),
  businessDay: z.string(),
  status: orderStatusSchema,
  placedAtMs: z.number(),
  total: z.number().int(),
  currency: z.string(),
  itemCount: z.number().int(),
  /** "2× Americano (Iced, Large)" per line, in the requested language. */
  lines: z.array(z.string()),
  orderOptions: z.array(z.string()),
  delivery: z
    .object({
      state: z.enum(["pending", "done"]),
      attempts: z.number().int(),
      nextAttemptAtMs: z.number(),
      lastError: z.string().nullable(),
      deliveredAtMs: z.number().nullable(),
    })
    .nullable(),
});
export type AdminOrder = z.infer<typeof adminOrderSchema>;

export const adminSettingsSchema = z.object({
  webhookUrl: z.string().nullable(),
  webhookSecretSet: z.boolean(),
  hubUrl: z.string().nullable(),
  hubSecretSet: z.boolean(),
  businessDayStart: z.string(),
  provider: providerSettingsSchema,
  apiKey: z.enum(["settings", "environment", "none"]),
  /** Whether this host can keep secrets (encrypted); when not, why. */
  secretsStorable: z.boolean(),
  secretsNote: z.string().optional(),
  privacy: privacySettingsSchema,
  /** The customer screen's default mode and idle times. */
  screen: screenSettingsSchema,
  /** Where each value came from: settings win over the environment. */
  sources: z.record(z.string(), z.enum(["settings", "environment", "default"])),
  defaultPin: z.boolean(),
});
export type AdminSettings = z.infer<typeof adminSettingsSchema>;

const withReq = { reqId };

export const adminReplySchema = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("locked"),
    ...withReq,
    reason: z.enum(["required", "wrong-pin", "locked-out", "timeout", "by-request"]),
    attemptsLeft: z.number().int().optional(),
    lockedUntilMs: z.number().optional(),
  }),
  z.object({ type: z.literal("unlocked"), ...withReq, idleTimeoutMs: z.number(), defaultPin: z.boolean() }),
  z.object({
    type: z.literal("overview"),
    ...withReq,
    storeName: z.string(),
    menuFile: z.string(),
    businessDay: z.string(),
    ordersToday: z.number().int(),
    undelivered: z.number().int(),
    webhookConfigured: z.boolean(),
    warnings: z.array(z.string()),
  }),
  z.object({ type: z.literal("orders"), ...withReq, day: z.string(), orders: z.array(adminOrderSchema) }),
  z.object({ type: z.literal("ticket"), ...withReq, id: z.string(), html: z.string() }),
  z.object({
    type: z.literal("menuItems"),
    ...withReq,
    categories: z.array(z.object({ id: z.string(), name: z.string() })),
    items: z.array(z.object({ id: z.string(), category: z.string(), name: z.string(), price: z.number(), soldOut: z.boolean() })),
  }),
  z.object({ type: z.literal("menuResult"), ...withReq, ok: z.boolean(), summary: z.string().optional(), problems: z.array(z.string()) }),
  z.object({ type: z.literal("settings"), ...withReq, settings: adminSettingsSchema }),
  z.object({
    type: z.literal("stats"),
    ...withReq,
    latency: z.array(z.object({ stage: z.string(), p50Ms: z.number(), p95Ms: z.number(), n: z.number().int() })),
    ordersPerHour: z.array(z.object({ hour: z.number().int(), count: z.number().int() })),
    businessDay: z.string(),
  }),
  z.object({ type: z.literal("done"), ...withReq, message: z.string() }),
  z.object({ type: z.literal("error"), ...withReq, code: z.string(), message: z.string() }),
  ...menuEditorReplies(),
]);
export type AdminReply = z.infer<typeof adminReplySchema>;

export type AdminParse<T> = ParseResult<T>;

export const parseAdminCommand = (raw: unknown) => parseWith(adminCommandSchema, raw, "(command)");
export const parseAdminReply = (raw: unknown) => parseWith(adminReplySchema, raw, "(reply)");

/** Provider setting → the environment variable it overrides. */
export const PROVIDER_ENV: Record<keyof ProviderSettings, string> = {
  engine: "KIOSK_ENGINE",
  baseUrl: "OPENAI_BASE_URL",
  llmBaseUrl: "KIOSK_LLM_BASE_URL",
  sttBaseUrl: "KIOSK_STT_BASE_URL",
  ttsBaseUrl: "KIOSK_TTS_BASE_URL",
  llmModel: "KIOSK_LLM_MODEL",
  sttModel: "KIOSK_STT_MODEL",
  ttsModel: "KIOSK_TTS_MODEL",
  ttsVoice: "KIOSK_TTS_VOICE",
};

