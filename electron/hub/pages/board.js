// The customer pickup board: numbers being prepared, numbers ready. A number that
// becomes ready is highlighted and called out loud, in Korean then English, with the
// audio the hub synthesises (/api/call/ID?lang=..). It leaves the board when it is
// picked up, or a few minutes after it was ready (?readyMinutes=, default 5).
import { el, follow, hubNow } from "./hub-common.js";

const params = new URLSearchParams(location.search);
const READY_MS = Number(params.get("readyMinutes") ?? 5) * 60_000;
const HIGHLIGHT_MS = 15_000;
const CALL_LANGS = (params.get("langs") ?? "ko,en").split(",").filter(Boolean);

const highlighted = new Map(); // order id → until (ms)
const calls = []; // queue of {id, number}
let speaking = false;
const spoken = [];

document.getElementById("sound").addEventListener("click", (e) => {
  e.currentTarget.hidden = true;
  void speakNext();
});

const called = new Set(); // order ids called (or ready before this board started)
const RECALL_AFTER_RECONNECT_MS = 120_000;

function call(order) {
  called.add(order.id);
  highlighted.set(order.id, Date.now() + HIGHLIGHT_MS);
  calls.push({ id: order.id, number: order.number });
  void speakNext();
}

const state = follow((s, change) => {
  if (change.type === "snapshot") {
    // Numbers that became ready while the board was cut off are called now (if recent);
    // those ready before the board was switched on are only shown.
    for (const o of s.orders.values()) {
      if (o.state !== "ready" || called.has(o.id)) continue;
      if (change.first || hubNow(s) - o.readyAtMs > RECALL_AFTER_RECONNECT_MS) called.add(o.id);
      else call(o);
    }
  } else if (change.type === "order") {
    if (change.order.state === "ready" && change.previous?.state !== "ready") call(change.order);
    else if (change.order.state !== "ready") called.delete(change.order.id);
  }
  render(s);
});
setInterval(() => render(state), 1000);

async function speakNext() {
  if (speaking || calls.length === 0) return;
  speaking = true;
  const call = calls.shift();
  const banner = document.getElementById("called");
  banner.textContent = `${call.number}번 고객님, 주문하신 메뉴가 나왔습니다 · Order ${call.number} is ready`;
  try {
    if (!state.voice) throw new Error("no voice on the hub: numbers are shown, not called");
    for (const lang of CALL_LANGS) await play(`/api/call/${encodeURIComponent(call.id)}?lang=${lang}`);
    // Only what was played to the end counts as called.
    spoken.push(call.number);
    document.body.dataset.spoken = spoken.join(",");
  } catch (err) {
    // Blocked autoplay (no touch yet) or no voice: the highlight and banner still show it.
    document.body.dataset.speechError = err.message;
  } finally {
    speaking = false;
    void speakNext();
  }
}

function play(src) {
  return new Promise((resolve, reject) => {
    const a = new Audio(src);
    a.addEventListener("ended", () => resolve());
    a.addEventListener("error", () => reject(new Error(`cannot play ${src}`)));
    a.play().catch(reject);
  });
}

function render(s) {
  const now = hubNow(s);
  const orders = [...s.orders.values()];
  const preparing = orders.filter((o) => o.state === "new" || o.state === "preparing").sort((a, b) => a.receivedAtMs - b.receivedAtMs);
  const ready = orders.filter((o) => o.state === "ready" && now - (o.readyAtMs ?? now) < READY_MS).sort((a, b) => b.readyAtMs - a.readyAtMs);
  const item = (o) => el("li", { class: highlighted.get(o.id) > Date.now() ? "called" : "", "data-number": o.number }, String(o.number));
  document.getElementById("preparing").replaceChildren(...preparing.map(item));
  document.getElementById("ready").replaceChildren(...ready.map(item));
}
