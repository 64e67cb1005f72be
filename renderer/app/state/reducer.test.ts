import { describe, expect, it } from "vitest";
import type { KioskEvent } from "../../../shared/contract.ts";
import { cafeMenu, noodleMenu } from "../testing/menus.ts";
import { cartView, pendingHandDrip, twoIcedAmericanos } from "../testing/carts.ts";
import { initialState, reduce, type AppAction, type AppState } from "./reducer.ts";

const prefs = { largeText: false, highContrast: false };
const ev = (event: KioskEvent): AppAction => ({ type: "event", event });
const menuEvent = (menu: unknown = cafeMenu): AppAction => ev({ type: "menu", menu, assetBase: "/menu-assets/", voice: { input: false, output: false } });
const run = (actions: AppAction[], from: AppState = initialState(prefs)) => actions.reduce(reduce, from);

describe("menu event", () => {
  it("builds the model, picks the first non-empty category, keeps a language the menu has", () => {
    const s = run([menuEvent()]);
    expect(s.model?.menu.store.id).toBe("test-cafe");
    expect(s.category).toBe("coffee");
    expect(s.lang).toBe("ko");
    expect(s.assetBase).toBe("/menu-assets/");
  });
  it("starts in the menu's first language, whatever the screen showed before", () => {
    expect(run([menuEvent(noodleMenu)]).lang).toBe("en");
    expect(run([menuEvent({ ...noodleMenu, store: { ...noodleMenu.store, languages: ["en"] } })]).lang).toBe("en");
  });
  it("keeps a language the customer chose when the menu is reloaded, if the menu still offers it", () => {
    const chosen = run([menuEvent(noodleMenu), { type: "ui/setLang", lang: "ko" }]);
    expect(chosen).toMatchObject({ lang: "ko", langChosen: true });
    expect(reduce(chosen, menuEvent(noodleMenu)).lang).toBe("ko");
    expect(reduce(chosen, menuEvent({ ...noodleMenu, store: { ...noodleMenu.store, languages: ["en"] } })).lang).toBe("en");
  });
  it("keeps the last good menu and reports a broken one", () => {
    const s = run([menuEvent(), menuEvent({ version: 1 })]);
    expect(s.model?.menu.store.id).toBe("test-cafe");
    expect(s.menuError).toMatch(/store/);
  });
  it("closes an open item sheet whose item is gone from a reloaded menu", () => {
    const s = run([menuEvent(), { type: "ui/openItem", item: "americano" }, menuEvent(noodleMenu)]);
    expect(s.sheetItem).toBeNull();
    expect(s.category).toBe("bowls");
  });
});

describe("conversation", () => {
  it("streams reply deltas into one kiosk entry and finalises it with the reply text", () => {
    const s = run([
      menuEvent(),
      ev({ type: "user", turnId: "t1", text: "아아 두 잔" }),
      ev({ type: "replyDelta", turnId: "t1", delta: "아이스 아메리카노 " }),
      ev({ type: "replyDelta", turnId: "t1", delta: "두 잔 담았어요" }),
    ]);
    expect(s.conversation.map((e) => [e.role, e.text, e.done])).toEqual([
      ["user", "아아 두 잔", true],
      ["kiosk", "아이스 아메리카노 두 잔 담았어요", false],
    ]);
    const done = reduce(s, ev({ type: "reply", turnId: "t1", text: "아이스 아메리카노 두 잔 담았어요.", engine: "offline" }));
    expect(done.conversation[1]).toMatchObject({ text: "아이스 아메리카노 두 잔 담았어요.", done: true });
  });

  it("adds a reply that had no deltas, and keeps turns apart", () => {
    const s = run([
      ev({ type: "user", turnId: "t1", text: "a" }),
      ev({ type: "reply", turnId: "t1", text: "A", engine: "offline" }),
      ev({ type: "user", turnId: "t2", text: "b" }),
      ev({ type: "replyDelta", turnId: "t2", delta: "B" }),
    ]);
    expect(s.conversation.map((e) => e.text)).toEqual(["a", "A", "b", "B"]);
    expect(new Set(s.conversation.map((e) => e.key)).size).toBe(4);
  });

  it("moves a customer who speaks at the attract or order-type screen into ordering", () => {
    expect(run([menuEvent(), ev({ type: "user", turnId: "t1", text: "hi" })]).screen).toBe("ordering");
    expect(run([menuEvent(), { type: "ui/start" }, ev({ type: "user", turnId: "t1", text: "hi" })]).screen).toBe("ordering");
  });
});

describe("ask", () => {
  const askChoice = ev({ type: "reply", turnId: "t1", text: "원두는요?", engine: "offline", ask: { kind: "choice", lineId: "l2", item: "hand-drip", group: "bean" } });

  it("shows the kiosk's question until the cart no longer needs it", () => {
    let s = run([menuEvent(), ev({ type: "cart", cart: pendingHandDrip }), askChoice]);
    expect(s.ask).toMatchObject({ kind: "choice", lineId: "l2" });
    s = reduce(s, ev({ type: "cart", cart: pendingHandDrip }));
    expect(s.ask).not.toBeNull();
    s = reduce(s, ev({ type: "cart", cart: twoIcedAmericanos }));
    expect(s.ask).toBeNull();
  });

  it("drops an order-option question once that option changes", () => {
    let s = run([
      menuEvent(),
      ev({ type: "cart", cart: twoIcedAmericanos }),
      ev({ type: "reply", turnId: "t1", text: "?", engine: "offline", ask: { kind: "orderOption", group: "dining" } }),
    ]);
    s = reduce(s, ev({ type: "cart", cart: { ...twoIcedAmericanos, itemCount: 3 } }));
    expect(s.ask?.kind).toBe("orderOption");
    s = reduce(s, ev({ type: "cart", cart: { ...twoIcedAmericanos, orderOptions: { dining: "togo" } } }));
    expect(s.ask).toBeNull();
  });

  it("clears the question when the customer speaks, or the next reply asks nothing", () => {
    expect(run([menuEvent(), askChoice, ev({ type: "user", turnId: "t2", text: "x" })]).ask).toBeNull();
    expect(run([menuEvent(), askChoice, ev({ type: "reply", turnId: "t2", text: "x", engine: "offline" })]).ask).toBeNull();
    // "Which item?" has no buttons to show: the menu is the answer.
    expect(run([menuEvent(), ev({ type: "reply", turnId: "t3", text: "?", engine: "offline", ask: { kind: "item" } })]).ask).toBeNull();
  });
});

describe("navigation", () => {
  it("goes attract -> order type -> ordering when the menu has an entry order option", () => {
    let s = run([menuEvent(), { type: "ui/start" }]);
    expect(s.screen).toBe("orderType");
    s = reduce(s, { type: "ui/entryOptionChosen" });
    expect(s.screen).toBe("ordering");
  });
  it("goes straight to ordering when it has none", () => {
    expect(run([menuEvent({ ...cafeMenu, orderOptions: [] }), { type: "ui/start" }]).screen).toBe("ordering");
  });
  it("shows the order number when an order is placed, however it was placed", () => {
    const s = run([menuEvent(), { type: "ui/review" }, ev({ type: "orderPlaced", number: 17, cart: twoIcedAmericanos })]);
    expect(s.screen).toBe("placed");
    expect(s.placed?.number).toBe(17);
  });
  it("starts over: attract, empty conversation, the first category, the starting language and preferences", () => {
    const start = initialState({ largeText: true, highContrast: false });
    const s = run(
      [
        menuEvent(),
        { type: "ui/start" },
        { type: "ui/selectCategory", id: "dessert" },
        { type: "ui/setLang", lang: "en" },
        { type: "ui/toggleLargeText" },
        { type: "ui/toggleHighContrast" },
        ev({ type: "user", turnId: "t1", text: "x" }),
        { type: "ui/resetToAttract" },
      ],
      start,
    );
    expect(s).toMatchObject({ screen: "attract", conversation: [], category: "coffee", lang: "ko", langChosen: false, prefs: { largeText: true, highContrast: false } });
  });
  it("refuses a language the menu does not offer", () => {
    expect(run([menuEvent(), { type: "ui/setLang", lang: "fr" }]).lang).toBe("ko");
  });
});

describe("other events", () => {
  it("keeps the cart, the language and the kiosk state as sent", () => {
    const s = run([ev({ type: "cart", cart: twoIcedAmericanos }), ev({ type: "lang", lang: "en" }), ev({ type: "state", state: "thinking" })]);
    expect(s.cart).toBe(twoIcedAmericanos);
    expect(s.lang).toBe("en");
    expect(s.kioskState).toBe("thinking");
  });
  it("turns notices and errors into one dismissable notice", () => {
    let s = run([ev({ type: "notice", level: "error", code: "sold-out", message: "품절이에요" })]);
    expect(s.notice).toMatchObject({ level: "error", code: "sold-out" });
    const id = s.notice!.id;
    s = reduce(s, ev({ type: "error", code: "bad-command", message: "x" }));
    expect(s.notice?.code).toBe("bad-command");
    expect(reduce(s, { type: "ui/dismissNotice", id }).notice).not.toBeNull();
    expect(reduce(s, { type: "ui/dismissNotice", id: s.notice!.id }).notice).toBeNull();
  });
  it("leaves audio to the voice loop", () => {
    const s = run([menuEvent()]);
    expect(reduce(s, ev({ type: "stopAudio" }))).toBe(s);
  });
  it("does not invent prices: an empty cart view is shown as empty", () => {
    expect(run([ev({ type: "cart", cart: cartView() })]).cart?.total).toBe(0);
  });
});

describe("barrier-free modes", () => {
  const withScreen = (screen?: { defaultMode: "standard" | "guided" | "lowReach" | "easy"; idleSeconds: number; idleCountdownSeconds: number }): AppAction => ({
    type: "event",
    event: { type: "menu", menu: cafeMenu, assetBase: "/m/", voice: { input: true, output: true }, ...(screen ? { screen } : {}) },
  });
  it("a mode switched on by a customer lasts until the next customer", () => {
    const s = run([withScreen(), { type: "ui/start" }, { type: "ui/setMode", mode: "guided", on: true }]);
    expect(s.prefs.guided).toBe(true);
    expect(run([{ type: "ui/resetToAttract" }], s).prefs.guided).toBe(false);
  });
  it("the staff's default mode applies to the start screen now and to every next customer", () => {
    const s = run([withScreen({ defaultMode: "lowReach", idleSeconds: 90, idleCountdownSeconds: 20 }), { type: "ui/setDefaultMode", mode: "lowReach" }]);
    expect(s.screenSettings).toEqual({ defaultMode: "lowReach", idleSeconds: 90, idleCountdownSeconds: 20 });
    expect(s.prefs).toMatchObject({ lowReach: true, guided: false, easy: false });
    const next = run([{ type: "ui/start" }, { type: "ui/setMode", mode: "lowReach", on: false }, { type: "ui/resetToAttract" }], s);
    expect(next.prefs.lowReach).toBe(true);
    // Mid-order, a changed default waits for the next customer.
    const mid = run([{ type: "ui/start" }, { type: "ui/setDefaultMode", mode: "easy" }], s);
    expect(mid.prefs).toMatchObject({ lowReach: true, easy: false });
    expect(run([{ type: "ui/resetToAttract" }], mid).prefs).toMatchObject({ lowReach: false, easy: true });
  });
});
