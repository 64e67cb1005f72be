// The screens rendered to HTML (react-dom/server): what a customer would see for a
// given state. Behaviour in a real browser is covered by e2e/.
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { Command, KioskEvent } from "../../shared/contract.ts";
import { App } from "./App.tsx";
import { defaultConfig } from "./config.ts";
import type { KioskConnection } from "./connection.ts";
import { initialState, reduce, type AppAction, type AppState } from "./state/reducer.ts";
import { cafeMenu, noodleMenu } from "./testing/menus.ts";
import { cartView, pendingHandDrip, twoIcedAmericanos } from "./testing/carts.ts";
import { KioskContext } from "./context.ts";
import { IdleOverlay } from "./components/IdleOverlay.tsx";
import { translator } from "./i18n.ts";
import { formatMoney, formatPriceDelta } from "./format.ts";

const connection: KioskConnection = {
  send: (_c: Command) => {},
  onEvent: () => () => {},
  onStatus: () => () => {},
};

function stateOf(actions: AppAction[], menu: unknown = cafeMenu): AppState {
  const menuEv: KioskEvent = { type: "menu", menu, assetBase: "/menu-assets/", voice: { input: true, output: true } };
  return [{ type: "ui/connection", status: "open" } as AppAction, { type: "event", event: menuEv } as AppAction, ...actions].reduce(
    reduce,
    initialState({ largeText: false, highContrast: false }),
  );
}

const render = (s: AppState) => renderToString(<App connection={connection} config={defaultConfig} initial={s} />);
const cart = (c: ReturnType<typeof cartView>): AppAction => ({ type: "event", event: { type: "cart", cart: c } });
/** Text content of the HTML, tags removed, for "the customer reads ..." checks. */
const textOf = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/&amp;/g, "&").replace(/\s+/g, " ");

describe("attract", () => {
  it("invites to speak or touch, in the kiosk's language", () => {
    expect(textOf(render(stateOf([])))).toContain("말씀하시거나 화면을 터치하세요");
    expect(textOf(render(stateOf([{ type: "ui/setLang", lang: "en" }])))).toContain("Speak or touch the screen to order");
  });
  it("offers every language of the menu by its own name, and display settings", () => {
    const html = render(stateOf([]));
    expect(html).toMatch(/lang="ko"[^>]*aria-pressed="true"|aria-pressed="true"[^>]*lang="ko"/);
    expect(textOf(html)).toContain("English");
    expect(textOf(html)).toContain("큰 글씨");
    expect(textOf(html)).toContain("고대비");
  });
  it("says it is loading before a menu arrives", () => {
    expect(textOf(render(initialState({ largeText: false, highContrast: false })))).toContain("메뉴를 불러오는 중");
  });
});

describe("order type", () => {
  it("asks the menu's own order option with its choices as big buttons", () => {
    const html = render(stateOf([{ type: "ui/setLang", lang: "en" }, { type: "ui/start" }], noodleMenu));
    const text = textOf(html);
    expect(text).toContain("Eat here or take away?");
    expect(text).toContain("Eat here");
    expect(text).toContain("Take away");
    // The cart does not price order options, so the screen shows no price for them.
    expect(text).not.toContain("$0.50");
  });
});

describe("ordering", () => {
  const s = stateOf([{ type: "ui/start" }, { type: "ui/entryOptionChosen" }, cart(twoIcedAmericanos)]);

  it("shows the category's items with pictures and base prices, sold-out items marked unavailable but still focusable", () => {
    const html = render(s);
    expect(html).toContain('src="/menu-assets/images/americano.svg"');
    expect(textOf(html)).toContain("아메리카노 4,000원");
    expect(html).toMatch(/<button[^>]*data-item="strawberry-latte"[^>]*aria-disabled="true"/);
    expect(html).not.toMatch(/<button[^>]*data-item="strawberry-latte"[^>]*disabled=""/);
    expect(textOf(html)).toContain("딸기 라떼 6,500원 품절");
    // An item without a picture gets a letter tile.
    expect(html).toMatch(/item-image-tile[^>]*>콜</);
    // Only the selected category's items are listed.
    expect(textOf(html)).not.toContain("치즈케이크");
    expect(html).toMatch(/role="tab"[^>]*aria-selected="true"[^>]*>커피</);
  });

  it("shows the cart exactly as the cart event says, total included", () => {
    // A total that is not the sum of the lines proves the screen does not compute prices.
    const odd = { ...twoIcedAmericanos, total: 12_345 };
    const text = textOf(render(stateOf([{ type: "ui/start" }, { type: "ui/entryOptionChosen" }, cart(odd)])));
    expect(text).toContain("아메리카노 아이스");
    expect(text).toContain("8,000원");
    expect(text).toContain("합계 12,345원");
    expect(text).toContain("매장");
  });

  it("shows a pending line as needing a choice, with a button to choose", () => {
    const html = render(stateOf([{ type: "ui/start" }, { type: "ui/entryOptionChosen" }, cart(pendingHandDrip)]));
    expect(textOf(html)).toContain("선택 필요: 원두");
    expect(html).toMatch(/data-pending="l2"[\s\S]*고르기/);
  });

  it("disables checkout for an empty cart", () => {
    const html = render(stateOf([{ type: "ui/start" }, { type: "ui/entryOptionChosen" }, cart(cartView())]));
    expect(html).toMatch(/<button[^>]*disabled=""[^>]*>주문하기</);
    expect(textOf(html)).toContain("장바구니가 비어 있어요");
  });

  it("shows the kiosk's question as big answer buttons with price differences", () => {
    const html = render(
      stateOf([
        { type: "ui/start" },
        { type: "ui/entryOptionChosen" },
        cart(pendingHandDrip),
        { type: "event", event: { type: "reply", turnId: "t1", text: "원두를 골라 주세요", engine: "offline", ask: { kind: "choice", lineId: "l2", item: "hand-drip", group: "bean" } } },
      ]),
    );
    expect(html).toContain('data-ask="choice"');
    expect(textOf(html)).toContain("핸드드립 · 원두");
    expect(html).toMatch(/data-answer="ethiopia"/);
    expect(textOf(html)).toContain("콜롬비아 +1,000원");
  });

  it("shows a confirm question as yes / no", () => {
    const html = render(
      stateOf([{ type: "ui/start" }, { type: "ui/entryOptionChosen" }, cart(twoIcedAmericanos), { type: "event", event: { type: "reply", turnId: "t1", text: "주문할까요?", engine: "offline", ask: { kind: "confirm" } } }]),
    );
    expect(html).toMatch(/data-answer="yes"[^>]*>.*네, 주문할게요/);
    expect(html).toMatch(/data-answer="no"/);
  });

  it("streams the conversation into a polite live log", () => {
    const html = render(
      stateOf([
        { type: "ui/start" },
        { type: "event", event: { type: "user", turnId: "t1", text: "아아 두 잔" } },
        { type: "event", event: { type: "replyDelta", turnId: "t1", delta: "담았어요" } },
      ]),
    );
    expect(html).toMatch(/role="log" aria-live="polite"/);
    expect(html).toMatch(/role="log"[^>]*><ol class="conversation-log">/);
    expect(html).toMatch(/bubble-user[^>]*>.*아아 두 잔/);
    expect(html).toMatch(/bubble-kiosk bubble-streaming[^>]*>.*담았어요/);
  });
});

describe("item sheet", () => {
  it("marks required groups, keeps Add disabled until they are chosen, shows choice prices", () => {
    const html = render(stateOf([{ type: "ui/start" }, { type: "ui/entryOptionChosen" }, { type: "ui/openItem", item: "hand-drip" }]));
    expect(html).toMatch(/role="dialog" aria-modal="true" aria-labelledby="sheet-title"/);
    expect(html).toMatch(/data-group="bean"[\s\S]*?필수/);
    expect(html).toMatch(/required="" class="choice-input" name="opt-bean"/);
    expect(textOf(html)).toContain("원두를 골라 주세요"); // the particle from shared/wording.ts
    expect(html).toMatch(/<button[^>]*disabled=""[^>]*aria-describedby="sheet-missing"[^>]*>담기/);
    expect(textOf(html)).toContain("콜롬비아 +1,000원");
  });

  it("offers only the item's narrowed choices, with the narrowed default chosen", () => {
    const html = render(stateOf([{ type: "ui/start" }, { type: "ui/entryOptionChosen" }, { type: "ui/openItem", item: "cold-brew" }]));
    expect(html).toMatch(/data-choice="iced"/);
    expect(html).not.toMatch(/data-choice="hot"/);
    expect(html).toMatch(/name="opt-temp" checked="" value="iced"/);
  });

  it("shows count groups as a stepper with the unit price, and 'many' groups with their cap", () => {
    const text = textOf(render(stateOf([{ type: "ui/start" }, { type: "ui/entryOptionChosen" }, { type: "ui/openItem", item: "americano" }])));
    expect(text).toContain("샷 추가 +500원");
    expect(text).toContain("최대 2개");
  });
});

describe("read-back and order number", () => {
  it("reads the order back and blocks confirm while a choice is missing", () => {
    const html = render(stateOf([{ type: "ui/start" }, { type: "ui/entryOptionChosen" }, cart(pendingHandDrip), { type: "ui/review" }]));
    expect(textOf(html)).toContain("주문 내역을 확인해 주세요");
    expect(textOf(html)).toContain("4,000원 × 2");
    expect(textOf(html)).toContain("주문 전에 골라 주세요");
    expect(html).toMatch(/<button[^>]*confirm-button[^>]*disabled=""/);
  });

  it("flags a line the menu no longer offers, by the name it had, and blocks confirm until it is removed", () => {
    const withGone = { ...twoIcedAmericanos, unavailable: [{ id: "L9", item: "yuja-ade", qty: 1, options: {}, name: { ko: "유자 에이드", en: "Yuja ade" }, reason: "removed" as const }] };
    const html = render(stateOf([{ type: "ui/start" }, { type: "ui/entryOptionChosen" }, cart(withGone), { type: "ui/review" }]));
    expect(textOf(html)).toContain("유자 에이드 × 1");
    expect(textOf(html)).toContain("메뉴에서 빠졌어요. 주문할 수 없어요");
    expect(textOf(html)).toContain("주문할 수 없는 메뉴를 빼 주세요");
    expect(html).toMatch(/data-unavailable="yuja-ade"/);
    expect(html).toMatch(/<button[^>]*confirm-button[^>]*disabled=""/);
  });

  it("enables a large confirm with the cart's total", () => {
    const html = render(stateOf([{ type: "ui/start" }, { type: "ui/entryOptionChosen" }, cart(twoIcedAmericanos), { type: "ui/review" }]));
    expect(html).not.toMatch(/<button[^>]*confirm-button[^>]*disabled=""/);
    expect(textOf(html)).toContain("8,000원 주문하기");
  });

  it("shows the order number large", () => {
    const html = render(stateOf([cart(twoIcedAmericanos), { type: "event", event: { type: "orderPlaced", number: 42, cart: twoIcedAmericanos } }]));
    expect(html).toMatch(/class="order-number"[^>]*>42</);
    expect(textOf(html)).toContain("카운터에서 결제해 주세요");
  });
});

describe("idle overlay", () => {
  it("asks whether the customer is still there with the seconds left", () => {
    const s = stateOf([]);
    const kiosk = {
      state: s,
      dispatch: () => {},
      t: translator("en"),
      money: (n: number) => formatMoney(n, "KRW", "en"),
      moneyDelta: (n: number) => formatPriceDelta(n, "KRW", "en"),
      text: (t: Record<string, string> | undefined) => t?.en ?? "",
    };
    const html = renderToString(
      <KioskContext.Provider value={kiosk}>
        <IdleOverlay secondsLeft={7} onStay={() => {}} onLeave={() => {}} onNoLimit={() => {}} />
      </KioskContext.Provider>,
    );
    expect(html).toMatch(/role="alertdialog"/);
    expect(textOf(html)).toContain("Are you still there?");
    expect(textOf(html)).toContain("Starting over in 7 s");
    // No time limit the customer cannot turn off.
    expect(textOf(html)).toContain("Keep going with no time limit");
  });
});
