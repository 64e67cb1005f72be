// One `kiosk serve` per test file and the kiosk page each test opens. Every test file
// that drives the customer's screen needs the same frame: the server started before
// and stopped (its log saved) after, and after each test the page checked for uncaught
// errors and closed.
import { afterAll, afterEach, beforeAll, expect } from "vitest";
import { openKiosk, type KioskPage } from "./browser.ts";
import { saveServerLog, startKioskServer, type KioskServer } from "./kiosk-server.ts";

type OpenOptions = Parameters<typeof openKiosk>[1];

export interface KioskSuite {
  /** The file's server (set once its beforeAll has run). */
  readonly server: KioskServer;
  /** The page the current test opened. */
  readonly page: KioskPage["page"];
  /** Open the kiosk screen (on the file's server unless `baseUrl` says otherwise); closed after the test. */
  open(opts?: OpenOptions, baseUrl?: string): Promise<KioskPage>;
  /** Check the open page had no uncaught error and close it (a test that opens several). */
  closePage(): Promise<void>;
}

export function kioskSuite(logName: string, opts: { menu: string; startTimeoutMs?: number }): KioskSuite {
  let server: KioskServer | undefined;
  let current: KioskPage | undefined;
  const suite: KioskSuite = {
    get server() {
      if (!server) throw new Error("the kiosk server has not started");
      return server;
    },
    get page() {
      if (!current) throw new Error("no kiosk page is open");
      return current.page;
    },
    async open(openOpts = {}, baseUrl) {
      await suite.closePage();
      current = await openKiosk(baseUrl ?? suite.server.url, openOpts);
      return current;
    },
    async closePage() {
      const page = current;
      current = undefined;
      if (!page) return;
      try {
        expect(page.errors, "uncaught errors in the page").toEqual([]);
      } finally {
        await page.close();
      }
    },
  };
  beforeAll(async () => {
    server = await startKioskServer({ menu: opts.menu });
  }, opts.startTimeoutMs ?? 240_000);
  afterAll(async () => {
    await server?.stop();
    saveServerLog(logName, server);
  });
  afterEach(() => suite.closePage());
  return suite;
}
