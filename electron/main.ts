// The Electron shell: one locked-down window showing the built screen from app://kiosk/,
// talking to the kiosk core (KioskHost) over IPC. The screen gets nothing of Node or
// Electron: contextIsolation + sandbox, no nodeIntegration, a preload that exposes only
// window.kiosk = { send, onEvent }. Main accepts a command only from the window's own
// main frame on the app origin, and only when it matches the contract. The microphone
// is the one permission granted; the window cannot navigate or open others; it loads
// nothing from the network. All decisions live in host/shell-policy.ts (tested).
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, type WebContents } from "electron";
import { readFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { KioskEvent } from "../shared/contract.ts";
import { loadConfig } from "./core/config.ts";
import { createEngine, defaultEngineKind } from "./core/dialogue/factory.ts";
import { voiceHostDeps } from "./core/voice/setup.ts";
import { loadMenuFile, MenuError, MenuHolder } from "./core/menu/load.ts";
import { APP_HOST, APP_ORIGIN, APP_SCHEME, IPC_COMMAND_CHANNEL, IPC_EVENT_CHANNEL } from "./host/ipc-channels.ts";
import { KioskHost, type HostConnection } from "./host/kiosk-host.ts";
import { openOrderSink, type OpenedOrderSink } from "./host/order-sink.ts";
import { securityHeaders } from "./host/security-headers.ts";
import { allowNavigation, allowPermission, checkIpcCommand, kioskModeWanted } from "./host/shell-policy.ts";
import { defaultMounts, resolveStatic, type StaticMount } from "./host/static-files.ts";

const log = (line: string) => console.error(`kiosk: ${line}`);

// Must happen before "ready": app:// behaves like https (secure context for the microphone, fetch, streaming).
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true, codeCache: true } },
]);

let window: BrowserWindow | undefined;
let kiosk: KioskHost | undefined;
let orders: OpenedOrderSink | undefined;

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
  app.on("before-quit", () => {
    kiosk?.close();
    void orders?.close();
  });
  app.whenReady().then(start, (err: unknown) => fail("the app could not start", err));
}

async function start(): Promise<void> {
  const root = app.getAppPath();
  const menuFile = process.env.KIOSK_MENU ?? join(root, "assets/menu/demo-cafe.menu.json");
  let holder: MenuHolder;
  try {
    holder = new MenuHolder(await loadMenuFile(menuFile));
  } catch (err) {
    return fail(err instanceof MenuError ? `the menu ${err.file} is not usable:\n${err.problems.join("\n")}` : "the menu could not be read", err);
  }
  const rendererDir = join(root, "dist/renderer");
  if (!existsSync(join(rendererDir, "index.html"))) {
    return fail(`the screen is not built (${rendererDir} has no index.html); run \`npm run build\``);
  }
  const mounts = defaultMounts({ root, rendererDir, menu: holder });
  protocol.handle(APP_SCHEME, (request) => serveAppFile(mounts, request));

  const dataDir = process.env.KIOSK_DATA_DIR ?? app.getPath("userData");
  orders = await openOrderSink({ env: process.env, dataDir, menu: holder.current.model });
  if (!orders.durable) log(`orders are kept ${orders.description}`);
  const kind = defaultEngineKind(process.env);
  // Speech in and out, as in `kiosk serve` (the menu event tells the screen what works).
  const voice = await voiceHostDeps(loadConfig(process.env), { log });
  const host = new KioskHost({
    menu: holder,
    orders: orders.sink,
    createEngine: (model) => createEngine(kind, model, { env: process.env }),
    createSession: voice.createSession,
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
  wireIpc(win, host);
  await win.loadURL(`${APP_ORIGIN}/index.html`);
}

/** One KioskHost connection per page load: a reload is a new customer session. */
function wireIpc(win: BrowserWindow, host: KioskHost): void {
  const contents = win.webContents;
  const send = (event: KioskEvent) => {
    if (!contents.isDestroyed()) contents.send(IPC_EVENT_CHANNEL, event);
  };
  let conn: HostConnection = host.connect(send);
  const renew = () => {
    conn.close();
    conn = host.connect(send);
  };
  contents.on("did-navigate", renew);
  contents.on("render-process-gone", (_e, details) => {
    log(`the screen's renderer process is gone (${details.reason}); reloading`);
    renew();
    if (!contents.isDestroyed()) contents.reload();
  });
  contents.on("destroyed", () => conn.close());

  ipcMain.on(IPC_COMMAND_CHANNEL, (event, payload: unknown) => {
    const verdict = checkIpcCommand({
      frameUrl: event.senderFrame?.url,
      // A frame with no parent is the top frame of the sending webContents.
      isMainFrame: event.senderFrame !== null && event.senderFrame.parent === null,
      fromKioskWindow: !contents.isDestroyed() && event.sender.id === contents.id,
      payload,
    });
    if (verdict.ok) {
      void conn.receive(verdict.command);
      return;
    }
    if (verdict.answer) send(verdict.answer);
    else log(`ignored an IPC message: ${verdict.reason}`);
  });
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
