// The offline engine end to end, through a real KioskSession and cart: customer words
// in, final cart out. One row per phenomenon, Korean and English, on several menus.
import { describe, expect, it } from "vitest";
import { converse, lineKeys, menus, type ExpectedLine, type MenuName } from "./test-helpers.ts";

interface Row {
  name: string;
  menu: MenuName;
  turns: string[];
  lines: ExpectedLine[];
  orderOptions?: Record<string, string>;
}

const rows: Row[] = [
  // Items by name, alias, preset alias, near-miss spelling, spacing and particles.
  { name: "ko name", menu: "cafe", turns: ["카페라떼 하나요"], lines: [{ item: "cafe-latte", qty: 1 }] },
  { name: "ko preset alias 아아", menu: "cafe", turns: ["아아 두 잔"], lines: [{ item: "americano", qty: 2, options: { temp: "iced" } }] },
  { name: "ko two preset aliases", menu: "cafe", turns: ["아아 하나 뜨아 하나 주세요"], lines: [{ item: "americano", qty: 1, options: { temp: "iced" } }, { item: "americano", qty: 1, options: { temp: "hot" } }] },
  { name: "ko tense/aspirated slip", menu: "cafe", turns: ["아메리까노 한 잔이요"], lines: [{ item: "americano", qty: 1 }] },
  { name: "ko 라테/라떼", menu: "cafe", turns: ["바닐라라테 하나"], lines: [{ item: "vanilla-latte", qty: 1 }] },
  { name: "ko no spaces at all", menu: "cafe", turns: ["아이스아메리카노두잔이랑치즈케이크하나요"], lines: [{ item: "americano", qty: 2, options: { temp: "iced" } }, { item: "cheesecake", qty: 1 }] },
  { name: "ko extra spaces inside a name", menu: "cafe", turns: ["카페 라 떼 한 잔"], lines: [{ item: "cafe-latte", qty: 1 }] },
  { name: "ko particle 이랑/하고", menu: "cafe", turns: ["치즈케이크하고 티라미수랑 스콘이요"], lines: [{ item: "cheesecake", qty: 1 }, { item: "tiramisu", qty: 1 }, { item: "scone", qty: 1 }] },
  { name: "ko typo with particle (떡복이)", menu: "bunsik", turns: ["떡복이 매운맛으로 하나요"], lines: [{ item: "tteokbokki", qty: 1, options: { spicy: "hot" } }] },
  { name: "en alias", menu: "cafe", turns: ["a cappucino please"], lines: [{ item: "cappuccino", qty: 1 }] },
  { name: "en misspelling (expresso)", menu: "cafe", turns: ["an expresso"], lines: [{ item: "espresso", qty: 1 }] },
  { name: "en speech slip (late)", menu: "coffee", turns: ["can I get a late"], lines: [{ item: "latte", qty: 1 }] },
  { name: "en plural", menu: "cafe", turns: ["two americanos and three croissants"], lines: [{ item: "americano", qty: 2 }, { item: "croissant", qty: 3 }] },
  { name: "en part of a name", menu: "pizza", turns: ["a large pepperoni"], lines: [{ item: "pepperoni", qty: 1, options: { "pizza-size": "large" } }] },

  // Quantities.
  { name: "ko native numbers with counters", menu: "cafe", turns: ["아메리카노 세 잔이랑 스콘 네 개요"], lines: [{ item: "americano", qty: 3 }, { item: "scone", qty: 4 }] },
  { name: "ko free-standing numbers", menu: "cafe", turns: ["라떼 둘이요"], lines: [{ item: "cafe-latte", qty: 2 }] },
  { name: "ko digits with counter", menu: "cafe", turns: ["아메리카노 5잔"], lines: [{ item: "americano", qty: 5 }] },
  { name: "ko 판", menu: "pizza", turns: ["페퍼로니 라지 두 판"], lines: [{ item: "pepperoni", qty: 2, options: { "pizza-size": "large" } }] },
  { name: "ko 줄 and 개 glued", menu: "bunsik", turns: ["김밥 두줄이랑 오뎅 다섯개"], lines: [{ item: "veg-gimbap", qty: 2 }, { item: "eomuk", qty: 5 }] },
  { name: "ko option-and-count pairs make separate lines", menu: "cafe", turns: ["아메리카노 아이스 두 잔 따뜻한 거 한 잔"], lines: [{ item: "americano", qty: 2, options: { temp: "iced" } }, { item: "americano", qty: 1, options: { temp: "hot" } }] },
  { name: "en counter after the name (x2)", menu: "cafe", turns: ["latte x2"], lines: [{ item: "cafe-latte", qty: 2 }] },
  { name: "ko a name said twice in a row", menu: "bunsik", turns: ["오뎅 오뎅 두 개요"], lines: [{ item: "eomuk", qty: 2 }] },
  { name: "ko 네 잔 is four, not yes", menu: "cafe", turns: ["라떼 네 잔이요"], lines: [{ item: "cafe-latte", qty: 4 }] },
  { name: "en a couple of", menu: "cafe", turns: ["a couple of scones"], lines: [{ item: "scone", qty: 2 }] },
  { name: "en digits", menu: "cafe", turns: ["3 lattes"], lines: [{ item: "cafe-latte", qty: 3 }] },
  { name: "ko each (씩)", menu: "cafe", turns: ["라떼랑 아메리카노 두 잔씩이요"], lines: [{ item: "cafe-latte", qty: 2 }, { item: "americano", qty: 2 }] },

  // Options before or after the item, in any order.
  { name: "ko option after (로)", menu: "cafe", turns: ["라떼 아이스로 하나요"], lines: [{ item: "cafe-latte", qty: 1, options: { temp: "iced" } }] },
  { name: "ko shots and syrup", menu: "cafe", turns: ["아메리카노 샷 두 번 추가하고 바닐라 시럽 넣어서 주세요"], lines: [{ item: "americano", qty: 1, options: { shots: 2, syrup: ["vanilla"] } }] },
  { name: "ko milk", menu: "cafe", turns: ["따뜻한 라떼 오트 우유로 한 잔"], lines: [{ item: "cafe-latte", qty: 1, options: { temp: "hot", milk: "oat" } }] },
  { name: "en adjectives before and with after", menu: "cafe", turns: ["a large iced latte with an extra shot"], lines: [{ item: "cafe-latte", qty: 1, options: { size: "large", temp: "iced", shots: 1 } }] },
  { name: "en option before item", menu: "coffee", turns: ["an oat milk latte"], lines: [{ item: "latte", qty: 1, options: { milk: "oat" } }] },
  { name: "en no whip on a two-choice group", menu: "coffee", turns: ["a mocha, no whip"], lines: [{ item: "mocha", qty: 1, options: { whip: "none" } }] },
  { name: "en a shot of vanilla is syrup", menu: "coffee", turns: ["an americano with a shot of vanilla"], lines: [{ item: "americano", qty: 1, options: { syrup: ["vanilla"] } }] },
  { name: "en count before group", menu: "coffee", turns: ["latte with two extra shots"], lines: [{ item: "latte", qty: 1, options: { shots: 2 } }] },

  // Several items in one sentence, options for part of a quantity.
  { name: "ko several items", menu: "cafe", turns: ["아이스 아메리카노 두 잔이랑 치즈케이크 하나 그리고 스콘 하나 주세요"], lines: [{ item: "americano", qty: 2, options: { temp: "iced" } }, { item: "cheesecake", qty: 1 }, { item: "scone", qty: 1 }] },
  { name: "en several items", menu: "cafe", turns: ["two lattes, a cheesecake and three scones"], lines: [{ item: "cafe-latte", qty: 2 }, { item: "cheesecake", qty: 1 }, { item: "scone", qty: 3 }] },
  { name: "ko part of a quantity (중 하나는)", menu: "cafe", turns: ["라떼 두 잔 중 하나는 샷 추가해 주세요"], lines: [{ item: "cafe-latte", qty: 1, options: { shots: 1 } }, { item: "cafe-latte", qty: 1 }] },
  { name: "en one with ... and one with ...", menu: "coffee", turns: ["two lattes, one with oat milk and one with soy milk"], lines: [{ item: "latte", qty: 1, options: { milk: "oat" } }, { item: "latte", qty: 1, options: { milk: "soy" } }] },
  { name: "en both", menu: "coffee", turns: ["a latte and a mocha, both iced"], lines: [{ item: "latte", qty: 1, options: { temp: "iced" } }, { item: "mocha", qty: 1, options: { temp: "iced" } }] },
  { name: "en a small and a large", menu: "coffee", turns: ["two lattes, a small and a large"], lines: [{ item: "latte", qty: 1, options: { size: "small" } }, { item: "latte", qty: 1, options: { size: "large" } }] },
  { name: "ko one each of two choices", menu: "bunsik", turns: ["떡볶이 두 개 주세요 순한맛이랑 매운맛으로요"], lines: [{ item: "tteokbokki", qty: 1, options: { spicy: "mild" } }, { item: "tteokbokki", qty: 1, options: { spicy: "hot" } }] },
  { name: "ko one of three becomes another item", menu: "bunsik", turns: ["김밥 세 줄 중에 하나는 참치김밥으로 바꿔 주세요"], lines: [{ item: "veg-gimbap", qty: 2 }, { item: "tuna-gimbap", qty: 1 }] },
  { name: "ko all of several lines (전부)", menu: "bunsik", turns: ["불고기버거 세트 두 개랑 치즈버거 세트 하나요", "음료는 전부 콜라로요"], lines: [{ item: "bulgogi-set", qty: 2, options: { "set-drink": "cola" } }, { item: "cheese-set", qty: 1, options: { "set-drink": "cola" } }] },
  { name: "ko percent said as 프로", menu: "boba", turns: ["타로 밀크티 하나 당도 30프로요"], lines: [{ item: "taro-mt", qty: 1, options: { sugar: "s30" } }] },
  { name: "ko a bare number names a choice of the group in question", menu: "boba", turns: ["말차 밀크티 하나요", "50이요"], lines: [{ item: "matcha-mt", qty: 1, options: { sugar: "s50" } }] },
  { name: "ko group then a relative choice word (얼음은 조금만)", menu: "boba", turns: ["망고 스무디 하나요", "자몽 블랙티 당도 70 하나요", "얼음은 조금만 넣어 주세요"], lines: [{ item: "mango-sm", qty: 1 }, { item: "grapefruit-tea", qty: 1, options: { sugar: "s70", ice: "less" } }] },
  { name: "ko size up", menu: "boba", turns: ["흑당 밀크티 하나요", "사이즈 업 해 주세요"], lines: [{ item: "brown-sugar", qty: 1, options: { size: "l" } }] },
  { name: "ko option X 말고 Y", menu: "boba", turns: ["타로 밀크티 당도 30 푸딩 추가요", "푸딩 말고 펄로 바꿔 주세요"], lines: [{ item: "taro-mt", qty: 1, options: { sugar: "s30", topping: ["pearl"] } }] },
  { name: "en words after 'with' are options, not items", menu: "harbor", turns: ["a venti iced coffee with cream and two sugars"], lines: [{ item: "iced-coffee", qty: 1, options: { size: "venti" } }] },
  { name: "en an article starts another item", menu: "harbor", turns: ["a latte, a mocha, and a chai, all grande"], lines: [{ item: "latte", qty: 1, options: { size: "grande" } }, { item: "mocha", qty: 1, options: { size: "grande" } }, { item: "chai", qty: 1, options: { size: "grande" } }] },
  { name: "en measure words before an option", menu: "harbor", turns: ["a grande half caf soy latte with one pump vanilla"], lines: [{ item: "latte", qty: 1, options: { size: "grande", caffeine: "half", milk: "soy", syrup: ["vanilla"] } }] },
  { name: "en the X with options refers to X", menu: "cafe", turns: ["a latte and a cappuccino, the latte iced please"], lines: [{ item: "cafe-latte", qty: 1, options: { temp: "iced" } }, { item: "cappuccino", qty: 1 }] },

  // Changes to an earlier line.
  { name: "ko change temperature", menu: "cafe", turns: ["카페라떼 하나 주세요", "아이스로 바꿔 주세요"], lines: [{ item: "cafe-latte", qty: 1, options: { temp: "iced" } }] },
  { name: "ko change one of two by topic", menu: "cafe", turns: ["라떼 하나랑 아메리카노 하나요", "라떼는 아이스로 주세요"], lines: [{ item: "cafe-latte", qty: 1, options: { temp: "iced" } }, { item: "americano", qty: 1 }] },
  { name: "en make that a large", menu: "cafe", turns: ["a latte please", "make that a large"], lines: [{ item: "cafe-latte", qty: 1, options: { size: "large" } }] },
  { name: "en actually decaf", menu: "cafe", turns: ["an americano", "actually decaf"], lines: [{ item: "americano", qty: 1, options: { caffeine: "decaf" } }] },
  { name: "en change X to Y", menu: "coffee", turns: ["a mocha and a muffin", "change the mocha to a latte"], lines: [{ item: "latte", qty: 1 }, { item: "muffin", qty: 1 }] },
  { name: "ko set upgrade (세트로)", menu: "bunsik", turns: ["불고기버거 하나요", "세트로 해 주세요", "콜라요"], lines: [{ item: "bulgogi-set", qty: 1, options: { "set-drink": "cola" } }] },

  // Removals and quantity changes.
  { name: "ko remove item", menu: "cafe", turns: ["아메리카노 하나랑 치즈케이크 하나요", "치즈케이크 빼 주세요"], lines: [{ item: "americano", qty: 1 }] },
  { name: "ko remove one of three", menu: "cafe", turns: ["아메리카노 세 잔이요", "아메리카노 하나 빼 주세요"], lines: [{ item: "americano", qty: 2 }] },
  { name: "en remove the muffin", menu: "coffee", turns: ["a latte and a muffin", "remove the muffin"], lines: [{ item: "latte", qty: 1 }] },
  { name: "ko remove an option", menu: "cafe", turns: ["아메리카노 바닐라 시럽 넣어서 하나요", "시럽은 빼 주세요"], lines: [{ item: "americano", qty: 1, options: { syrup: [] } }] },
  { name: "ko quantity to three", menu: "cafe", turns: ["아메리카노 하나요", "아메리카노 세 잔으로 해 주세요"], lines: [{ item: "americano", qty: 3 }] },
  { name: "en make it three", menu: "cafe", turns: ["one latte", "make it three"], lines: [{ item: "cafe-latte", qty: 3 }] },
  { name: "ko one more of the same", menu: "cafe", turns: ["유자차 하나요", "같은 걸로 하나 더 주세요"], lines: [{ item: "yuzu-tea", qty: 2 }] },
  { name: "en another one with a change", menu: "coffee", turns: ["a latte with vanilla", "and another one without the vanilla"], lines: [{ item: "latte", qty: 1, options: { syrup: ["vanilla"] } }, { item: "latte", qty: 1 }] },

  // Corrections.
  { name: "ko correction across turns keeps options", menu: "cafe", turns: ["아이스 카페라떼 하나 주세요", "아니 아니 바닐라 라떼요"], lines: [{ item: "vanilla-latte", qty: 1, options: { temp: "iced" } }] },
  { name: "ko correction inside a sentence", menu: "cafe", turns: ["카페라떼 아니 바닐라 라떼 하나요"], lines: [{ item: "vanilla-latte", qty: 1 }] },
  { name: "ko quantity correction", menu: "cafe", turns: ["아메리카노 세 잔 아 아니다 두 잔이요"], lines: [{ item: "americano", qty: 2 }] },
  { name: "en no wait", menu: "coffee", turns: ["a mocha, no wait, a latte"], lines: [{ item: "latte", qty: 1 }] },
  { name: "en actually just one", menu: "coffee", turns: ["two muffins, actually just one"], lines: [{ item: "muffin", qty: 1 }] },

  // Answers to the kiosk's questions.
  { name: "ko answer to a required size", menu: "pizza", turns: ["페퍼로니 피자 하나요", "라지요"], lines: [{ item: "pepperoni", qty: 1, options: { "pizza-size": "large" } }] },
  { name: "en the large one", menu: "pizza", turns: ["one bulgogi pizza", "the large one"], lines: [{ item: "bulgogi", qty: 1, options: { "pizza-size": "large" } }] },
  { name: "ko both (둘 다)", menu: "pizza", turns: ["포테이토 피자랑 고구마 피자 하나씩이요", "둘 다 레귤러로요"], lines: [{ item: "potato", qty: 1, options: { "pizza-size": "regular" } }, { item: "goguma", qty: 1, options: { "pizza-size": "regular" } }] },
  { name: "ko a drink that is also an item answers the set's question", menu: "bunsik", turns: ["새우버거 세트 두 개요", "하나는 콜라 하나는 사이다로 주세요"], lines: [{ item: "shrimp-set", qty: 1, options: { "set-drink": "cola" } }, { item: "shrimp-set", qty: 1, options: { "set-drink": "cider" } }] },
  { name: "en required choice after question", menu: "coffee", turns: ["a hot tea please", "chamomile"], lines: [{ item: "hot-tea", qty: 1, options: { "tea-type": "chamomile" } }] },
  { name: "ko order option answer", menu: "cafe", turns: ["아메리카노 하나요", "포장이요"], lines: [{ item: "americano", qty: 1 }], orderOptions: { dining: "togo" } },
  { name: "en order option in the order", menu: "cafe", turns: ["two lattes to go"], lines: [{ item: "cafe-latte", qty: 2 }], orderOptions: { dining: "togo" } },
  { name: "ko dine-in phrase", menu: "cafe", turns: ["라떼 하나요 먹고 갈게요"], lines: [{ item: "cafe-latte", qty: 1 }], orderOptions: { dining: "here" } },

  // Cancel everything.
  { name: "ko cancel all", menu: "cafe", turns: ["아메리카노 두 잔이요", "다 취소해 주세요"], lines: [] },
  { name: "en start over, then order", menu: "cafe", turns: ["two lattes", "start over", "one scone"], lines: [{ item: "scone", qty: 1 }] },

  // Refusals: sold out, not on the menu.
  { name: "ko sold out", menu: "cafe", turns: ["딸기 스무디 하나요"], lines: [] },
  { name: "en sold out but the rest is added", menu: "cafe", turns: ["a strawberry smoothie and a lemonade"], lines: [{ item: "lemonade", qty: 1 }] },
  { name: "ko not on the menu", menu: "cafe", turns: ["햄버거 하나 주세요"], lines: [] },
  { name: "ko not on the menu though it shares a word", menu: "cafe", turns: ["녹차 아이스크림 하나요"], lines: [] },
  { name: "en not on the menu", menu: "coffee", turns: ["a pumpkin muffin"], lines: [] },
  { name: "ko instead of a sold-out item", menu: "cafe", turns: ["딸기스무디 하나요", "스무디 대신 자몽에이드로 주세요"], lines: [{ item: "grapefruit-ade", qty: 1 }] },

  // Questions order nothing.
  { name: "ko menu question", menu: "cafe", turns: ["메뉴 뭐 있어요?"], lines: [] },
  { name: "ko price question", menu: "cafe", turns: ["아메리카노 얼마예요?"], lines: [] },
  { name: "en category question", menu: "cafe", turns: ["what teas do you have?"], lines: [] },
  { name: "en description question", menu: "coffee", turns: ["what's in a flat white?"], lines: [] },
  { name: "ko question, then order the thing asked about", menu: "bunsik", turns: ["떡볶이 맵기 어떻게 돼요?", "그럼 보통맛으로 하나 주세요"], lines: [{ item: "tteokbokki", qty: 1, options: { spicy: "medium" } }] },
];

describe("offline engine: words to cart", () => {
  it.each(rows)("$name", async (row) => {
    const menu = menus[row.menu]();
    const { cart } = await converse(menu, row.turns);
    expect(lineKeys(menu, cart.lines)).toEqual(lineKeys(menu, row.lines));
    for (const [g, v] of Object.entries(row.orderOptions ?? {})) expect(cart.orderOptions[g]).toBe(v);
  });
});
