// Sealed rounds 73–75, run once at the end of the nineteenth session. One of the four wrong
// answers alone did the opposite of the words: "patatas bravas without the brava sauce, just
// the aioli" on a menu whose holds are "No brava sauce" and "No aioli". "the aioli", led by
// "just", is the thing kept; read as the word of "No aioli" it refused itself (refusal.ts,
// refusedByChoiceWord). Now it refuses nothing, and a word that names a removal without being
// refused leaves the turn a guess (accounting.ts) with the brava sauce alone held. (The rows
// read the store's own menu: "aioli" is also the paella's "Aioli on the side" there, and a
// small menu built here did not read the words the same way.)
import { loadSet } from "./heldout/test-sets.ts";
import { notAloneTable, phenomenonTable } from "./test-helpers.ts";

// The store's own menu (held-out en-paella): a small menu built here does not read the words so.
const { menu } = loadSet("en-paella");

phenomenonTable("'just the X' after a refusal keeps X", menu, [
  { name: "without the brava sauce, just the aioli", turns: ["patatas bravas without the brava sauce, just the aioli"], lines: [{ item: "patatas-bravas", qty: 1, options: { "bravas-holds": ["no-brava"] } }] },
  { name: "without the brava sauce, only the aioli please", turns: ["patatas bravas without the brava sauce, only the aioli please"], lines: [{ item: "patatas-bravas", qty: 1, options: { "bravas-holds": ["no-brava"] } }] },
]);

notAloneTable("a removal's thing said with 'just' after a refusal: a guess", menu, [
  { name: "without the brava sauce, just the aioli", turns: ["patatas bravas without the brava sauce, just the aioli"] },
]);

// (Guards: refused in so many words, both stay refused.)
phenomenonTable("both refused in so many words stay refused", menu, [
  { name: "no brava sauce and no aioli", turns: ["patatas bravas, no brava sauce and no aioli"], lines: [{ item: "patatas-bravas", qty: 1, options: { "bravas-holds": ["no-aioli", "no-brava"] } }] },
  { name: "hold the aioli", turns: ["patatas bravas, hold the aioli"], lines: [{ item: "patatas-bravas", qty: 1, options: { "bravas-holds": ["no-aioli"] } }] },
]);
