// The staff view: today's orders from every kiosk, each kiosk's link (online, last
// seen, orders not yet delivered to the hub), orders per hour, and the store's
// sold-out switches (a switch reaches every kiosk at once).
import { el, follow, post, hubNow, clock, kioskLabel, showError } from "./hub-common.js";

const STATE_NAMES = { new: "새 주문 / New", preparing: "조리 중 / Preparing", ready: "완료 / Ready", picked_up: "수령 / Picked up", cancelled: "취소 / Cancelled" };

const state = follow(() => render(state));

document.getElementById("menu-file").addEventListener("change", async (e) => {
  const file = e.currentTarget.files[0];
  if (!file) return;
  const result = document.getElementById("menu-result");
  try {
    const r = await post("/api/menu", { text: await file.text() });
    result.textContent = `메뉴 ${r.menu.version}판을 모든 키오스크에 보냈어요 / Menu version ${r.menu.version} sent to every kiosk`;
    result.className = "ok";
  } catch (err) {
    result.textContent = err.message;
    result.className = "error";
  }
  e.currentTarget.value = "";
});
setInterval(() => renderKiosks(state), 5000);

function render(s) {
  document.getElementById("day").textContent = s.businessDay;
  document.getElementById("menu-state").textContent = s.publishedMenu
    ? `${s.publishedMenu.version}판 · ${clock(s.publishedMenu.publishedAtMs)} · ${s.menu.length} items`
    : "허브에 올린 메뉴 없음: 각 키오스크의 메뉴 / No menu published on the hub: each kiosk uses its own";
  renderKiosks(s);
  const max = Math.max(1, ...s.perHour.map((h) => h.count));
  document.getElementById("hours").replaceChildren(
    ...s.perHour.map((h) => el("li", {}, el("span", { class: "hour" }, `${String(h.hour).padStart(2, "0")}:00`), el("span", { class: "bar", style: { width: `${(h.count / max) * 100}%` } }), el("span", { class: "count" }, String(h.count)))),
  );
  document.getElementById("soldout").replaceChildren(
    ...s.menu.map((item) => {
      const name = item.name.ko ?? Object.values(item.name)[0] ?? item.id;
      const box = el("input", { type: "checkbox", "data-item": item.id, checked: s.soldOut[item.id] === true, onchange: (e) => post("/api/sold-out", { itemId: item.id, soldOut: e.currentTarget.checked }).catch(showError) });
      return el("li", {}, el("label", {}, box, " ", name));
    }),
  );
  const orders = [...s.orders.values()].sort((a, b) => b.receivedAtMs - a.receivedAtMs);
  document.getElementById("orders").tBodies[0].replaceChildren(
    ...orders.map((o) =>
      el(
        "tr",
        { "data-number": o.number, class: o.state },
        el("td", { class: "num" }, String(o.number)),
        el("td", {}, kioskLabel(o)),
        el("td", {}, clock(o.placedAtMs)),
        el("td", {}, o.kitchen.lines.map((l) => `${l.qty}× ${l.name}`).join(", ")),
        el("td", { class: "num" }, `${o.order.total.toLocaleString()} ${o.order.currency}`),
        el("td", {}, STATE_NAMES[o.state] + (o.cancelled ? ` (${o.cancelled.by}: ${o.cancelled.reason})` : "")),
        el("td", {}, actions(o)),
      ),
    ),
  );
}

function actions(o) {
  const out = [];
  const act = (action, body) => post(`/api/orders/${encodeURIComponent(o.id)}/${action}`, body).catch(showError);
  if (o.state === "ready") out.push(el("button", { type: "button", onclick: () => act("pickup") }, "수령 / Picked up"));
  if (o.state !== "picked_up" && o.state !== "cancelled") {
    out.push(
      el("button", {
        type: "button",
        onclick: () => {
          const by = prompt("누가 취소하나요? / Who cancels?");
          if (!by) return;
          const reason = prompt("취소 이유 / Why?");
          if (!reason) return;
          void act("cancel", { by, reason });
        },
      }, "취소 / Cancel"),
    );
  }
  return out;
}

function renderKiosks(s) {
  const now = hubNow(s);
  document.getElementById("kiosks").tBodies[0].replaceChildren(
    ...[...s.kiosks.values()].map((k) =>
      el(
        "tr",
        { "data-kiosk": k.slot + 1, class: k.online ? "online" : "offline" },
        el("td", {}, `K${k.slot + 1} ${k.name}`),
        el("td", {}, `${k.plan.first}–${k.plan.last}`),
        el("td", {}, k.online ? "● online" : "○ offline"),
        el("td", {}, `${Math.round((now - k.lastSeenMs) / 1000)} s ago`),
        el("td", { class: "num" }, String(k.undelivered)),
      ),
    ),
  );
}
