// The voice-guided keypad mode end to end: `kiosk serve` with the fake OpenAI
// speech service (so every announcement the kiosk makes is a recorded speech
// request), Chromium driven by the keyboard only (no pointer event at all), from
// the start screen to the order number. At each step the test asserts what the
// kiosk asked to be said, and at the end the cart that was placed. axe stays clean.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startServe, type ServeProcess } from "../test-support/kiosk-serve.ts";
import { startAudioFake, type RunningAudioFake } from "../test-support/fake-openai/audio-server.ts";
import { encodeWav } from "../electron/core/voice/wav.ts";
import { seriousViolations } from "./support/a11y.ts";
import { LANDSCAPE, openKiosk, shot, type KioskPage } from "./support/browser.ts";
import { waitForScreen } from "./support/driver.ts";
import { PROJECT_ROOT } from "./support/kiosk-server.ts";
import { arrowTo, countPointerEvents, pointerEventCount, spokenSince, waitForQuiet, waitForSpoken } from "./support/guide.ts";
import { micRecording, ofType, openKiosk as openVoiceKiosk, until } from "./voice-helpers.ts";

vi.setConfig({ testTimeout: 300_000 });

let fake: RunningAudioFake;
let serve: ServeProcess;
let dir: string;
let kiosk: KioskPage | undefined;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "kiosk-guided-e2e-"));
  // 1.5 s of quiet per sentence: long enough that a key press lands while one plays.
  const clip = encodeWav(new Int16Array(24_000 * 1.5), 24_000);
  fake = await startAudioFake({ speechAudio: async () => ({ bytes: clip, mime: "audio/wav" }) });
  serve = await startServe({
    args: ["--engine", "offline"],
    env: { OPENAI_API_KEY: "test-key", OPENAI_BASE_URL: fake.baseURL, KIOSK_DATA_DIR: join(dir, "data"), KIOSK_MENU: undefined },
    timeoutMs: 240_000,
  });
}, 300_000);

afterEach(async () => {
  if (kiosk) expect(kiosk.errors, "uncaught errors in the page").toEqual([]);
  await kiosk?.close();
  kiosk = undefined;
});

afterAll(async () => {
  await serve?.stop();
  await fake?.close();
  rmSync(dir, { recursive: true, force: true });
});

const axeClean = async (label: string) => expect(await seriousViolations(kiosk!.page), `axe: ${label}`).toEqual([]);

describe("guided keypad mode", () => {
  it("a whole order with the keyboard only, every step announced with the kiosk's own voice", async () => {
    kiosk = await openKiosk(serve.url.replace(/\/?$/, "/"), { viewport: LANDSCAPE });
    const { page } = kiosk;
    fake.audio.reset();
    await waitForScreen(page, "attract");
    await countPointerEvents(page);
    const started = performance.now();

    // A keypad key on the start screen switches the mode on and says where the customer is.
    let mark = fake.audio.speeches.length;
    await page.keyboard.press("ArrowDown");
    await page.waitForSelector(".kiosk.mode-guided");
    // No microphone in this browser: the customer hears that voice input cannot work, and why (the header shows it).
    // Sentences are synthesised one request each, and two announcements' requests may interleave: each is checked on its own.
    await waitForSpoken(page, fake.audio, mark, ["음성 안내를 켰어요", "카페 별빛입니다", "확인 키를 누르세요", "음성 입력을 쓸 수 없어요.", "마이크가 연결되어 있지 않아요."]);
    expect(await page.locator(".voice-problem").textContent()).toBe("음성 입력을 쓸 수 없어요: 마이크가 연결되어 있지 않아요");
    await axeClean("attract");
    await shot(page, "guided-attract");

    // Any key stops what is being said (a barge-in of the announcement).
    await page.waitForFunction(() => (window as unknown as { __kioskVoice: { loop: { getSnapshot(): { speaking: boolean } } } }).__kioskVoice.loop.getSnapshot().speaking, undefined, { timeout: 20_000 });
    const bargeIns = () => page.evaluate(() => (window as unknown as { __kioskVoice: { loop: { stats: { bargeIns: number } } } }).__kioskVoice.loop.stats.bargeIns);
    const before = await bargeIns();
    mark = fake.audio.speeches.length;
    await page.keyboard.press("F1");
    expect(await bargeIns()).toBe(before + 1);
    await waitForSpoken(page, fake.audio, mark, ["키 안내입니다", "끝 키를 누르면 장바구니와 합계를 들어요"]);

    // OK starts: the order-type question, with the focused choice and its position.
    mark = fake.audio.speeches.length;
    await page.keyboard.press("Home");
    await waitForSpoken(page, fake.audio, mark, ["주문 시작"]);
    mark = fake.audio.speeches.length;
    await page.keyboard.press("Enter");
    await waitForScreen(page, "orderType");
    await waitForSpoken(page, fake.audio, mark, ["매장 / 포장 2가지 중에서 고르세요", "매장, ", "2개 중 1번째"]);
    await axeClean("order type");
    mark = fake.audio.speeches.length;
    await page.keyboard.press("ArrowDown");
    await waitForSpoken(page, fake.audio, mark, ["포장, 선택 안 됨, 2개 중 2번째"]);
    mark = fake.audio.speeches.length;
    await page.keyboard.press("Enter");
    await waitForScreen(page, "ordering");
    await waitForSpoken(page, fake.audio, mark, ["메뉴 화면입니다", "커피 분류, 메뉴 8개", "커피, 선택됨, 6개 중 1번째"]);
    await axeClean("ordering");

    // OK on the category tab goes to its first item: name, price as said, position.
    mark = fake.audio.speeches.length;
    await page.keyboard.press("Enter");
    await waitForSpoken(page, fake.audio, mark, ["커피 분류, 메뉴 8개", "에스프레소, 삼천오백 원, 8개 중 1번째"]);
    mark = fake.audio.speeches.length;
    await page.keyboard.press("ArrowDown");
    await waitForSpoken(page, fake.audio, mark, ["아메리카노, 사천 원, 8개 중 2번째"]);
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.item)).toBe("americano");

    // The item sheet: introduced with its required choices, options read with their prices.
    mark = fake.audio.speeches.length;
    await page.keyboard.press("Enter");
    await page.waitForSelector('.sheet[role="dialog"]');
    await waitForSpoken(page, fake.audio, mark, ["아메리카노, 사천 원", "담기 버튼에서 확인 키를 누르세요"]);
    await axeClean("item sheet");
    mark = fake.audio.speeches.length;
    await arrowTo(page, 'input[name="opt-temp"][value="iced"]');
    await waitForSpoken(page, fake.audio, mark, ["온도: 아이스, 선택 안 됨, 2개 중 2번째"]);
    mark = fake.audio.speeches.length;
    await page.keyboard.press("Enter");
    await waitForSpoken(page, fake.audio, mark, ["온도: 아이스, 선택됨, 2개 중 2번째"]);
    mark = fake.audio.speeches.length;
    await arrowTo(page, 'input[name="opt-size"][value="large"]');
    await waitForSpoken(page, fake.audio, mark, ["사이즈: 라지, 오백 원 추가, 선택 안 됨, 2개 중 2번째"]);
    await page.keyboard.press("Enter");
    mark = fake.audio.speeches.length;
    await arrowTo(page, '.sheet-foot .stepper-button[aria-label$="하나 더"]');
    await page.keyboard.press("Enter");
    await waitForSpoken(page, fake.audio, mark, ["아메리카노 하나 더, 수량 2"]);
    await shot(page, "guided-sheet");
    mark = fake.audio.speeches.length;
    await arrowTo(page, ".sheet-add .button-primary");
    await page.keyboard.press("Enter");
    await page.waitForSelector('.sheet[role="dialog"]', { state: "detached" });
    // Back on the menu: the cart so far, and the customer is where they were.
    await waitForSpoken(page, fake.audio, mark, ["메뉴 화면입니다", "장바구니에 두 개, 합계 구천 원", "아메리카노, 사천 원, 8개 중 2번째"]);

    // End reads the cart back at any time.
    mark = fake.audio.speeches.length;
    await page.keyboard.press("End");
    await waitForSpoken(page, fake.audio, mark, ["장바구니에 두 개가 있어요.", "아메리카노 두 개, 아이스, 라지, 구천 원.", "포장.", "합계 구천 원."]);

    // To checkout and the read-back screen.
    mark = fake.audio.speeches.length;
    await arrowTo(page, ".checkout-button");
    await waitForSpoken(page, fake.audio, mark, ["주문하기, 합계, 구천 원"]);
    mark = fake.audio.speeches.length;
    await page.keyboard.press("Enter");
    await waitForScreen(page, "review");
    await waitForSpoken(page, fake.audio, mark, ["주문 확인 화면입니다", "주문하려면 주문하기 버튼에서 확인 키를 누르세요"]);
    await axeClean("review");
    await shot(page, "guided-review");
    mark = fake.audio.speeches.length;
    await arrowTo(page, ".confirm-button");
    await waitForSpoken(page, fake.audio, mark, ["주문하기, 구천 원"]);
    mark = fake.audio.speeches.length;
    await page.keyboard.press("Enter");
    await waitForScreen(page, "placed");
    const number = Number(await page.getAttribute(".order-number", "data-order-number"));
    await waitForSpoken(page, fake.audio, mark, ["주문이 접수되었어요", `숫자로 ${number}번입니다`]);
    const elapsedMs = performance.now() - started;
    await axeClean("order number");
    await shot(page, "guided-placed");

    // The placed cart, and not one pointer event on the way.
    expect(await page.locator(".placed-lines li").allTextContents()).toEqual(["아메리카노 ×29,000원", "합계9,000원"]);
    expect(await pointerEventCount(page)).toBe(0);
    // Every announcement was spoken by the kiosk's own voice service, in Korean.
    expect(fake.audio.speeches.length).toBeGreaterThan(10);
    expect(spokenSince(fake.audio, 0)).not.toMatch(/\d,\d{3}원/);

    mkdirSync(join(PROJECT_ROOT, "e2e", "screenshots"), { recursive: true });
    writeFileSync(join(PROJECT_ROOT, "e2e", "screenshots", "guided-timing.json"), `${JSON.stringify({ keyboardOnlyOrderMs: Math.round(elapsedMs), speechRequests: fake.audio.speeches.length }, null, 2)}\n`);
    console.info(`keyboard-only guided order: ${Math.round(elapsedMs)} ms, ${fake.audio.speeches.length} speech requests`);
  });

  it("speaking an order works in the guided mode, and the screen's announcements never cut the kiosk's reply", async () => {
    fake.audio.reset();
    const said = "아이스 아메리카노 두 잔 주세요";
    const rec = micRecording(dir, "guided-voice", [{ silenceMs: 3000 }, { say: said, voice: "ko" }, { silenceMs: 8000 }]);
    fake.audio.reply({ text: said });
    const b = await openVoiceKiosk(`${serve.url.replace(/\/?$/, "/")}?guide=1&idleMs=3600000`, { micFile: rec.file });
    try {
      await b.page.waitForSelector(".kiosk.mode-guided");
      await b.page.locator('.cart-line[data-item="americano"]').waitFor({ timeout: 180_000 });
      const commands = (type: string) => ofType(b.wire.commands, type);
      const events = (type: string) => ofType(b.wire.events, type);
      // The reply (a dialogue turn, not an announcement) is spoken and played to its end.
      await until(() => commands("played").some((c) => c.complete === true && !String(c.turnId).startsWith("announce-")), 60_000, "the reply to play to the end");
      const replyTurn = String(events("reply")[0]!.turnId);
      expect(commands("played").filter((c) => c.turnId === replyTurn && c.complete === false)).toEqual([]);
      // The start screen was announced before the customer spoke.
      expect(commands("announce").length).toBeGreaterThan(0);
      expect(String(commands("announce")[0]!.text)).toContain("카페 별빛입니다");
    } finally {
      await b.close();
    }
  });

  it("?guide=1 presets the mode; English; the volume keys and Back work", async () => {
    fake.audio.reset();
    kiosk = await openKiosk(serve.url.replace(/\/?$/, "/"), { viewport: LANDSCAPE, query: { guide: 1 } });
    const { page } = kiosk;
    await page.waitForSelector(".kiosk.mode-guided");
    // The browser here has no microphone: that is said once, when the check ends. On a
    // loaded machine the check can end seconds later and its announcement replace the
    // answer to a key pressed meanwhile ("Volume 90 percent."), so wait for it first.
    await waitForSpoken(page, fake.audio, 0, ["카페 별빛입니다", "음성 입력을 쓸 수 없어요"]);
    let mark: number;
    // To English with the keyboard: the language buttons are in the top bar, last in the order.
    await arrowTo(page, 'button[lang="en"]');
    mark = fake.audio.speeches.length;
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.documentElement.lang === "en");
    mark = fake.audio.speeches.length;
    await page.keyboard.press("Home");
    await waitForSpoken(page, fake.audio, mark, ["Welcome to Cafe Byeolbit", "Press OK to start your order"]);
    // Home came within the language button's own answer time (a quarter second): that late
    // answer must not replace the introduction Home asked for (on a slow machine it did).
    await page.waitForTimeout(600);
    expect(await page.locator(".guide-caption").getAttribute("data-caption")).toContain("Welcome to Cafe Byeolbit");
    // (The language change's own announcements may still be on their way: on a loaded
    // machine more than a second apart, and a later one replaces the volume key's answer.)
    await waitForQuiet(page, fake.audio, 2_500);
    mark = fake.audio.speeches.length;
    await page.keyboard.press("-");
    await waitForSpoken(page, fake.audio, mark, ["Volume 90 percent."]);
    await page.keyboard.press("Enter");
    await waitForScreen(page, "orderType");
    mark = fake.audio.speeches.length;
    await page.keyboard.press("Escape");
    // Back from the first step is the start screen, for the next customer: in the menu's first language again.
    await waitForScreen(page, "attract");
    await waitForSpoken(page, fake.audio, mark, ["카페 별빛입니다"]);
    await axeClean("attract in English");
  });
});
