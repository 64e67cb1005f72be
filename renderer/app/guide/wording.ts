// Every sentence the guided (voice-guided keypad) mode speaks, in Korean and English,
// in ONE place: amounts as a speaker says them ("만 천사백 원"), counted items ("두
// 개"), a focused control ("아메리카노, 사천오백 원, 12개 중 3번째"), what each screen
// is and what can be done on it, the cart read back, help and volume. Pure functions
// of plain data, so they are unit-tested without a browser. Languages other than
// Korean fall back to English.
import { minorDigits, pluralEn, sayMoney } from "../../../shared/wording.ts";

const isKo = (lang: string) => lang === "ko";

const KO_DIGITS = ["", "일", "이", "삼", "사", "오", "육", "칠", "팔", "구"];
const KO_SMALL_UNITS = ["", "십", "백", "천"];
const KO_BIG_UNITS = ["", "만", "억", "조", "경"];

/** 0..9999 read in Sino-Korean, with the "일" before 십/백/천 dropped as people say it. */
function koreanBelowTenThousand(n: number): string {
  let out = "";
  const digits = String(n).padStart(4, "0");
  for (let i = 0; i < 4; i++) {
    const d = Number(digits[i]);
    if (d === 0) continue;
    const unit = KO_SMALL_UNITS[3 - i]!;
    out += (d === 1 && unit ? "" : KO_DIGITS[d]) + unit;
  }
  return out;
}

/**
 * A whole number as a Korean speaker reads it: 11400 → "만 천사백", 4500 → "사천오백",
 * 1_250_000 → "백이십오만", 0 → "영". Groups of four digits (만, 억, 조) are spaced.
 */
export function koreanNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (n < 0) return `마이너스 ${koreanNumber(-n)}`;
  const whole = Math.floor(n);
  if (whole === 0) return "영";
  const groups: string[] = [];
  let rest = whole;
  for (let g = 0; rest > 0 && g < KO_BIG_UNITS.length; g++) {
    const part = rest % 10_000;
    rest = Math.floor(rest / 10_000);
    if (part === 0) continue;
    const big = KO_BIG_UNITS[g]!;
    // 10000 is "만", not "일만"; 100000000 is "일억" (people do say 일 before 억 and above).
    const words = part === 1 && g === 1 ? "" : koreanBelowTenThousand(part);
    groups.unshift(words + big);
  }
  return groups.join(" ");
}

const KO_NATIVE_COUNT = ["", "한", "두", "세", "네", "다섯", "여섯", "일곱", "여덟", "아홉"];
const KO_NATIVE_TENS = ["", "열", "스물", "서른", "마흔", "쉰", "예순", "일흔", "여든", "아흔"];

/** A count before a counter word, in native Korean: 1 → "한", 2 → "두", 20 → "스무", 21 → "스물한"; 100 and up in digits. */
export function koreanCountWord(n: number): string {
  if (!Number.isInteger(n) || n <= 0 || n >= 100) return String(n);
  if (n === 20) return "스무";
  return KO_NATIVE_TENS[Math.floor(n / 10)]! + KO_NATIVE_COUNT[n % 10]!;
}

/** "두 개" / "2" style counted quantity. */
export function countedQty(n: number, lang: string): string {
  return isKo(lang) ? `${koreanCountWord(n)} 개` : String(n);
}

/** An English noun for n things ("one Americano", "2 Americanos"); names not ending in a Latin letter stay as they are. */
export function countedItem(name: string, n: number, lang: string): string {
  if (isKo(lang)) return `${name} ${countedQty(n, lang)}`;
  if (n === 1) return `one ${name}`;
  return `${n} ${pluralEn(name)}`;
}

/** An amount in minor units as it is said: "만 천사백 원" in Korean; otherwise as every reply says it ("11,400 won", "$4.50"). */
export function spokenMoney(minorUnits: number, currency: string, lang: string): string {
  if (currency === "KRW" && isKo(lang)) return `${koreanNumber(minorUnits / 10 ** minorDigits(currency))} 원`;
  return sayMoney(minorUnits, currency, lang);
}

export interface ControlFacts {
  name: string;
  /** A toggle, tab, radio or checkbox: is it on? undefined for plain buttons. */
  on?: boolean;
  disabled?: boolean;
  /** A price (minor units), e.g. an item's base price. */
  price?: number;
  /** A price difference (minor units), e.g. an option's extra. */
  delta?: number;
  /** Extra words after the name (a required badge, a hint). */
  extra?: string;
  position?: { index: number; count: number };
}

/** What is said when a control gets the focus: name, state, price, position. */
export function describeControl(c: ControlFacts, currency: string, lang: string): string {
  const ko = isKo(lang);
  const parts = [c.name.trim()];
  if (c.extra) parts.push(c.extra);
  if (c.price !== undefined) parts.push(spokenMoney(c.price, currency, lang));
  if (c.delta) {
    const amount = spokenMoney(Math.abs(c.delta), currency, lang);
    parts.push(c.delta > 0 ? (ko ? `${amount} 추가` : `plus ${amount}`) : ko ? `${amount} 할인` : `minus ${amount}`);
  }
  if (c.on !== undefined) parts.push(c.on ? (ko ? "선택됨" : "selected") : ko ? "선택 안 됨" : "not selected");
  if (c.disabled) parts.push(ko ? "사용할 수 없음" : "unavailable");
  if (c.position && c.position.count > 1) parts.push(ko ? `${c.position.count}개 중 ${c.position.index}번째` : `${c.position.index} of ${c.position.count}`);
  return `${parts.filter(Boolean).join(", ")}.`;
}

export interface SpokenLine {
  name: string;
  /** Option words ("아이스", "샷 추가"). */
  options: string[];
  qty: number;
  lineTotal: number;
}

export interface SpokenCart {
  lines: SpokenLine[];
  /** Lines waiting for a choice: name and the groups missing. */
  pending: { name: string; qty: number; missing: string[] }[];
  orderOptions: string[];
  total: number;
  currency: string;
}

/** The cart read back: each line counted with its options and total, what is still missing, the total. */
export function cartReadback(cart: SpokenCart, lang: string): string {
  const ko = isKo(lang);
  if (cart.lines.length === 0 && cart.pending.length === 0) return ko ? "장바구니가 비어 있어요." : "Your order is empty.";
  const out: string[] = [];
  const count = cart.lines.reduce((n, l) => n + l.qty, 0) + cart.pending.reduce((n, p) => n + p.qty, 0);
  out.push(ko ? `장바구니에 ${countedQty(count, lang)}가 있어요.` : `Your order has ${count} ${count === 1 ? "item" : "items"}.`);
  for (const l of cart.lines) {
    const what = [countedItem(l.name, l.qty, lang), ...l.options].join(", ");
    out.push(`${what}, ${spokenMoney(l.lineTotal, cart.currency, lang)}.`);
  }
  for (const p of cart.pending) {
    out.push(ko ? `${countedItem(p.name, p.qty, lang)}, ${p.missing.join(", ")} 선택이 필요해요.` : `${countedItem(p.name, p.qty, lang)}: please choose ${p.missing.join(", ")}.`);
  }
  if (cart.orderOptions.length > 0) out.push(`${cart.orderOptions.join(", ")}.`);
  out.push(ko ? `합계 ${spokenMoney(cart.total, cart.currency, lang)}.` : `Total ${spokenMoney(cart.total, cart.currency, lang)}.`);
  return out.join(" ");
}

export type GuideScreen =
  | { kind: "attract"; store: string }
  | { kind: "orderType"; question: string; choices: number }
  | { kind: "ordering"; category: string; items: number; cartItems: number; total: number; currency: string }
  | { kind: "sheet"; item: string; price: number; currency: string; required: string[] }
  | { kind: "review"; readback: string; canPlace: boolean; missing: string[] }
  | { kind: "placed"; number: number }
  | { kind: "idleWarning"; seconds: number };

const KEYS_KO = "위아래 화살표로 움직이고, 확인 키로 고르세요.";
const KEYS_EN = "Use the up and down arrows to move, and OK to choose.";

/** What a screen is and what can be done there, said when it appears. */
export function screenIntro(s: GuideScreen, lang: string): string {
  const ko = isKo(lang);
  switch (s.kind) {
    case "attract":
      return ko
        ? `${s.store}입니다. 음성 안내를 시작합니다. 주문을 시작하려면 확인 키를 누르세요. 말로 주문하셔도 돼요. 키 안내는 도움말 키를 누르세요.`
        : `Welcome to ${s.store}. Voice guidance is on. Press OK to start your order, or just say what you would like. Press the help key to hear the keys.`;
    case "orderType":
      return ko ? `${s.question} ${s.choices}가지 중에서 고르세요. ${KEYS_KO}` : `${s.question} Choose one of ${s.choices}. ${KEYS_EN}`;
    case "ordering": {
      const cart = s.cartItems > 0 ? (ko ? `장바구니에 ${countedQty(s.cartItems, lang)}, 합계 ${spokenMoney(s.total, s.currency, lang)}.` : `Your order: ${s.cartItems} ${s.cartItems === 1 ? "item" : "items"}, total ${spokenMoney(s.total, s.currency, lang)}.`) : "";
      return ko
        ? `메뉴 화면입니다. ${s.category} 분류, 메뉴 ${s.items}개. ${cart} ${KEYS_KO} 분류 탭에서 확인 키를 누르면 분류가 바뀌어요. 장바구니와 합계는 끝 키로 들을 수 있어요.`.replace(/\s+/g, " ")
        : `Menu. ${s.category}, ${s.items} items. ${cart} ${KEYS_EN} OK on a category tab changes the category. Press End to hear your order and total.`.replace(/\s+/g, " ");
    }
    case "sheet": {
      const req = s.required.length > 0 ? (ko ? `꼭 고를 것: ${s.required.join(", ")}.` : `Please choose: ${s.required.join(", ")}.`) : "";
      return ko
        ? `${s.item}, ${spokenMoney(s.price, s.currency, lang)}. ${req} 옵션을 고르고 담기 버튼에서 확인 키를 누르세요. 뒤로 키를 누르면 닫혀요.`.replace(/\s+/g, " ")
        : `${s.item}, ${spokenMoney(s.price, s.currency, lang)}. ${req} Choose the options, then press OK on Add. Back closes it.`.replace(/\s+/g, " ");
    }
    case "review": {
      const next = s.canPlace
        ? ko
          ? "주문하려면 주문하기 버튼에서 확인 키를 누르세요."
          : "To place the order, press OK on the place order button."
        : ko
          ? `주문 전에 골라 주세요: ${s.missing.join(", ")}.`
          : `Before ordering, please choose: ${s.missing.join(", ")}.`;
      return ko ? `주문 확인 화면입니다. ${s.readback} ${next} 뒤로 키를 누르면 메뉴로 돌아가요.` : `Please check your order. ${s.readback} ${next} Back returns to the menu.`;
    }
    case "placed":
      return ko ? `주문이 접수되었어요. 주문 번호는 ${koreanNumber(s.number)}번, 숫자로 ${s.number}번입니다. 카운터에서 결제해 주세요.` : `Your order is in. Your number is ${s.number}. Please pay at the counter.`;
    case "idleWarning":
      return ko
        ? `아직 계세요? ${s.seconds}초 후 처음 화면으로 돌아가요. 아무 키나 누르면 계속할 수 있어요.`
        : `Are you still there? Starting over in ${s.seconds} seconds. Press any key to continue.`;
  }
}

export function helpText(lang: string): string {
  return isKo(lang)
    ? "키 안내입니다. 위아래 또는 좌우 화살표로 다음, 이전 항목으로 움직여요. 확인 키로 고르고, 뒤로 키로 이전 단계로 가요. 홈 키를 누르면 화면 안내를 다시 들어요. 끝 키를 누르면 장바구니와 합계를 들어요. 더하기, 빼기 키로 소리 크기를 바꿔요. 아무 키나 누르면 안내가 멈춰요. 말로 주문하셔도 돼요."
    : "Keys: the arrows move to the next or previous item. OK chooses, Back goes one step back. Home repeats the screen's guidance. End reads your order and total. Plus and minus change the volume. Any key stops the speech. You can also just say what you would like.";
}

export function volumeText(volume: number, lang: string): string {
  const pct = Math.round(volume * 100);
  return isKo(lang) ? `소리 크기 ${koreanNumber(pct)} 퍼센트.` : `Volume ${pct} percent.`;
}

export function guideToggledText(on: boolean, lang: string): string {
  if (isKo(lang)) return on ? "음성 안내를 켰어요. 키 안내는 도움말 키를 누르세요." : "음성 안내를 껐어요.";
  return on ? "Voice guidance is on. Press the help key to hear the keys." : "Voice guidance is off.";
}

/** Said in guided mode when voice input cannot work, with the reason. */
export function voiceInputUnavailableText(reason: "not-configured" | "no-mic" | "denied", lang: string): string {
  const ko = isKo(lang);
  switch (reason) {
    case "not-configured":
      return ko ? "음성 입력을 쓸 수 없어요. 음성 인식이 설정되지 않았어요. 키패드로 주문해 주세요." : "Voice input is unavailable: speech recognition is not set up. Please use the keypad.";
    case "no-mic":
      return ko ? "음성 입력을 쓸 수 없어요. 마이크가 연결되어 있지 않아요. 키패드로 주문해 주세요." : "Voice input is unavailable: no microphone is connected. Please use the keypad.";
    case "denied":
      return ko ? "음성 입력을 쓸 수 없어요. 마이크 사용이 허용되지 않았어요. 키패드로 주문해 주세요." : "Voice input is unavailable: the microphone is not allowed. Please use the keypad.";
  }
}

/** Said after a category tab is chosen with OK: the category, how many items, then the first item. */
export function categoryChosenText(category: string, items: number, lang: string): string {
  return isKo(lang) ? `${category} 분류, 메뉴 ${items}개.` : `${category}, ${items} ${items === 1 ? "item" : "items"}.`;
}

/** Back on a screen with nothing to go back to. */
export function nothingBackText(lang: string): string {
  return isKo(lang) ? "처음으로 돌아가려면 처음으로 버튼에서 확인 키를 누르세요." : "To start over, press OK on the start over button.";
}
