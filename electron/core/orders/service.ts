// The order store plus kitchen delivery, opened the same way by every host (the
// Electron main process, the web host, `kiosk converse`). Configuration comes from
// an environment-shaped record: pass SettingsStore.effectiveEnv(process.env) so
// admin settings win over the environment.
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { OutboxDelivery, type DeliveryEvent, type DeliveryOptions } from "./outbox.ts";
import { OrderStore } from "./store.ts";

export type Env = Record<string, string | undefined>;

const PROJECT_ROOT = fileURLToPath(new URL("../../..", import.meta.url));

/**
 * Where orders and settings are kept: KIOSK_DATA_DIR, else `.kiosk-data` in the
 * project folder (the same place `kiosk serve` uses). The Electron app passes
 * app.getPath("userData") instead.
 */
export function defaultDataDir(env: Env = process.env): string {
  return env.KIOSK_DATA_DIR ? resolve(env.KIOSK_DATA_DIR) : join(PROJECT_ROOT, ".kiosk-data");
}

/** Where a kiosk paired with a store hub delivers its orders (KIOSK_HUB_URL + /api/orders). */
export function hubOrdersUrl(env: Env): string | undefined {
  const base = env.KIOSK_HUB_URL?.trim();
  return base ? `${base.replace(/\/+$/, "")}/api/orders` : undefined;
}

export interface OrderServiceOptions {
  dataDir: string;
  env: Env;
  timeZone?: string;
  now?: () => number;
  /** Overrides for delivery timing (tests, the crash test). */
  delivery?: Partial<Omit<DeliveryOptions, "url" | "secret">>;
  /** One line per noteworthy thing (delivery failures, config problems). */
  log?: (line: string) => void;
}

export class OrderService {
  private _delivery: OutboxDelivery | undefined;
  private _deliveryNote: string | undefined;

  private constructor(
    readonly store: OrderStore,
    private readonly opts: OrderServiceOptions,
  ) {}

  get delivery(): OutboxDelivery | undefined {
    return this._delivery;
  }

  /** Why delivery is off, when it is. */
  get deliveryNote(): string | undefined {
    return this._deliveryNote;
  }

  /** Throws OrderStoreError when the database is damaged or missing (orders must then be refused). */
  static open(opts: OrderServiceOptions): OrderService {
    const store = OrderStore.open({
      dataDir: opts.dataDir,
      ...(opts.env.KIOSK_BUSINESS_DAY_START ? { dayStart: opts.env.KIOSK_BUSINESS_DAY_START } : {}),
      ...(opts.timeZone ? { timeZone: opts.timeZone } : {}),
      ...(opts.now ? { now: opts.now } : {}),
    });
    const service = new OrderService(store, opts);
    service.configureDelivery(opts.env);
    return service;
  }

  /** Settings changed (webhook, secret, business day): apply them without a restart. */
  async reconfigure(env: Env): Promise<void> {
    if (env.KIOSK_BUSINESS_DAY_START) this.store.setDayStart(env.KIOSK_BUSINESS_DAY_START);
    await this._delivery?.stop();
    this._delivery = undefined;
    this.configureDelivery(env);
  }

  private configureDelivery(env: Env): void {
    // A kiosk paired with a store hub delivers to the hub (which keeps the kitchen
    // state); otherwise to the kitchen webhook, if any.
    const hub = hubOrdersUrl(env);
    const url = hub ?? (env.KIOSK_WEBHOOK_URL?.trim() || undefined);
    const secret = (hub ? env.KIOSK_HUB_SECRET : env.KIOSK_WEBHOOK_SECRET) || undefined;
    if (hub && env.KIOSK_WEBHOOK_URL?.trim()) this.opts.log?.("KIOSK_HUB_URL is set: orders go to the store hub, not to KIOSK_WEBHOOK_URL");
    // Orders are queued whenever a webhook is configured, even before its secret
    // is, so nothing placed in between is lost; they go out once it is complete.
    this.store.deliver = Boolean(url);
    if (!url) {
      this._deliveryNote = "no webhook configured (KIOSK_WEBHOOK_URL): orders are kept here only";
      return;
    }
    if (!secret && hub) {
      this._deliveryNote = "store hub secret missing (KIOSK_HUB_SECRET): orders are queued, not sent";
      this.opts.log?.("KIOSK_HUB_URL is set but KIOSK_HUB_SECRET is not: orders are queued and will be delivered once a secret is set");
      return;
    }
    if (!secret) {
      this._deliveryNote = "webhook secret missing (KIOSK_WEBHOOK_SECRET): orders are queued, not sent";
      this.opts.log?.("KIOSK_WEBHOOK_URL is set but KIOSK_WEBHOOK_SECRET is not: orders are queued and will be delivered once a secret is set");
      return;
    }
    this._deliveryNote = undefined;
    const { log } = this.opts;
    const delivery = new OutboxDelivery(this.store, {
      url,
      secret,
      ...this.opts.delivery,
      onEvent: (e: DeliveryEvent) => {
        this.opts.delivery?.onEvent?.(e);
        if (!log) return;
        if (e.type === "failed") log(`order ${e.orderId}: delivery attempt ${e.attempts} failed (${e.error}); retrying in ${Math.round(e.retryInMs / 1000)} s`);
        else if (e.type === "error") log(`delivery: ${e.error}`);
      },
    });
    delivery.start();
    this._delivery = delivery;
  }

  /**
   * Stop: wait up to `waitMs` for undelivered orders (those in `orderIds`, default
   * all), then stop delivering and close the database. Returns how many are left;
   * they are sent on the next start.
   */
  async close(waitMs = 0, orderIds?: readonly string[]): Promise<number> {
    let left = 0;
    const delivery = this._delivery;
    if (delivery) {
      if (waitMs > 0) left = await delivery.flush(waitMs, orderIds);
      await delivery.stop();
      if (!orderIds) left = delivery.pendingCount();
    }
    this.store.close();
    return left;
  }
}
