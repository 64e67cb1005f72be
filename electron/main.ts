// The Electron shell: one locked-down window showing the built screen from app://kiosk/,
// talking to the kiosk core (KioskHost) over IPC. The screen gets nothing of Node or
// Electron: contextIsolation + sandbox, no nodeIntegration, a preload that exposes only
// window.kiosk = { send, onEvent, admin, printTicket }. Main accepts a command or an
// admin request only from the window's own main frame on the app origin, and only when
// it matches its contract. The microphone is the one permission granted; the window
// cannot navigate or open others; it loads nothing from the network. All decisions
// live in host/shell-policy.ts, host/admin-ipc.ts and host/ticket-print.ts (tested).
// The back office (settings, durable orders + kitchen delivery, staff admin) is opened
// here exactly as `kiosk serve` opens it (electron/cli/serve.ts).
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, safeStorage, session, type IpcMainEvent, type IpcMainInvokeEvent, type WebContents } from "electron";
import { readFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { KioskEvent } from "../shared/contract.ts";
import { loadConfig } from "./core/config.ts";
import { createEngine, engineKindFromEnv, type EngineKind } from "./core/dialogue/factory.ts";
import { voiceHostDeps } from "./core/voice/setup.ts";
import { MenuError, MenuHolder } from "./core/menu/load.ts";
import type { MenuModel } from "../shared/menu/model.ts";
import { BackOffice } from "./core/admin/back-office.ts";
import { loadHostMenu } from "./core/admin/menu-admin.ts";
import { safeStorageSecretBox } from "./core/admin/secrets.ts";
import { SettingsStore, type Env } from "./core/admin/settings.ts";
import { AdminIpc } from "./host/admin-ipc.ts";
import {
  APP_HOST,
  APP_ORIGIN,
  APP_SCHEME,
  IPC_ADMIN_CHANNEL,
  IPC_ADMIN_PRINT_CHANNEL,
  IPC_COMMAND_CHANNEL,
  IPC_EVENT_CHANNEL,
} from "./host/ipc-channels.ts";
import { KioskHost, type HostConnection } from "./host/kiosk-host.ts";
import { securityHeaders } from "./host/security-headers.ts";
import { allowNavigation, allowPermission, checkIpcCommand, kioskModeWanted, osEncryptionTrusted, type IpcSender } from "./host/shell-policy.ts";
import { choosePrinter, printFailureMessage, TICKET_MEASURE_SCRIPT, ticketPageSize, ticketPageUrl } from "./host/ticket-print.ts";
import { defaultMounts, resolveStatic, type StaticMount } from "./host/static-files.ts";

const log = (line: string) => console.error(`kiosk: ${line}`);

// Must happen before "ready": app:// behaves like https (secure context for the microphone, fetch, streaming).
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true, codeCache: true } },
]);

/** How long quitting waits for queued kitchen deliveries before closing the order database. */
const QUIT_DELIVERY_WAIT_MS = 2000;
/** Measuring the ticket's height before printing; past this the fallback page length is used. */
const TICKET_MEASURE_TIMEOUT_MS = 3000;

let window: BrowserWindow | undefined;
let kiosk: KioskHost | undefined;
let office: BackOffice | undefined;
let closed = false;

if (!app.requestSingleInstanceLock()) {
  // Another kiosk is already on this screen: bring it forward and leave.
  app.quit();
} else {
  app.on("second-instance", () => {
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  app.on("web-contents-created", (_e, contents) => lockDown(contents));
  app.on("window-all-closed", () => app.quit());
  app.on("before-quit", (e) => {
    if (closed) return;
    // Hold the quit until the back office has flushed deliveries and closed the order database.
    e.preventDefault();
    if (kiosk === undefined && office === undefined) return finishQuit();
    kiosk?.close();
    kiosk = undefined;
    const closing = office;
    office = undefined;
    void (closing ? closing.close(QUIT_DELIVERY_WAIT_MS) : Promise.resolve()).then(finishQuit, (err: unknown) => {
      log(`the order store did not close cleanly: ${(err as Error)?.message ?? String(err)}`);
      finishQuit();
    });
  });
  app.whenReady().then(start, (err: unknown) => fail("the app could not start", err));
}

function finishQuit(): void {
  closed = true;
  app.quit();
}

async function start(): Promise<void> {
  const root = app.getAppPath();
  const menuFile = process.env.KIOSK_MENU ?? join(root, "assets/menu/demo-cafe.menu.json");
  const dataDir = process.env.KIOSK_DATA_DIR ?? app.getPath("userData");
  let settings: SettingsStore;
  try {
    settings = new SettingsStore(dataDir);
  } catch (err) {
    return fail(`the kiosk's data folder ${dataDir} cannot be used`, err);
  }
  let holder: MenuHolder;
  try {
    // A menu imported on the admin screen wins over KIOSK_MENU / the demo menu.
    holder = new MenuHolder(await loadHostMenu(settings, menuFile, log));
  } catch (err) {
    return fail(err instanceof MenuError ? `the menu ${err.file} is not usable:\n${err.problems.join("\n")}` : "the menu could not be read", err);
  }
  const rendererDir = join(root, "dist/renderer");
  if (!existsSync(join(rendererDir, "index.html"))) {
    return fail(`the screen is not built (${rendererDir} has no index.html); run \`npm run build\``);
  }
  const mounts = defaultMounts({ root, rendererDir, menu: holder });
  protocol.handle(APP_SCHEME, (request) => serveAppFile(mounts, request));

  // The back office: durable orders + kitchen delivery (its sink is where orders go;
  // no other order sink is opened), sold-out switches over `holder`, staff settings
  // laid over the environment, API keys sealed with the OS keychain.
  let back: BackOffice;
  try {
    back = new BackOffice({ dataDir, baseEnv: process.env, menu: holder, secretBox: keychainSecretBox(), settings, log });
  } catch (err) {
    return fail("the back office (settings, order store) could not open", err);
  }
  office = back;
  if (!back.orders) log(`orders are kept ${back.describeOrders()}`);
  // Settings saved on the admin screen take effect at the next start (delivery settings at once).
  const env = back.effectiveEnv();
  const kind = engineKindFromEnv(env);
  // Speech in and out, as in `kiosk serve` (the menu event tells the screen what works).
  const voice = await voiceHostDeps(loadConfig(env), { log, espeakCommand: env.KIOSK_ESPEAK });
  const host = new KioskHost({
    menu: holder,
    orders: back.sink,
    createEngine: (model) => engineOrOffline(kind, model, env),
    // The back office watches each session (latency stats; transcripts only if the store keeps them).
    createSession: (parts) => back.observe(voice.createSession(parts)),
    voice: voice.voice,
    log,
  });
  kiosk = host;
  try {
    await host.engine(holder.current.model);
  } catch (err) {
    return fail("the order dialogue could not start", err);
  }

  configureSession();
  Menu.setApplicationMenu(null);
  const fullscreen = kioskModeWanted(process.env, process.argv);
  const win = new BrowserWindow({
    width: 1080,
    height: 1920,
    show: false,
    backgroundColor: "#ffffff",
    autoHideMenuBar: true,
    kiosk: fullscreen,
    fullscreen,
    webPreferences: {
      preload: join(__dirname, "preload.cjs"),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false,
      devTools: !app.isPackaged,
      // The kiosk greets and answers out loud before anyone has touched the screen.
      autoplayPolicy: "no-user-gesture-required",
    },
  });
  window = win;
  win.removeMenu();
  win.once("ready-to-show", () => win.show());
  win.on("closed", () => {
    window = undefined;
  });
  wireIpc(win, host, new AdminIpc({ admin: back.admin, printer: (html, signal) => printTicketPage(html, signal, back.effectiveEnv()), log }));
  await win.loadURL(`${APP_ORIGIN}/index.html`);
}

/**
 * The engine the settings name; a model engine that cannot start (e.g. no API key)
 * falls back to the offline one, so a setting made on the admin screen cannot stop
 * the kiosk from starting.
 */
async function engineOrOffline(kind: EngineKind, model: MenuModel, env: Env) {
  try {
    return await createEngine(kind, model, { env });
  } catch (err) {
    if (kind === "offline") throw err;
    log(`the ${kind} engine could not start (${(err as Error)?.message ?? String(err)}); answering offline`);
    return createEngine("offline", model, { env });
  }
}

/** safeStorage as the back office's SecretBox, refused where it would not really encrypt. */
function keychainSecretBox() {
  const trusted = osEncryptionTrusted({
    platform: process.platform,
    available: safeStorage.isEncryptionAvailable(),
    linuxBackend: process.platform === "linux" ? safeStorage.getSelectedStorageBackend() : undefined,
  });
  return safeStorageSecretBox({
    isEncryptionAvailable: () => trusted,
    encryptString: (plain) => safeStorage.encryptString(plain),
    decryptString: (sealed) => safeStorage.decryptString(sealed),
  });
}

/** One KioskHost connection per page load: a reload is a new customer session (and a locked admin). */
function wireIpc(win: BrowserWindow, host: KioskHost, admin: AdminIpc): void {
  const contents = win.webContents;
  const contentsId = contents.id;
  const senderOf = (event: IpcMainEvent | IpcMainInvokeEvent): IpcSender => ({
    frameUrl: event.senderFrame?.url,
    // A frame with no parent is the top frame of the sending webContents.
    isMainFrame: event.senderFrame !== null && event.senderFrame.parent === null,
    fromKioskWindow: !contents.isDestroyed() && event.sender.id === contents.id,
  });
  const send = (event: KioskEvent) => {
    if (!contents.isDestroyed()) contents.send(IPC_EVENT_CHANNEL, event);
  };
  let conn: HostConnection = host.connect(send);
  const renew = () => {
    conn.close();
    conn = host.connect(send);
    admin.drop(contentsId);
  };
  contents.on("did-navigate", renew);
  contents.on("render-process-gone", (_e, details) => {
    log(`the screen's renderer process is gone (${details.reason}); reloading`);
    renew();
    if (!contents.isDestroyed()) contents.reload();
  });
  contents.on("destroyed", () => {
    conn.close();
    admin.drop(contentsId);
  });

  ipcMain.on(IPC_COMMAND_CHANNEL, (event, payload: unknown) => {
    const verdict = checkIpcCommand({ ...senderOf(event), payload });
    if (verdict.ok) {
      void conn.receive(verdict.command);
      return;
    }
    if (verdict.answer) send(verdict.answer);
    else log(`ignored an IPC message: ${verdict.reason}`);
  });
  // Staff admin: same sender check; the admin session (per webContents) validates the command.
  ipcMain.handle(IPC_ADMIN_CHANNEL, (event, payload: unknown) => admin.command(senderOf(event), event.sender.id, payload));
  ipcMain.handle(IPC_ADMIN_PRINT_CHANNEL, (event, orderId: unknown) => admin.printTicket(senderOf(event), event.sender.id, orderId));
}

/**
 * Print one kitchen ticket silently on the receipt printer (KIOSK_PRINTER, else the
 * system default): a hidden, sandboxed window with no preload loads the ticket as a
 * data: URL that may run and fetch nothing, is measured, printed 80 mm wide, and closed.
 */
async function printTicketPage(html: string, signal: AbortSignal, env: Env): Promise<void> {
  const win = new BrowserWindow({
    show: false,
    width: 320,
    height: 800,
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      webviewTag: false,
      spellcheck: false,
      devTools: false,
    },
  });
  const destroy = () => {
    if (!win.isDestroyed()) win.destroy();
  };
  signal.addEventListener("abort", destroy, { once: true });
  try {
    const printer = choosePrinter(await win.webContents.getPrintersAsync(), env.KIOSK_PRINTER);
    if (!printer.ok) throw new Error(printer.message);
    await win.loadURL(ticketPageUrl(html));
    if (signal.aborted) throw new Error("printing was stopped");
    // Height of the ticket in CSS px, so the page is as long as the ticket; the page's CSP does not bind main.
    const measured: unknown = await withTimeout(win.webContents.executeJavaScript(TICKET_MEASURE_SCRIPT), TICKET_MEASURE_TIMEOUT_MS).catch(() => undefined);
    const pageSize = ticketPageSize(typeof measured === "number" ? measured : undefined);
    await new Promise<void>((resolve, reject) => {
      win.webContents.print(
        { silent: true, printBackground: true, margins: { marginType: "none" }, pageSize, ...(printer.deviceName ? { deviceName: printer.deviceName } : {}) },
        (success, failureReason) => (success ? resolve() : reject(new Error(printFailureMessage(failureReason)))),
      );
    });
  } finally {
    signal.removeEventListener("abort", destroy);
    destroy();
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise,
    new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

function configureSession(): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_wc, permission, callback, details) => {
    const mediaTypes = "mediaTypes" in details ? details.mediaTypes : undefined;
    callback(allowPermission({ permission, requestingUrl: details.requestingUrl, isMainFrame: details.isMainFrame, ...(mediaTypes ? { mediaTypes } : {}) }));
  });
  ses.setPermissionCheckHandler((_wc, permission, requestingOrigin, details) =>
    allowPermission({ permission, requestingUrl: requestingOrigin, isMainFrame: details.isMainFrame, ...(details.mediaType ? { mediaTypes: [details.mediaType] } : {}) }),
  );
  ses.setDevicePermissionHandler(() => false);
  ses.setDisplayMediaRequestHandler((_req, callback) => callback(null));
  // The screen talks to Node over IPC only; it has no business on the network.
  ses.webRequest.onBeforeRequest({ urls: ["http://*/*", "https://*/*", "ws://*/*", "wss://*/*", "file://*/*"] }, (details, callback) => {
    log(`blocked a network request from the screen: ${details.url.slice(0, 200)}`);
    callback({ cancel: true });
  });
}

function lockDown(contents: WebContents): void {
  contents.setWindowOpenHandler(() => ({ action: "deny" }));
  contents.on("will-navigate", (e, url) => {
    if (!allowNavigation(url)) e.preventDefault();
  });
  contents.on("will-redirect", (e, url) => {
    if (!allowNavigation(url)) e.preventDefault();
  });
  contents.on("will-attach-webview", (e) => e.preventDefault());
}

async function serveAppFile(mounts: readonly StaticMount[], request: Request): Promise<Response> {
  const url = new URL(request.url);
  if (url.host !== APP_HOST) return new Response("not found", { status: 404 });
  if (request.method !== "GET" && request.method !== "HEAD") return new Response("method not allowed", { status: 405 });
  const found = await resolveStatic(mounts, url.pathname);
  if (!found.ok) return new Response(found.status === 404 ? "not found" : "bad request", { status: found.status, headers: securityHeaders() });
  const body = await readFile(found.file);
  return new Response(request.method === "HEAD" ? null : new Uint8Array(body.buffer, body.byteOffset, body.byteLength), {
    status: 200,
    headers: { ...securityHeaders(), "Content-Type": found.mime, "Cache-Control": found.cacheControl },
  });
}

function fail(message: string, err?: unknown): void {
  const detail = err === undefined ? "" : `\n\n${(err as Error)?.message ?? String(err)}`;
  log(`${message}${detail.replace(/\n+/g, " ")}`);
  dialog.showErrorBox("Kiosk", `${message}${detail}`);
  app.exit(1);
}
