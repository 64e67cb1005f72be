// The staff admin, server side: one AdminService per kiosk, one AdminSession per
// admin screen connection. A session starts locked; `unlock` with the PIN opens it
// until it has been idle for a while. Every command arrives raw and is validated
// against shared/admin-contract.ts; every answer is one AdminReply.
import { parseAdminCommand, type AdminCommand, type AdminOrder, type AdminReply, type AdminSettings } from "../../../shared/admin-contract.ts";
import { parseDayStart } from "../orders/business-day.ts";
import { OutboxQueue } from "../orders/outbox-queue.ts";
import type { OrderService } from "../orders/service.ts";
import type { StoredOrder } from "../orders/store.ts";
import { optionText, renderKitchenTicket } from "../orders/ticket.ts";
import { menuSummary, type MenuAdmin } from "./menu-admin.ts";
import { ANY_SOURCE, DEFAULT_ADMIN_PIN, hashPin, PinGate } from "./pin.ts";
import { isMenuEditorCommand, type MenuEditor } from "./menu-editor/editor.ts";
import type { ConversationArchive } from "./privacy.ts";
import type { SecretBox } from "./secrets.ts";
import { providerHosts } from "../config.ts";
import { layerSettings, PROVIDER_ENV, settingsProblem, type Env, type SettingsStore, type StoredSettings } from "./settings.ts";
import type { LatencyStats } from "./stats.ts";

export const DEFAULT_ADMIN_IDLE_MS = 3 * 60_000;

export interface AdminServiceDeps {
  settings: SettingsStore;
  menu: MenuAdmin;
  /** Drafts, publishing, pictures, spreadsheets, history (issue 14). */
  menuEditor?: MenuEditor;
  /** Undefined when the order store could not be opened; `ordersProblem` says why. */
  orders: OrderService | undefined;
  ordersProblem?: string;
  stats: LatencyStats;
  archive: ConversationArchive;
  secretBox: SecretBox;
  /** The process environment; settings are laid over it. */
  baseEnv: Env;
  /** Settings that change providers/engine were saved: the host rebuilds what depends on them. */
  onEnvChanged?: (env: Env) => void | Promise<void>;
  /** Staff asked to close the kiosk app (Electron); undefined where the host cannot (kiosk serve). */
  quitApp?: () => void;
  now?: () => number;
  idleTimeoutMs?: number;
  timeZone?: string;
}

export class AdminService {
  readonly pin: PinGate;
  readonly now: () => number;
  readonly idleTimeoutMs: number;

  constructor(readonly deps: AdminServiceDeps) {
    this.now = deps.now ?? Date.now;
    this.idleTimeoutMs = deps.idleTimeoutMs ?? DEFAULT_ADMIN_IDLE_MS;
    this.pin = new PinGate(deps.settings.dataDir, { hash: () => deps.settings.get().adminPinHash, envPin: () => deps.baseEnv.KIOSK_ADMIN_PIN }, this.now);
  }

  /** `source` names where the screen is (the kiosk window, a browser's address): PIN lockouts are per source. */
  openSession(source = ANY_SOURCE): AdminSession {
    return new AdminSession(this, source);
  }

  /**
   * Save a settings change only if the kiosk could start with it (the same check the
   * next start makes); otherwise nothing is saved and the reason is returned.
   */
  saveSettings(change: (draft: StoredSettings) => void): string | undefined {
    const { settings, baseEnv, secretBox } = this.deps;
    const draft = settings.preview(change);
    const problem = settingsProblem(draft, baseEnv, secretBox);
    if (problem) return problem;
    settings.update(change);
    return undefined;
  }

  effectiveEnv() {
    return this.deps.settings.effectiveEnv(this.deps.baseEnv, this.deps.secretBox);
  }

  warnings(): string[] {
    const w: string[] = [];
    const { deps } = this;
    if (deps.ordersProblem) w.push(`orders are refused: ${deps.ordersProblem}`);
    if (deps.settings.problem) w.push(deps.settings.problem);
    if (this.pin.usingDefault) w.push(`the admin PIN is still the default (${DEFAULT_ADMIN_PIN}): choose a new one before anything else`);
    if (deps.orders?.deliveryNote) w.push(deps.orders.deliveryNote);
    w.push(...this.effectiveEnv().warnings);
    for (const source of this.warningSources) {
      const note = source();
      if (note) w.push(note);
    }
    return w;
  }

  private readonly warningSources = new Set<() => string | undefined>();

  /** Parts of the kiosk above the admin (e.g. the store hub link) add what staff should know. */
  addWarningSource(source: () => string | undefined): () => void {
    this.warningSources.add(source);
    return () => this.warningSources.delete(source);
  }

  /** Apply saved settings to the running kiosk (delivery, business day, providers). */
  async applySettings(): Promise<void> {
    const { env } = this.effectiveEnv();
    await this.deps.orders?.reconfigure(env);
    await this.deps.onEnvChanged?.(env);
  }

  settingsView(): AdminSettings {
    const { settings, secretBox, baseEnv } = this.deps;
    const { env, sources } = this.effectiveEnv();
    const provider: AdminSettings["provider"] = {};
    for (const [key, name] of Object.entries(PROVIDER_ENV)) {
      const v = env[name];
      (provider as Record<string, string | null>)[key] = v ?? null;
    }
    const engine = env.KIOSK_ENGINE;
    provider.engine = engine === "offline" || engine === "llm" || engine === "hybrid" ? engine : null;
    return {
      webhookUrl: env.KIOSK_WEBHOOK_URL ?? null,
      webhookSecretSet: Boolean(env.KIOSK_WEBHOOK_SECRET),
      hubUrl: env.KIOSK_HUB_URL ?? null,
      hubSecretSet: Boolean(env.KIOSK_HUB_SECRET),
      businessDayStart: env.KIOSK_BUSINESS_DAY_START ?? "04:00",
      provider,
      apiKey: sources.OPENAI_API_KEY === "settings" ? "settings" : baseEnv.OPENAI_API_KEY ? "environment" : "none",
      secretsStorable: secretBox.available,
      ...(secretBox.reason ? { secretsNote: secretBox.reason } : {}),
      privacy: settings.privacy(),
      screen: settings.screen(),
      sources,
      defaultPin: this.pin.usingDefault,
    };
  }

  orderView(o: StoredOrder, lang: string): AdminOrder {
    const d = this.deps.orders?.store.delivery(o.id);
    const pick = (n: Record<string, string>) => n[lang] ?? Object.values(n)[0] ?? "";
    return {
      id: o.id,
      number: o.number,
      businessDay: o.businessDay,
      status: o.status,
      placedAtMs: o.placedAtMs,
      total: o.total,
      currency: o.currency,
      itemCount: o.itemCount,
      lines: o.lines.map((l) => {
        const opts = l.options.map((x) => optionText(x, lang)).filter(Boolean);
        return `${l.qty}× ${pick(l.name)}${opts.length ? ` (${opts.join(", ")})` : ""}`;
      }),
      orderOptions: o.orderOptions.map((x) => optionText(x, lang)).filter(Boolean),
      delivery: d ? { state: d.state, attempts: d.attempts, nextAttemptAtMs: d.nextAttemptAtMs, lastError: d.lastError, deliveredAtMs: d.deliveredAtMs } : null,
    };
  }
}

/** What an unlocked session may do while the documented default PIN is in use. */
const BEFORE_NEW_PIN = new Set<AdminCommand["type"]>(["overview", "changePin"]);

export class AdminSession {
  private unlocked = false;
  private lastActiveMs = 0;

  constructor(
    private readonly admin: AdminService,
    private readonly source: string = ANY_SOURCE,
  ) {}

  get isUnlocked(): boolean {
    return this.unlocked && this.admin.now() - this.lastActiveMs <= this.admin.idleTimeoutMs;
  }

  /** Validate and answer one command from the admin screen. Never throws. */
  async handle(raw: unknown): Promise<AdminReply> {
    const parsed = parseAdminCommand(raw);
    if (!parsed.ok) return { type: "error", code: "bad-command", message: parsed.message };
    const cmd = parsed.value;
    const reqId = cmd.reqId;
    try {
      const reply = await this.dispatch(cmd);
      return reqId === undefined ? reply : { ...reply, reqId };
    } catch (err) {
      return { type: "error", code: "internal", message: (err as Error).message, ...(reqId === undefined ? {} : { reqId }) };
    }
  }

  private async dispatch(cmd: AdminCommand): Promise<AdminReply> {
    const a = this.admin;
    if (cmd.type === "unlock") {
      const r = a.pin.check(cmd.pin, this.source);
      if (!r.ok) {
        this.unlocked = false;
        return r.reason === "locked-out"
          ? { type: "locked", reason: "locked-out", lockedUntilMs: r.lockedUntilMs }
          : { type: "locked", reason: "wrong-pin", attemptsLeft: r.attemptsLeft };
      }
      this.unlocked = true;
      this.lastActiveMs = a.now();
      return { type: "unlocked", idleTimeoutMs: a.idleTimeoutMs, defaultPin: a.pin.usingDefault };
    }
    if (cmd.type === "lock") {
      this.unlocked = false;
      return { type: "locked", reason: "by-request" };
    }
    if (!this.unlocked) return { type: "locked", reason: "required" };
    if (!this.isUnlocked) {
      this.unlocked = false;
      return { type: "locked", reason: "timeout" };
    }
    this.lastActiveMs = a.now();
    // The default PIN is printed in the README: until staff choose their own, nothing
    // (no setting, no key, no order list) is reachable with it.
    if (a.pin.usingDefault && !BEFORE_NEW_PIN.has(cmd.type)) {
      return { type: "error", code: "pin-change-required", message: `choose a new admin PIN first (the default ${DEFAULT_ADMIN_PIN} is public)` };
    }
    return this.run(cmd);
  }

  private async run(cmd: Exclude<AdminCommand, { type: "unlock" | "lock" }>): Promise<AdminReply> {
    const a = this.admin;
    const { deps } = a;
    const orders = deps.orders;
    const storeLang = () => deps.menu.current().model.defaultLanguage;
    const noStore = (): AdminReply => ({ type: "error", code: "order-store", message: deps.ordersProblem ?? "the order store is not open" });
    if (isMenuEditorCommand(cmd)) {
      return deps.menuEditor ? deps.menuEditor.handle(cmd) : { type: "error", code: "no-menu-editor", message: "this host has no menu editor" };
    }
    switch (cmd.type) {
      case "overview": {
        const menu = deps.menu.current();
        const today = orders?.store.today() ?? "";
        return {
          type: "overview",
          storeName: menu.model.text(menu.model.menu.store.name, storeLang()),
          menuFile: menu.file,
          businessDay: today,
          ordersToday: orders ? orders.store.listDay(today).length : 0,
          undelivered: orders ? new OutboxQueue(orders.store.db).pendingCount() : 0,
          webhookConfigured: Boolean(a.effectiveEnv().env.KIOSK_WEBHOOK_URL),
          warnings: a.warnings(),
        };
      }
      case "listOrders": {
        if (!orders) return noStore();
        const day = cmd.day ?? orders.store.today();
        const lang = cmd.lang ?? storeLang();
        return { type: "orders", day, orders: orders.store.listDay(day).map((o) => a.orderView(o, lang)).reverse() };
      }
      case "resendOrder": {
        if (!orders) return noStore();
        if (!orders.store.get(cmd.id)) return { type: "error", code: "unknown-order", message: `no order ${cmd.id}` };
        if (!orders.delivery) return { type: "error", code: "no-webhook", message: orders.deliveryNote ?? "delivery is not configured" };
        orders.delivery.resend(cmd.id);
        return { type: "done", message: `order #${orders.store.get(cmd.id)!.number} queued for delivery` };
      }
      case "ticket": {
        if (!orders) return noStore();
        const o = orders.store.get(cmd.id);
        if (!o) return { type: "error", code: "unknown-order", message: `no order ${cmd.id}` };
        return { type: "ticket", id: o.id, html: renderKitchenTicket(o, { ...(cmd.lang ? { lang: cmd.lang } : {}), ...(deps.timeZone ? { timeZone: deps.timeZone } : {}) }) };
      }
      case "menuItems": {
        const m = deps.menu.current().model;
        const lang = storeLang();
        return {
          type: "menuItems",
          categories: m.menu.categories.map((c) => ({ id: c.id, name: m.text(c.name, lang) })),
          items: m.menu.items.map((i) => ({ id: i.id, category: i.category, name: m.text(i.name, lang), price: i.price, soldOut: Boolean(i.soldOut) })),
        };
      }
      case "setSoldOut": {
        const r = deps.menu.setSoldOut(cmd.item, cmd.soldOut);
        return r.ok ? { type: "menuResult", ok: true, summary: r.summary, problems: [] } : { type: "menuResult", ok: false, problems: r.problems };
      }
      case "reloadMenu": {
        const r = await deps.menu.reload();
        return r.ok ? { type: "menuResult", ok: true, summary: r.summary, problems: [] } : { type: "menuResult", ok: false, problems: r.problems };
      }
      case "importMenu": {
        const r = deps.menu.importText(cmd.text, cmd.fileName);
        return r.ok ? { type: "menuResult", ok: true, summary: menuSummary(r.menu), problems: [] } : { type: "menuResult", ok: false, problems: r.problems };
      }
      case "getSettings":
        return { type: "settings", settings: a.settingsView() };
      case "updateSettings": {
        const p = cmd.patch;
        if (p.businessDayStart !== undefined) parseDayStart(p.businessDayStart);
        const hostsBefore = providerHosts(a.effectiveEnv().env).join(" ");
        const problem = a.saveSettings((s) => {
          if (p.webhookUrl !== undefined) {
            if (p.webhookUrl) s.webhookUrl = p.webhookUrl;
            else delete s.webhookUrl;
          }
          if (p.hubUrl !== undefined) {
            if (p.hubUrl) s.hubUrl = p.hubUrl;
            else delete s.hubUrl;
          }
          if (p.businessDayStart !== undefined) s.businessDayStart = p.businessDayStart;
          if (p.provider) {
            const next: Record<string, unknown> = { ...s.provider };
            for (const [k, v] of Object.entries(p.provider)) {
              if (v === null || v === "") delete next[k];
              else if (v !== undefined) next[k] = v;
            }
            s.provider = next;
          }
          if (p.privacy) s.privacy = { ...deps.settings.privacy(), ...p.privacy };
          if (p.screen) s.screen = { ...deps.settings.screen(), ...p.screen };
          // A stored key was entered for the servers of its time: a new host gets it only when staff enter it again.
          if (s.apiKeySealed && providerHosts(layerSettings(s, deps.baseEnv, undefined).env).join(" ") !== hostsBefore) delete s.apiKeySealed;
        });
        if (problem) return { type: "error", code: "invalid-settings", message: `not saved: ${problem}` };
        await a.applySettings();
        if (p.privacy) deps.archive.purge();
        return { type: "settings", settings: a.settingsView() };
      }
      case "setSecret": {
        const box = deps.secretBox;
        if (!box.available) return { type: "error", code: "secrets-unavailable", message: box.reason ?? "this host cannot store secrets" };
        const field = ({ apiKey: "apiKeySealed", webhookSecret: "webhookSecretSealed", hubSecret: "hubSecretSealed" } as const)[cmd.name];
        const sealed = cmd.value === null ? undefined : box.encrypt(cmd.value);
        const problem = a.saveSettings((s) => {
          if (sealed) s[field] = sealed;
          else delete s[field];
        });
        if (problem) return { type: "error", code: "invalid-settings", message: `not saved: ${problem}` };
        await a.applySettings();
        return { type: "settings", settings: a.settingsView() };
      }
      case "changePin": {
        if (cmd.next === DEFAULT_ADMIN_PIN) return { type: "error", code: "weak-pin", message: `the new PIN cannot be the default ${DEFAULT_ADMIN_PIN}` };
        const r = a.pin.check(cmd.current, this.source);
        if (!r.ok) {
          if (r.reason === "locked-out") {
            this.unlocked = false;
            return { type: "locked", reason: "locked-out", lockedUntilMs: r.lockedUntilMs };
          }
          return { type: "error", code: "wrong-pin", message: `the current PIN is wrong (${r.attemptsLeft} tries left)` };
        }
        deps.settings.update((s) => {
          s.adminPinHash = hashPin(cmd.next);
        });
        return { type: "done", message: "PIN changed" };
      }
      case "stats":
        return {
          type: "stats",
          latency: deps.stats.summary(),
          ordersPerHour: orders ? orders.store.ordersPerHour() : [],
          businessDay: orders?.store.today() ?? "",
        };
      case "quitApp": {
        const quit = deps.quitApp;
        if (!quit) return { type: "error", code: "cannot-quit", message: "this kiosk runs as a service here; stop it there (systemctl --user stop voice-kiosk)" };
        // After this answer has gone back to the screen.
        setTimeout(quit, 200);
        return { type: "done", message: "the kiosk is closing" };
      }
      case "purgeNow": {
        const r = deps.archive.purge();
        return { type: "done", message: `deleted ${r.transcriptFiles} transcript file(s) and ${r.audioFiles} audio file(s)` };
      }
    }
  }
}
