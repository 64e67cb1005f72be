// Shared by the hub's store screens (kitchen display, pickup board, staff view).
// The live state comes from /api/stream: a full "snapshot" on every (re)connect,
// then one event per change. EventSource reconnects by itself after a network drop,
// and the new snapshot replaces everything, so a screen never misses an order.

/** Build an element; children are nodes or text (text is never parsed as HTML). */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === "class") node.className = v;
    // Through the CSSOM: the pages' CSP allows no inline style attributes.
    else if (k === "style") Object.assign(node.style, v);
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? "" : String(v));
  }
  for (const c of children.flat()) if (c !== undefined && c !== null && c !== false) node.append(c instanceof Node ? c : String(c));
  return node;
}

/**
 * Follow the hub. `onChange(state, change)` runs after every snapshot or event;
 * `change` is {type: "snapshot", first} or {type: "order", order, previous} etc.
 */
export function follow(onChange) {
  const state = { orders: new Map(), kiosks: new Map(), soldOut: {}, menu: [], publishedMenu: null, perHour: [], voice: false, skewMs: 0, connected: false, businessDay: "" };
  const status = document.getElementById("link");
  const setLink = (ok) => {
    state.connected = ok;
    if (status) {
      status.textContent = ok ? "● 연결됨 / Live" : "○ 다시 연결 중 / Reconnecting…";
      status.className = ok ? "link ok" : "link down";
    }
  };
  // EventSource retries a refused or closed connection by itself, but not one that went
  // silent (a pulled cable): the hub pings every 15 s, so after 40 s of nothing, reconnect.
  let source;
  let watchdog;
  let snapshots = 0;
  const alive = () => {
    clearTimeout(watchdog);
    watchdog = setTimeout(() => {
      setLink(false);
      source.close();
      connect();
    }, 40_000);
  };
  const handlers = {
    open: () => setLink(true),
    error: () => {
      setLink(false);
      // A stream refused because the staff PIN changed (or the screen's cookie expired) is
      // not retried by EventSource: ask the hub, and go to its PIN page if that is why.
      void fetch("/api/state").then((res) => res.status === 401 && goToLogin(), () => {});
    },
    ping: () => {},
    snapshot: (s) => {
      state.orders = new Map(s.orders.map((o) => [o.id, o]));
      state.kiosks = new Map(s.kiosks.map((k) => [k.id, k]));
      state.soldOut = s.soldOut;
      state.menu = s.menu;
      state.publishedMenu = s.publishedMenu;
      state.perHour = s.perHour;
      state.voice = s.voice;
      state.businessDay = s.businessDay;
      state.skewMs = s.nowMs - Date.now();
      setLink(true);
      onChange(state, { type: "snapshot", first: ++snapshots === 1 });
    },
    order: (order) => {
      const previous = state.orders.get(order.id);
      state.orders.set(order.id, order);
      if (order.isNew && !previous) bumpHour(state, order);
      onChange(state, { type: "order", order, previous });
    },
    kiosk: (kiosk) => {
      state.kiosks.set(kiosk.id, kiosk);
      onChange(state, { type: "kiosk", kiosk });
    },
    menu: (m) => {
      state.menu = m.items;
      state.publishedMenu = { version: m.version, hash: m.hash, publishedAtMs: m.publishedAtMs, publishedBy: m.publishedBy };
      onChange(state, { type: "menu" });
    },
    soldOut: (soldOut) => {
      state.soldOut = soldOut;
      onChange(state, { type: "soldOut" });
    },
  };
  const connect = () => {
    source = new EventSource("/api/stream");
    for (const [name, handle] of Object.entries(handlers)) {
      source.addEventListener(name, (e) => {
        alive();
        handle(e.data === undefined ? undefined : JSON.parse(e.data));
      });
    }
  };
  connect();
  return state;
}

function bumpHour(state, order) {
  const hour = new Date(order.placedAtMs).getHours();
  const row = state.perHour.find((h) => h.hour === hour);
  if (row) row.count++;
  else state.perHour = [...state.perHour, { hour, count: 1 }].sort((a, b) => a.hour - b.hour);
}

/** The hub's clock (screens may be off by minutes). */
export function hubNow(state) {
  return Date.now() + state.skewMs;
}

function goToLogin() {
  location.assign(`/login?next=${encodeURIComponent(location.pathname + location.search)}`);
}

export async function post(path, body = {}) {
  const res = await fetch(path, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  if (res.status === 401) goToLogin();
  const json = await res.json().catch(() => ({}));
  if (!res.ok) throw new Error(json.error ?? `HTTP ${res.status}`);
  return json;
}

export function minutesSeconds(ms) {
  const s = Math.max(0, Math.floor(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
}

export function clock(ms) {
  const d = new Date(ms);
  return `${String(d.getHours()).padStart(2, "0")}:${String(d.getMinutes()).padStart(2, "0")}`;
}

export function kioskLabel(order) {
  return order.kiosk ? `K${order.kiosk.slot + 1}` : "";
}

export function showError(err) {
  const box = document.getElementById("error");
  if (!box) return;
  box.textContent = err.message;
  box.hidden = false;
  setTimeout(() => (box.hidden = true), 4000);
}
