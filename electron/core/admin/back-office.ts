// Everything behind the counter, opened once by a host (Electron main, `kiosk
// serve`): settings, the durable order store with kitchen delivery, the menu admin
// (sold-out switches over the host's MenuHolder), latency stats, the privacy purge
// job and the admin service. A damaged order database does not stop the kiosk from
// starting: orders are then refused with the reason, and the admin screen shows it.
import type { KioskEvent } from "../../../shared/contract.ts";
import type { MenuHolder } from "../menu/load.ts";
import type { OrderSink } from "../session/orders.ts";
import { OrderStoreError } from "../orders/db.ts";
import { OrderService, type OrderServiceOptions } from "../orders/service.ts";
import { RefusingOrderSink } from "../orders/store.ts";
import { MenuAdmin } from "./menu-admin.ts";
import { MenuEditor } from "./menu-editor/editor.ts";
import { MenuHistory } from "./menu-editor/history.ts";
import { ConversationArchive } from "./privacy.ts";
import type { SecretBox } from "./secrets.ts";
import { AdminService, AdminSession } from "./service.ts";
import { settingsProblem, SettingsStore, type Env } from "./settings.ts";
import { LatencyStats } from "./stats.ts";

export interface BackOfficeOptions {
  dataDir: string;
  /** The process environment; admin settings win over it. */
  baseEnv: Env;
  /** The host's menu holder (load it from menuFileFromSettings() first, see that function). */
  menu: MenuHolder;
  secretBox: SecretBox;
  /** Reuse a SettingsStore the host already opened (to pick the menu file). */
  settings?: SettingsStore;
  timeZone?: string;
  now?: () => number;
  log?: (line: string) => void;
  /** Provider/engine settings changed on the admin screen. */
  onEnvChanged?: (env: Env) => void | Promise<void>;
  /** Staff may close the app from the admin screen (Electron). */
  quitApp?: () => void;
  delivery?: OrderServiceOptions["delivery"];
}

export class BackOffice {
  readonly settings: SettingsStore;
  readonly menuAdmin: MenuAdmin;
  /** Every published menu; undefined when menus.sqlite cannot be opened (publishing still works). */
  readonly menuHistory: MenuHistory | undefined;
  readonly orders: OrderService | undefined;
  readonly ordersProblem: string | undefined;
  /** What the host's KioskHost places orders into. */
  readonly sink: OrderSink;
  readonly stats = new LatencyStats();
  readonly archive: ConversationArchive;
  readonly admin: AdminService;
  private readonly stopPurge: () => void;
  private sessionNo = 0;

  constructor(opts: BackOfficeOptions) {
    const log = opts.log ?? (() => {});
    this.settings = opts.settings ?? new SettingsStore(opts.dataDir);
    startableSettings(this.settings, opts.baseEnv, opts.secretBox);
    if (this.settings.problem) log(this.settings.problem);
    const { env, warnings } = this.settings.effectiveEnv(opts.baseEnv, opts.secretBox);
    for (const w of warnings) log(w);
    this.menuAdmin = new MenuAdmin(opts.menu, this.settings);
    let history: MenuHistory | undefined;
    let historyProblem: string | undefined;
    try {
      history = new MenuHistory(opts.dataDir, opts.now);
    } catch (err) {
      historyProblem = `the menu history (${opts.dataDir}) cannot be opened: ${(err as Error).message}`;
      log(historyProblem);
    }
    this.menuHistory = history;
    this.menuAdmin.onPublished((p) => {
      try {
        history?.record(p);
      } catch (err) {
        log(`the published menu could not be kept in the history: ${(err as Error).message}`);
      }
    });
    const menuEditor = new MenuEditor({
      menu: this.menuAdmin,
      dataDir: opts.dataDir,
      history,
      ...(historyProblem ? { historyProblem } : {}),
      ...(opts.now ? { now: opts.now } : {}),
    });
    let orders: OrderService | undefined;
    let problem: string | undefined;
    try {
      orders = OrderService.open({
        dataDir: opts.dataDir,
        env,
        log,
        ...(opts.timeZone ? { timeZone: opts.timeZone } : {}),
        ...(opts.now ? { now: opts.now } : {}),
        ...(opts.delivery ? { delivery: opts.delivery } : {}),
      });
    } catch (err) {
      if (!(err instanceof OrderStoreError)) throw err;
      problem = err.message;
      log(`ORDERS ARE REFUSED: ${err.message}`);
    }
    this.orders = orders;
    this.ordersProblem = problem;
    this.sink = orders ? orders.store : new RefusingOrderSink(new OrderStoreError("corrupt", problem ?? "the order store is not open"));
    this.archive = new ConversationArchive(opts.dataDir, () => this.settings.privacy(), opts.now);
    this.stopPurge = this.archive.startPurgeJob(3_600_000, (err) => log(`privacy purge failed: ${err.message}`));
    this.admin = new AdminService({
      settings: this.settings,
      menu: this.menuAdmin,
      menuEditor,
      orders,
      ...(problem ? { ordersProblem: problem } : {}),
      stats: this.stats,
      archive: this.archive,
      secretBox: opts.secretBox,
      baseEnv: opts.baseEnv,
      ...(opts.onEnvChanged ? { onEnvChanged: opts.onEnvChanged } : {}),
      ...(opts.quitApp ? { quitApp: opts.quitApp } : {}),
      ...(opts.now ? { now: opts.now } : {}),
      ...(opts.timeZone ? { timeZone: opts.timeZone } : {}),
    });
  }

  /**
   * Watch a customer session: its per-stage latency goes into the stats, and its
   * transcript into the archive only if the store keeps transcripts. Returns it.
   */
  observe<S extends { on(listener: (e: KioskEvent) => void): () => void }>(session: S): S {
    const id = `s${++this.sessionNo}-${Date.now().toString(36)}`;
    this.archive.attach(session, id);
    session.on((e) => {
      if (e.type !== "latency") return;
      for (const [stage, ms] of Object.entries(e.stages)) this.stats.record({ stage, ms });
    });
    return session;
  }

  /** The environment the rest of the kiosk should use (settings laid over the process env). */
  effectiveEnv(): Env {
    return this.admin.effectiveEnv().env;
  }

  /** One line for the startup log: where orders go. */
  describeOrders(): string {
    if (!this.orders) return `nowhere: ${this.ordersProblem}`;
    return `in ${this.orders.store.file}${this.orders.deliveryNote ? ` (${this.orders.deliveryNote})` : ", delivered to the kitchen webhook"}`;
  }

  /** Stop: wait up to `waitMs` for queued deliveries, then close the database. */
  async close(waitMs = 2000): Promise<void> {
    this.stopPurge();
    await this.orders?.close(waitMs);
    this.menuHistory?.close();
  }
}

/**
 * Make sure the kiosk can start: saved settings that no longer make a valid
 * configuration (the environment changed, the file was edited, an older version
 * saved them unchecked) are set aside, and the kiosk starts from its environment;
 * the admin screen shows why (settings.problem). When the environment alone is not
 * valid either, setting the file aside would not help: it stays, and the host's
 * loadConfig reports the problem to the operator.
 */
export function startableSettings(settings: SettingsStore, baseEnv: Env, box: SecretBox): void {
  const problem = settingsProblem(settings.get(), baseEnv, box);
  if (!problem || settingsProblem({ version: 1 }, baseEnv, box)) return;
  settings.setAside(problem);
}

/**
 * Admin sessions per connection, for transports that have a connection id (the IPC
 * host, host/admin-ipc.ts: one per page load of the kiosk window). Wrong PINs count
 * against `source` (the kiosk's own screen), apart from browsers on the web host.
 */
export function adminSessions(admin: AdminService, source = "kiosk-screen") {
  const sessions = new Map<string | number, AdminSession>();
  return {
    handle(connection: string | number, raw: unknown) {
      let s = sessions.get(connection);
      if (!s) {
        s = admin.openSession(source);
        sessions.set(connection, s);
      }
      return s.handle(raw);
    },
    drop(connection: string | number) {
      sessions.delete(connection);
    },
  };
}
