// Small menus for the screen's unit tests: one Korean café in won, one noodle bar in
// dollars with English first, a required order option and a required item choice.
import type { Menu } from "../../../shared/menu/schema.ts";

export const cafeMenu: Menu = {
  version: 1,
  store: { id: "test-cafe", name: { ko: "테스트 카페", en: "Test Cafe" }, currency: "KRW", languages: ["ko", "en"] },
  orderOptions: [
    {
      id: "dining",
      name: { ko: "매장 / 포장", en: "For here or to go" },
      select: "one",
      default: "here",
      choices: [
        { id: "here", name: { ko: "매장", en: "For here" } },
        { id: "togo", name: { ko: "포장", en: "To go" } },
      ],
    },
  ],
  optionGroups: [
    {
      id: "temp",
      name: { ko: "온도", en: "Temperature" },
      select: "one",
      default: "hot",
      choices: [
        { id: "hot", name: { ko: "따뜻하게", en: "Hot" } },
        { id: "iced", name: { ko: "아이스", en: "Iced" } },
      ],
    },
    {
      id: "size",
      name: { ko: "사이즈", en: "Size" },
      select: "one",
      default: "regular",
      choices: [
        { id: "regular", name: { ko: "레귤러", en: "Regular" } },
        { id: "large", name: { ko: "라지", en: "Large" }, price: 500 },
      ],
    },
    { id: "shots", name: { ko: "샷 추가", en: "Extra shots" }, select: "count", min: 0, max: 3, default: 0, unitPrice: 500 },
    {
      id: "syrup",
      name: { ko: "시럽", en: "Syrup" },
      select: "many",
      max: 2,
      choices: [
        { id: "vanilla", name: { ko: "바닐라", en: "Vanilla" }, price: 300 },
        { id: "hazelnut", name: { ko: "헤이즐넛", en: "Hazelnut" }, price: 300 },
        { id: "caramel", name: { ko: "카라멜", en: "Caramel" }, price: 300 },
      ],
    },
    {
      id: "bean",
      name: { ko: "원두", en: "Beans" },
      select: "one",
      choices: [
        { id: "ethiopia", name: { ko: "에티오피아", en: "Ethiopia" } },
        { id: "colombia", name: { ko: "콜롬비아", en: "Colombia" }, price: 1000 },
      ],
    },
  ],
  categories: [
    { id: "coffee", name: { ko: "커피", en: "Coffee" } },
    { id: "empty", name: { ko: "빈 분류", en: "Empty" } },
    { id: "dessert", name: { ko: "디저트", en: "Dessert" } },
  ],
  items: [
    { id: "americano", category: "coffee", name: { ko: "아메리카노", en: "Americano" }, price: 4000, optionGroups: ["temp", "size", "shots", "syrup"], image: "images/americano.svg" },
    { id: "cold-brew", category: "coffee", name: { ko: "콜드브루", en: "Cold brew" }, price: 5000, optionGroups: [{ group: "temp", choices: ["iced"], default: "iced" }, "size"] },
    { id: "hand-drip", category: "coffee", name: { ko: "핸드드립", en: "Hand drip" }, price: 6000, optionGroups: ["bean", "temp"] },
    { id: "strawberry-latte", category: "coffee", name: { ko: "딸기 라떼", en: "Strawberry latte" }, price: 6500, soldOut: true },
    { id: "cheesecake", category: "dessert", name: { ko: "치즈케이크", en: "Cheesecake" }, price: 6500, description: { ko: "진한 치즈", en: "Rich cheese" } },
  ],
};

export const noodleMenu: Menu = {
  version: 1,
  store: { id: "harbor-noodles", name: { en: "Harbor Noodles", ko: "하버 누들" }, currency: "USD", languages: ["en", "ko"] },
  orderOptions: [
    {
      id: "serve",
      name: { en: "Eat here or take away?", ko: "드시고 가세요, 가져가세요?" },
      select: "one",
      choices: [
        { id: "eat-in", name: { en: "Eat here", ko: "먹고 가요" } },
        { id: "take-away", name: { en: "Take away", ko: "가져가요" }, price: 50 },
      ],
    },
  ],
  optionGroups: [
    {
      id: "broth",
      name: { en: "Broth", ko: "국물" },
      select: "one",
      choices: [
        { id: "miso", name: { en: "Miso", ko: "미소" } },
        { id: "spicy", name: { en: "Spicy", ko: "매운맛" }, price: 100 },
      ],
    },
  ],
  categories: [{ id: "bowls", name: { en: "Bowls", ko: "덮밥·면" } }],
  items: [{ id: "ramen", category: "bowls", name: { en: "Ramen", ko: "라멘" }, price: 1250, optionGroups: ["broth"] }],
};
