// Korean list readings on a many-choice group beside one-choice groups:
// - "A B C 다 빼고" refuses the options listed right before 다 that can be left out; a size or a
//   bread said before them, or a choice that carries its own refusal ("치즈 없이"), is not in
//   that list (refusal.ts).
// - "X로 바꿔 주세요" on a many-choice group: what the line (or the part of it) becomes, the
//   choices named replacing what it had there, not one more beside them (options.ts).
import { menuFrom, phenomenonTable } from "./test-helpers.ts";

const ko = (name: string, aliases?: string[]) => ({ name: { ko: name }, ...(aliases ? { aliases: { ko: aliases } } : {}) });
const toast = menuFrom({
  version: 1,
  store: { id: "toast-stand", name: { ko: "토스트 가게" }, currency: "KRW", languages: ["ko"] },
  categories: [{ id: "toast", ...ko("토스트") }],
  optionGroups: [
    { id: "size", ...ko("크기"), select: "one", default: "single", choices: [{ id: "single", ...ko("싱글") }, { id: "double", ...ko("더블", ["두 장"]) }] },
    { id: "bread", ...ko("빵"), select: "one", default: "white", choices: [{ id: "white", ...ko("식빵") }, { id: "grain", ...ko("곡물빵", ["곡물"]) }] },
    { id: "cheese", ...ko("치즈"), select: "one", default: "cheddar", choices: [{ id: "cheddar", ...ko("체다치즈", ["체다"]) }, { id: "none", ...ko("치즈 없음", ["치즈 없이", "치즈 빼고"]) }] },
    { id: "veg-out", ...ko("빼기"), select: "many", choices: [{ id: "cabbage", ...ko("양배추 빼기", ["양배추"]) }, { id: "cucumber", ...ko("오이 빼기", ["오이"]) }, { id: "tomato", ...ko("토마토 빼기", ["토마토"]) }] },
    { id: "sauce", ...ko("소스"), select: "many", choices: [{ id: "ketchup", ...ko("케첩", ["케찹"]) }, { id: "mustard", ...ko("머스타드") }, { id: "chili", ...ko("칠리소스", ["칠리"]) }] },
  ],
  items: [
    { id: "ham-toast", category: "toast", ...ko("햄토스트", ["햄"]), price: 3500, optionGroups: ["size", "bread", "cheese", "veg-out", "sauce"] },
    { id: "bacon-toast", category: "toast", ...ko("베이컨토스트", ["베이컨"]), price: 4000, optionGroups: ["size", "bread", "cheese", "veg-out", "sauce"] },
  ],
});

phenomenonTable("다 빼고 refuses only the options that can be left out, listed right before it (Korean)", toast, [
  {
    name: "더블 곡물빵 치즈 없이 양배추 오이 토마토 다 빼고",
    turns: ["햄토스트 더블 곡물빵 치즈 없이 양배추 오이 토마토 다 빼고 소스는 케첩이랑 칠리요"],
    lines: [{ item: "ham-toast", qty: 1, options: { size: "double", bread: "grain", cheese: "none", "veg-out": ["cabbage", "cucumber", "tomato"], sauce: ["ketchup", "chili"] } }],
    confident: true,
  },
  {
    name: "더블 곡물빵 오이 토마토 다 빼고: the size and the bread stay",
    turns: ["베이컨토스트 더블 곡물빵 오이 토마토 다 빼고 주세요"],
    lines: [{ item: "bacon-toast", qty: 1, options: { size: "double", bread: "grain", "veg-out": ["cucumber", "tomato"] } }],
  },
  {
    name: "체다 케첩 다 빼고: a cheese with a none choice is refused with the sauce",
    turns: ["햄토스트 체다 케첩 다 빼고 하나요"],
    lines: [{ item: "ham-toast", qty: 1, options: { cheese: "none" } }],
  },
]);

phenomenonTable("X로 바꿔 on a many-choice group replaces what it had (Korean)", toast, [
  {
    name: "두 개 칠리로, 하나는 케찹으로 바꿔",
    turns: ["햄토스트 두 개요 칠리소스로", "아 하나는 케찹으로 바꿔 주세요"],
    lines: [
      { item: "ham-toast", qty: 1, options: { sauce: ["chili"] } },
      { item: "ham-toast", qty: 1, options: { sauce: ["ketchup"] } },
    ],
  },
  {
    name: "칠리, then 케찹이랑 머스타드로 바꿔",
    turns: ["베이컨토스트 하나 칠리소스로 주세요", "케찹이랑 머스타드로 바꿔 주세요"],
    lines: [{ item: "bacon-toast", qty: 1, options: { sauce: ["ketchup", "mustard"] } }],
  },
  {
    name: "케첩 추가해 주세요 still adds",
    turns: ["베이컨토스트 하나 칠리소스로 주세요", "케첩 추가해 주세요"],
    lines: [{ item: "bacon-toast", qty: 1, options: { sauce: ["ketchup", "chili"] } }],
  },
]);

phenomenonTable("X 말고 Y로 바꿔 on a many-choice group replaces only X (Korean)", toast, [
  {
    name: "케첩이랑 머스타드, then 케첩 말고 칠리로 바꿔",
    turns: ["햄토스트 하나 케첩이랑 머스타드 넣어 주세요", "케첩 말고 칠리로 바꿔 주세요"],
    lines: [{ item: "ham-toast", qty: 1, options: { sauce: ["mustard", "chili"] } }],
  },
]);
