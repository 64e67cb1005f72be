// English: "no sugar in either", "large for both" said after two drinks (issue 9, sixth
// round): "either"/"both" said last reaches every item of the turn, like "both" said first.
import { menus, phenomenonTable } from "./test-helpers.ts";

const boba = menus.boba();

phenomenonTable("English: either / both said after the options", boba, [
  { name: "no sugar in either", turns: ["can i do a mango green tea and a passion fruit tea 0% sugar in either"], lines: [{ item: "mango-tea", qty: 1, options: { sugar: "s0" } }, { item: "passion-tea", qty: 1, options: { sugar: "s0" } }], confident: true },
  { name: "large for both", turns: ["a taro milk tea and a matcha milk tea 50% sugar large for both"], lines: [{ item: "taro-mt", qty: 1, options: { size: "l", sugar: "s50" } }, { item: "matcha-mt", qty: 1, options: { size: "l", sugar: "s50" } }], confident: true },
  { name: "on either one, two of one item", turns: ["two taro milk teas 70% sugar less ice on either one"], lines: [{ item: "taro-mt", qty: 2, options: { ice: "less", sugar: "s70" } }], confident: true },
  // Without "either"/"both", what follows the second item is only the second item's.
  { name: "said with no either: the last item's", turns: ["a taro milk tea 30% sugar and a mango green tea 30% sugar large"], lines: [{ item: "taro-mt", qty: 1, options: { sugar: "s30" } }, { item: "mango-tea", qty: 1, options: { size: "l", sugar: "s30" } }] },
  { name: "both said first still reaches both", turns: ["a taro milk tea and a matcha milk tea, both 30% sugar"], lines: [{ item: "taro-mt", qty: 1, options: { sugar: "s30" } }, { item: "matcha-mt", qty: 1, options: { sugar: "s30" } }], confident: true },
]);
