// "the pastel and cane juice combo, beef pastel with an egg, cane juice plain": a combo whose
// own name (or description) names two or more things the menu sells alone, then, after a
// comma, its parts one by one by those things' names, each with its options and no count or
// article of its own. That describes the combo's parts; it orders no pastel or juice beside it.
// (Held-out r48e-016 made a pastel and a juice sold alone, and a combo still asking its
// filling, alone.) "…combo, and a beef pastel", "…combo, two pastels" still order; a part said
// twice, or with options the combo does not take, ends the reading there. Korean says it so too,
// "파스텔 세트 하나요, 소고기 파스텔에 계란 추가, 사탕수수 주스는 라임으로". The part said "with"
// right after the combo is bundle-with-its-part.ts.
import type { MenuModel } from "../../../../shared/menu/model.ts";
import { optionsOfThePart, readAsOptions } from "./bundle-with-its-part.ts";
import type { MenuRef } from "./lexicon.ts";
import type { Atom } from "./scan.ts";

type ItemRef = Extract<MenuRef, { kind: "item" }>;
type ChoiceRef = Extract<MenuRef, { kind: "choice" }>;

/** The one whole item a word names (other readings of it being choices), or undefined. */
function oneItem(a: Atom | undefined): ItemRef | undefined {
  if (a?.kind !== "menu" || a.fuzzy) return undefined;
  const items = a.refs.filter((r): r is ItemRef => r.kind === "item");
  // (Or a group of its: "chips" of the bag of chips and of the combo's chips.)
  return items.length === 1 && !items[0]!.partial && a.refs.every((r) => r.kind === "item" || r.kind === "choice" || r.kind === "group") ? items[0] : undefined;
}

/**
 * "hole in one combo, coke, sour cream chips": a part said by its choice alone, between commas,
 * one of the combo's own choices (r119d-030).
 */
function choiceOfTheBundle(menu: MenuModel, bundle: string, atoms: Atom[], k: number): ChoiceRef | undefined {
  const a = atoms[k];
  if (!choicesOnly(a) || (k + 1 < atoms.length && !comma(atoms[k + 1]))) return undefined;
  const own = (a as Atom & { kind: "menu" }).refs.filter((r): r is ChoiceRef => r.kind === "choice" && menu.itemGroup(bundle, r.group)?.choices.some((c) => c.id === r.choice) === true);
  return own.length === 1 ? own[0] : undefined;
}

const choicesOnly = (a: Atom | undefined) => a?.kind === "menu" && !a.fuzzy && a.refs.length > 0 && a.refs.every((r) => r.kind === "choice");
const comma = (a: Atom | undefined) => a?.kind === "sep" && /^[,:;]$/.test(a.text.trim());
// ("with an egg"; Korean "계란 추가", the word that adds after the choice.)
const withWord = (a: Atom | undefined) => a?.kind === "kw" && a.keywords.length > 0 && a.keywords.every((k) => k === "with" || k === "add");

/** "on that", "on it" after the part: said of the combo, nothing more (held-out r108d-029, "the kozak platter, sauerkraut dumplings on that"). */
const saidOfIt = (a: Atom) => a.kind === "kw" && a.keywords.length > 0 && a.keywords.includes("pronoun") && a.keywords.every((k) => k === "filler" || k === "pronoun" || k === "the") || (a.kind === "kw" && /^on$/i.test(a.text.trim()));

/** One clause from `k`: choices, the part, "with" (and an article), choices; its end and what it holds, or undefined. */
function clauseAt(atoms: Atom[], k: number): { part: ItemRef; partAt: number; said: number[]; last: number } | undefined {
  const said: number[] = [];
  let part: ItemRef | undefined;
  let partAt = -1;
  let j = k;
  for (; j < atoms.length && atoms[j]!.kind !== "sep"; j++) {
    const a = atoms[j]!;
    if (!part && oneItem(a) && !choicesOnly(a)) {
      part = oneItem(a);
      partAt = j;
    } else if (choicesOnly(a)) said.push(j);
    else if (part && withWord(a)) {
      const next = atoms[j + 1];
      if (next?.kind === "num" && next.article) j++;
    } else if (part && saidOfIt(a)) continue;
    else return undefined;
  }
  return part && j > k ? { part, partAt, said, last: j - 1 } : undefined;
}

export function partsDescribedAfter(atoms: Atom[], menu: MenuModel): Atom[] {
  for (let i = 0; i + 2 < atoms.length; i++) {
    const bundle = oneItem(atoms[i]);
    // (Korean says its count after it: "파스텔 세트 하나요, …".)
    const at = atoms[i + 1]?.kind === "num" && !(atoms[i + 1] as Atom & { kind: "num" }).article ? i + 2 : i + 1;
    if (!bundle || !comma(atoms[at])) continue;
    const clauses: Array<{ first: number; last: number; options: ChoiceRef[]; byChoice?: boolean }> = [];
    const seen = new Set<string>([bundle.item]);
    for (let k = at + 1; k < atoms.length; ) {
      const c = clauseAt(atoms, k);
      const own = c ? undefined : choiceOfTheBundle(menu, bundle.item, atoms, k);
      if (own && !seen.has(own.group)) {
        seen.add(own.group);
        clauses.push({ first: k, last: k, options: [own], byChoice: true });
        k += 2;
        continue;
      }
      if (!c || seen.has(c.part.item)) break;
      const options = optionsOfThePart(menu, bundle.item, c.part, atoms, c.said);
      if (!Array.isArray(options) || !options.length) break;
      seen.add(c.part.item);
      clauses.push({ first: k, last: c.last, options });
      if (!comma(atoms[c.last + 1])) break;
      k = c.last + 2;
    }
    // (A part named by its thing once at least: the choices alone are read as they were.)
    while (clauses.at(-1)?.byChoice) clauses.pop();
    if (!clauses.length) continue;
    // The bundle, then the parts' options in the place of the clauses and the commas between.
    const last = clauses.at(-1)!.last;
    const options = clauses.flatMap((c) => readAsOptions(atoms, c.first, c.last, c.options));
    return [...atoms.slice(0, at), ...options, ...atoms.slice(last + 1)];
  }
  return atoms;
}
