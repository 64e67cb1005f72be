// The Electron shell: one locked-down window showing the built screen from app://kiosk/,
// talking to the kiosk core (KioskHost) over IPC. The screen gets nothing of Node or
// Electron: contextIsolation + sandbox, no nodeIntegration, a preload that exposes only
// window.kiosk = { send, onEvent, admin, printTicket }. Main accepts a command or an
// admin request only from the window's own main frame on the app origin, and only when
// it matches its contract. The microphone is the one permission granted; the window
// cannot navigate or open others; it loads nothing from the network. All decisions
// live in host/shell-policy.ts, host/admin-ipc.ts, host/ticket-print.ts and
// host/app-protocol.ts (tested).
// The kiosk itself (settings, menu, back office, engine, voice) is built by
// host/compose.ts, the same function `kiosk serve` uses; this file adds the window,
// the app:// protocol and IPC. Staying up (kiosk mode, a window that does not close,
// crashed or hung screens reloaded with backoff, relaunching) is decided in
// host/stay-up.ts; the OS supervisor (README, "Installing in a store") restarts the
// app if it exits anyway.
import { app, BrowserWindow, dialog, ipcMain, Menu, powerMonitor, protocol, safeStorage, session, type IpcMainEvent, type IpcMainInvokeEvent, type WebContents } from "electron";
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { KioskEvent } from "../shared/contract.ts";
import { safeStorageSecretBox } from "./core/admin/secrets.ts";
import type { Env } from "./core/admin/settings.ts";
import { AdminIpc } from "./host/admin-ipc.ts";
import { composeKiosk, startFailureMessage, type ComposedKiosk } from "./host/compose.ts";
import { connectToHub, type HubConnection } from "./hub/connect.ts";
import {
  APP_ORIGIN,
  APP_SCHEME,
  IPC_ADMIN_CHANNEL,
  IPC_ADMIN_PRINT_CHANNEL,
  IPC_COMMAND_CHANNEL,
  IPC_EVENT_CHANNEL,
} from "./host/ipc-channels.ts";
import type { KioskHost, HostConnection } from "./host/kiosk-host.ts";
import { allowNavigation, allowPermission, checkIpcCommand, osEncryptionTrusted, type IpcSender } from "./host/shell-policy.ts";
import { EXIT_STAFF_QUIT, FaultPolicy, kioskModeWanted, mayClose, RendererRecovery, restartPlan, UNRESPONSIVE_GRACE_MS, type ProcessFault } from "./host/stay-up.ts";
import { choosePrinter, printFailureMessage, TICKET_MEASURE_SCRIPT, ticketPageSize, ticketPageUrl } from "./host/ticket-print.ts";
import { defaultMounts } from "./host/static-files.ts";
import { serveAppFile } from "./host/app-protocol.ts";

const log = (line: string) => console.error(`kiosk: ${line}`);

// Must happen before "ready": app:// behaves like https (secure context for the microphone, fetch, streaming).
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true, codeCache: true } },
]);

/** How long quitting waits for queued kitchen deliveries before closing the order database. */
const QUIT_DELIVERY_WAIT_MS = 2000;
/** Measuring the ticket's height before printing; past this the fallback page length is used. */
const TICKET_MEASURE_TIMEOUT_MS = 3000;

/** A relaunch that does not finish closing by then exits anyway (the relaunched app takes over). */
const RELAUNCH_EXIT_AFTER_MS = 5000;

let window: BrowserWindow | undefined;
let kiosk: ComposedKiosk | undefined;
let hubLink: HubConnection | undefined;
let closed = false;
/** The code the app exits with once closed: a restart request for the supervisor, or a staff quit. */
let exitCode = EXIT_STAFF_QUIT;
/** Staff quit from the admin screen, or the app is relaunching itself: the window may close. */
let leaving = false;
/** The OS or its service manager is stopping the app (shutdown, log off, SIGTERM): never stand in its way. */
let systemShutdown = false;
const recovery = new RendererRecovery();
const faults = new FaultPolicy();

const closeAllowed = () => mayClose({ staffQuit: leaving, systemShutdown, packaged: app.isPackaged });

// The service manager (systemctl stop, a shutdown) asks the app to stop: it closes cleanly.
for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.on(signal, () => {
    log(`${signal}: closing`);
    systemShutdown = true;
    app.quit();
  });
}

for (const kind of ["uncaughtException", "unhandledRejection"] as ProcessFault[]) {
  process.on(kind, (err: unknown) => {
    log(`${kind}: ${(err as Error)?.stack ?? String(err)}`);
    if (faults.decide(kind) === "relaunch") relaunch(`${kind} in the main process`);
  });
}

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
  app.on("child-process-gone", (_e, details) => {
    // The GPU or another helper process died; Chromium restarts it, and a screen that went blank with it is reloaded.
    log(`a ${details.type} process is gone (${details.reason})`);
    if (details.type === "GPU" && details.reason !== "clean-exit") recoverScreen(`the GPU process ${details.reason}`);
  });
  app.on("before-quit", (e) => {
    if (closed) return;
    e.preventDefault();
    if (!closeAllowed()) {
      log("refused to quit: staff close the kiosk from the admin screen");
      return;
    }
    // Hold the quit until the back office has flushed deliveries and closed the order database.
    const closing = kiosk;
    kiosk = undefined;
    hubLink?.close();
    hubLink = undefined;
    if (!closing) return finishQuit();
    void closing.close(QUIT_DELIVERY_WAIT_MS).then(finishQuit, (err: unknown) => {
      log(`the order store did not close cleanly: ${(err as Error)?.message ?? String(err)}`);
      finishQuit();
    });
  });
  // Every failure inside start(), thrown or rejected, ends on the fail path (a dialog, exit 1).
  app
    .whenReady()
    .then(start)
    .catch((err: unknown) => fail(startFailureMessage(err)));
}

function finishQuit(): void {
  closed = true;
  if (exitCode !== EXIT_STAFF_QUIT) app.exit(exitCode);
  else app.quit();
}

/** Start the app again from scratch (after repeated screen failures or a main-process fault). */
function relaunch(reason: string): void {
  if (leaving) return;
  log(`restarting: ${reason}`);
  leaving = true;
  const plan = restartPlan(process.env);
  if (plan.kind === "relaunch") app.relaunch();
  else exitCode = plan.code;
  setTimeout(() => app.exit(exitCode), RELAUNCH_EXIT_AFTER_MS).unref();
  app.quit();
}

/** The screen crashed, hung or lost its GPU: reload it after a growing wait, or relaunch. */
function recoverScreen(why: string): void {
  const step = recovery.failed(why);
  if (step.action === "relaunch") return relaunch(step.reason);
  log(`the screen failed (${why}); reloading in ${step.delayMs} ms`);
  setTimeout(() => {
    if (window && !window.isDestroyed()) window.webContents.reload();
  }, step.delayMs);
}

async function start(): Promise<void> {
  const root = app.getAppPath();
  const rendererDir = join(root, "dist/renderer");
  if (!existsSync(join(rendererDir, "index.html"))) throw new Error(`the screen is not built (${rendererDir} has no index.html); run \`npm run build\``);
  // Settings, menu, back office (durable orders + kitchen delivery, staff admin), engine
  // and voice, exactly as `kiosk serve` builds them; API keys sealed with the OS keychain.
  const built = await composeKiosk({
    menuFile: process.env.KIOSK_MENU ?? join(root, "assets/menu/demo-cafe.menu.json"),
    dataDir: process.env.KIOSK_DATA_DIR ?? app.getPath("userData"),
    baseEnv: process.env,
    secretBox: keychainSecretBox(),
    quitApp: () => {
      log("staff closed the kiosk from the admin screen");
      leaving = true;
      app.quit();
    },
    onEnvChanged: (next) => hubLink?.reconfigure(next),
    log,
  });
  kiosk = built;
  // The store hub (KIOSK_HUB_URL): number block, shared menu and sold-out switches; orders reach it through the outbox.
  hubLink = connectToHub(built.office, built.menu, built.env, log);
  const mounts = defaultMounts({ root, rendererDir, menu: built.menu });
  protocol.handle(APP_SCHEME, (request) => serveAppFile(mounts, request));

  configureSession();
  Menu.setApplicationMenu(null);
  const fullscreen = kioskModeWanted(process.env, process.argv, app.isPackaged);
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
  // Alt+F4, a close gesture, a stray keyboard: refused in a store build (host/stay-up.ts).
  win.on("close", (e) => {
    if (closeAllowed()) return;
    e.preventDefault();
    log("refused to close the kiosk window: staff close it from the admin screen");
  });
  // Windows: the session is ending (shutdown, log off); elsewhere powerMonitor says so.
  win.on("session-end", () => {
    systemShutdown = true;
  });
  powerMonitor.on("shutdown", () => {
    systemShutdown = true;
  });
  win.on("closed", () => {
    window = undefined;
  });
  const env = built.env;
  wireIpc(win, built.host, new AdminIpc({ admin: built.office.admin, printer: (html, signal) => printTicketPage(html, signal, env), log }));
  await win.loadURL(`${APP_ORIGIN}/index.html`);
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
    renew();
    recoverScreen(`its renderer process ${details.reason}`);
  });
  // A hung screen gets a grace period to answer again, then its renderer is ended
  // (which arrives above as render-process-gone, and is reloaded from there).
  let hung: NodeJS.Timeout | undefined;
  contents.on("unresponsive", () => {
    log("the screen stopped responding");
    clearTimeout(hung);
    hung = setTimeout(() => {
      if (!contents.isDestroyed()) contents.forcefullyCrashRenderer();
    }, UNRESPONSIVE_GRACE_MS);
  });
  contents.on("responsive", () => {
    clearTimeout(hung);
    hung = undefined;
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

/** The kiosk cannot start: tell whoever is at the screen, and exit (the supervisor tries again later). */
function fail(message: string, err?: unknown): void {
  const detail = err === undefined ? "" : `\n\n${(err as Error)?.message ?? String(err)}`;
  log(`${message}${detail.replace(/\n+/g, " ")}`);
  dialog.showErrorBox("Kiosk", `${message}${detail}`);
  app.exit(1);
}
