// The kitchen display: every order still to make, oldest first, as a cook reads it.
// Touch "시작 / Start" when you begin, "완료 / Ready" when it is on the counter;
// "되돌리기 / Recall" brings back the order marked ready last. A new order chimes.
import { el, follow, post, hubNow, minutesSeconds, kioskLabel, showError } from "./hub-common.js";

// Age colours: an order turns amber at 5 minutes and red at 10 (?warn=&late= in minutes).
const params = new URLSearchParams(location.search);
const WARN_MS = Number(params.get("warn") ?? 5) * 60_000;
const LATE_MS = Number(params.get("late") ?? 10) * 60_000;

let audio;
let chimes = 0;
function chime() {
  chimes++;
  document.body.dataset.chimes = String(chimes);
  try {
    audio ??= new AudioContext();
    if (audio.state === "suspended") void audio.resume();
    const t = audio.currentTime;
    for (const [i, freq] of [880, 1320].entries()) {
      const osc = audio.createOscillator();
      const gain = audio.createGain();
      osc.frequency.value = freq;
      gain.gain.setValueAtTime(0.0001, t + i * 0.18);
      gain.gain.exponentialRampToValueAtTime(0.4, t + i * 0.18 + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, t + i * 0.18 + 0.35);
      osc.connect(gain).connect(audio.destination);
      osc.start(t + i * 0.18);
      osc.stop(t + i * 0.18 + 0.4);
    }
  } catch {
    // No audio device: the ticket still appears.
  }
}

document.getElementById("sound").addEventListener("click", (e) => {
  audio ??= new AudioContext();
  void audio.resume();
  e.currentTarget.hidden = true;
});
document.getElementById("recall").addEventListener("click", () => post("/api/recall").catch(showError));

const state = follow((s, change) => {
  if (change.type === "order" && change.order.isNew && !change.previous) chime();
  if (change.type === "snapshot" || change.type === "order") render(s);
});
// Ages tick in place: the tickets (and a button under a cook's finger) are rebuilt only when orders change.
setInterval(() => tick(state), 1000);

function ageClass(age) {
  return age >= LATE_MS ? "late" : age >= WARN_MS ? "warn" : "fresh";
}

function render(s) {
  const open = [...s.orders.values()].filter((o) => o.state === "new" || o.state === "preparing").sort((a, b) => a.receivedAtMs - b.receivedAtMs);
  document.getElementById("counts").textContent = `${open.length} 주문 / orders`;
  document.getElementById("tickets").replaceChildren(...open.map((o) => ticket(o)));
  tick(s);
}

function tick(s) {
  const now = hubNow(s);
  for (const node of document.querySelectorAll(".ticket")) {
    const age = now - Number(node.dataset.placedAt);
    node.querySelector(".age").textContent = minutesSeconds(age);
    node.classList.remove("fresh", "warn", "late");
    node.classList.add(ageClass(age));
  }
}

function ticket(o) {
  const act = (action) => () => post(`/api/orders/${encodeURIComponent(o.id)}/${action}`).catch(showError);
  return el(
    "article",
    { class: `ticket ${o.state}`, "data-number": o.number, "data-state": o.state, "data-placed-at": o.placedAtMs },
    el("div", { class: "head" }, el("span", { class: "number" }, String(o.number)), el("span", { class: "kiosk" }, kioskLabel(o)), el("span", { class: "age" }, "")),
    o.kitchen.notes.length ? el("div", { class: "notes" }, o.kitchen.notes.join(" · ")) : null,
    el(
      "ul",
      { class: "lines" },
      o.kitchen.lines.map((l) => el("li", {}, el("span", { class: "qty" }, `${l.qty}×`), " ", el("span", { class: "name" }, l.name), l.options.length ? el("ul", { class: "options" }, l.options.map((t) => el("li", {}, t))) : null)),
    ),
    el(
      "div",
      { class: "actions" },
      o.state === "new" ? el("button", { type: "button", class: "start", onclick: act("start") }, "시작 / Start") : el("span", { class: "cooking" }, "조리 중 / Cooking"),
      el("button", { type: "button", class: "ready", onclick: act("ready") }, "완료 / Ready"),
    ),
  );
}
