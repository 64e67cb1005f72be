// Small menus written for the offline engine's table tests (refusals, confidence,
// phenomena), so those tests depend on no store's file.
import { MenuModel } from "../../../../shared/menu/model.ts";
import { validateMenu } from "../../../../shared/menu/validate.ts";

const t = (ko: string, en: string) => ({ ko, en });
const raw = {
  version: 1,
  store: { id: "refusal-test", name: t("테스트 피자", "Test Pizza"), currency: "USD", languages: ["en", "ko"] },
  categories: [{ id: "pizza", name: t("피자", "Pizza") }, { id: "burger", name: t("버거", "Burgers") }, { id: "drink", name: t("음료", "Drinks") }],
  optionGroups: [
    { id: "size", name: t("사이즈", "Size"), select: "one", default: "medium", choices: [{ id: "small", name: t("스몰", "Small") }, { id: "medium", name: t("미디엄", "Medium") }, { id: "large", name: t("라지", "Large") }] },
    { id: "crust", name: t("도우", "Crust"), select: "one", default: "regular", choices: [{ id: "regular", name: t("오리지널", "Regular crust") }, { id: "thin", name: t("씬", "Thin crust"), aliases: { en: ["thin"] } }] },
    { id: "sauce-amount", name: t("소스 양", "Sauce"), select: "one", default: "regular", choices: [{ id: "none", name: t("소스 없이", "No sauce") }, { id: "light", name: t("소스 조금", "Light sauce"), aliases: { en: ["easy on the sauce", "easy sauce"] } }, { id: "regular", name: t("보통 소스", "Regular sauce") }, { id: "extra", name: t("소스 많이", "Extra sauce") }] },
    { id: "container", name: t("용기", "Container"), select: "one", default: "can", choices: [{ id: "can", name: t("캔", "Can") }, { id: "bottle", name: t("병", "Bottle"), aliases: { en: ["20 oz bottle"] } }, { id: "two-liter", name: t("1.5리터", "2-liter bottle"), aliases: { en: ["2 liter", "two liter"] } }] },
    { id: "cheese", name: t("치즈", "Cheese"), select: "one", default: "regular", choices: [{ id: "none", name: t("치즈 없이", "No cheese") }, { id: "light", name: t("치즈 조금", "Light cheese") }, { id: "regular", name: t("보통 치즈", "Regular cheese") }, { id: "extra", name: t("치즈 추가", "Extra cheese") }] },
    {
      id: "toppings", name: t("토핑", "Toppings"), select: "many",
      choices: [
        { id: "pepperoni", name: t("페퍼로니", "Pepperoni") },
        { id: "ham", name: t("햄", "Ham") },
        { id: "onions", name: t("양파", "Onions"), aliases: { en: ["onion"] } },
        { id: "mushrooms", name: t("버섯", "Mushrooms"), aliases: { en: ["mushroom"] } },
        { id: "peppers", name: t("피망", "Green peppers"), aliases: { en: ["peppers", "pepper"] } },
        { id: "olives", name: t("올리브", "Black olives"), aliases: { en: ["olives"] } },
        { id: "pineapple", name: t("파인애플", "Pineapple") },
        { id: "pickles", name: t("피클", "Pickles") },
        { id: "cucumber", name: t("오이", "Cucumber") },
        { id: "carrot", name: t("당근", "Carrot") },
      ],
    },
    {
      id: "leave-off", name: t("빼기", "Leave off"), select: "many", aliases: { en: ["hold", "leave off"] },
      choices: [
        { id: "onions", name: t("양파 빼기", "No onions") },
        { id: "peppers", name: t("피망 빼기", "No green peppers"), aliases: { en: ["no peppers"] } },
        { id: "pickles", name: t("피클 빼기", "No pickles") },
        { id: "cucumber", name: t("오이 빼기", "No cucumber") },
        { id: "carrot", name: t("당근 빼기", "No carrot") },
      ],
    },
  ],
  items: [
    { id: "pizza", category: "pizza", name: t("치즈 피자", "Cheese pizza"), aliases: { en: ["pizza"], ko: ["피자"] }, price: 1000, optionGroups: ["size", "crust", "sauce-amount", "cheese", "toppings"] },
    { id: "works", category: "pizza", name: t("더 웍스 피자", "The Works"), aliases: { en: ["works pizza", "everything pizza", "with everything"] }, price: 1600, optionGroups: ["size", "crust", "sauce-amount", "cheese"] },
    {
      id: "supreme", category: "pizza", name: t("슈프림 피자", "Supreme pizza"), aliases: { en: ["supreme"], ko: ["슈프림"] }, price: 1400,
      optionGroups: ["size", "crust", "cheese", { group: "toppings", choices: ["ham", "mushrooms", "olives", "pineapple"] }, { group: "leave-off", choices: ["onions", "peppers"] }],
    },
    {
      id: "burger", category: "burger", name: t("수제버거", "House burger"), aliases: { en: ["burger"], ko: ["버거"] }, price: 900,
      optionGroups: [{ group: "toppings", choices: ["ham", "onions"] }, { group: "leave-off", choices: ["pickles", "cucumber", "carrot"] }],
    },
    { id: "chicken-burger", category: "burger", name: t("크리스피치킨버거", "Crispy chicken burger"), price: 950 },
    { id: "coke", category: "drink", name: t("콜라", "Coke"), price: 200, optionGroups: ["container"] },
    { id: "sprite", category: "drink", name: t("사이다", "Sprite"), price: 200, optionGroups: ["container"] },
    { id: "water", category: "drink", name: t("생수", "Water"), price: 100, optionGroups: [{ group: "container", choices: ["bottle"], default: "bottle" }] },
    { id: "fries", category: "drink", name: t("감자튀김", "Fries"), price: 300 },
  ],
};

/** A small bilingual pizzeria: toppings, a "Leave off" removal group, one-choice cheese with "No cheese", drinks. */
export function pizzeriaMenu(): MenuModel {
  const r = validateMenu(raw);
  if (!r.ok) throw new Error(r.problems.join("; "));
  return new MenuModel(r.menu);
}

const koEn = (ko: string, en: string) => ({ name: { ko, en } });
const skewerBar = {
  version: 1,
  store: { id: "kinds-by-choice", name: { ko: "꼬치집", en: "Skewer Bar" }, currency: "USD", languages: ["ko", "en"] },
  categories: [{ id: "drink", ...koEn("음료", "Drinks") }, { id: "food", ...koEn("꼬치", "Skewers") }],
  optionGroups: [
    { id: "flavor", ...koEn("맛", "Flavor"), select: "one", default: "original", choices: [{ id: "original", ...koEn("오리지널", "Original") }, { id: "melon", ...koEn("멜론", "Melon") }, { id: "strawberry", ...koEn("딸기", "Strawberry") }] },
    { id: "sauce", ...koEn("소스", "Sauce"), select: "one", default: "tare", choices: [{ id: "tare", ...koEn("타레", "Tare") }, { id: "salt", ...koEn("소금", "Salt") }] },
  ],
  items: [
    { id: "ramune", category: "drink", ...koEn("라무네", "Ramune"), price: 4, optionGroups: ["flavor"] },
    { id: "negima", category: "food", ...koEn("네기마", "Negima"), price: 3, optionGroups: ["sauce"] },
  ],
};

/** A skewer bar: ramune by flavour, negima by sauce (kinds said as choices). */
export function skewerBarMenu(): MenuModel {
  const r = validateMenu(skewerBar);
  if (!r.ok) throw new Error(r.problems.join("; "));
  return new MenuModel(r.menu);
}
