// "three lattes all oat except one with almond", "four hot dogs all with mustard except one
// with ketchup", "three ribeyes all medium rare except one well done": the options said
// after "all" are every one's but the exception's, and the exception's own options replace
// them where they choose in the same group (one doneness; the hot dog with ketchup is not
// also the one with mustard) and join them where they do not ("all iced except one with
// oat": that one is iced too). Read as the parts the parse already knows: "three lattes
// [iced] two oat and one almond". (The third English red team's probes had answered "There's
// no latte in your order" alone: "except" read as a refusal of what follows.)
import type { MenuModel } from "../../../../shared/menu/model.ts";
import type { Atom } from "./scan.ts";
import { isItemAtom } from "./atom-forms.ts";

const EXCEPT = /^(?:except|except for|but|besides|other than|apart from)$/i;
const text = (a: Atom | undefined) => (a ? a.text.trim().toLowerCase() : "");
const isChoice = (a: Atom | undefined) => a?.kind === "menu" && a.refs.length > 0 && a.refs.every((r) => r.kind === "choice");
const isWith = (a: Atom | undefined) => a?.kind === "kw" && (a.keywords.includes("with") || text(a) === "on");
const isAnd = (a: Atom | undefined) => a?.kind === "sep" && (a.why === "conj" || a.mark === ",");
const groupsOf = (a: Atom) => new Set(a.kind === "menu" ? a.refs.flatMap((r) => (r.kind === "choice" ? [r.group] : [])) : []);

export function allExcept(atoms: Atom[], menu: MenuModel): Atom[] {
  const all = atoms.findIndex((a, i) => a.kind === "kw" && text(a) === "all" && isItemAtom(atoms[i - 1]) && atoms[i - 2]?.kind === "num");
  if (all < 0) return atoms;
  const total = atoms[all - 2]!;
  if (total.kind !== "num" || total.article || total.value < 2) return atoms;
  // What all of them have: options, "with", "and", up to the exception's word.
  let j = all + 1;
  while (j < atoms.length && (isChoice(atoms[j]) || isWith(atoms[j]) || isAnd(atoms[j]))) j++;
  const shared = atoms.slice(all + 1, j);
  const except = atoms[j];
  if (!except || !EXCEPT.test(text(except)) || !shared.some(isChoice)) return atoms;
  let k = j + 1;
  if (text(atoms[k]) === "for") k++;
  const count = atoms[k];
  if (count?.kind !== "num" || count.value < 1 || count.value >= total.value) return atoms;
  // The exception's options, to the end of the list.
  let e = k + 1;
  while (e < atoms.length && (isChoice(atoms[e]) || isWith(atoms[e]) || (isAnd(atoms[e]) && isChoice(atoms[e + 1])))) e++;
  const own = atoms.slice(k + 1, e);
  if (!own.some(isChoice)) return atoms;
  const ownGroups = new Set(own.flatMap((a) => [...groupsOf(a)]));
  // "all with mustard and onions except one with ketchup": instead of both, or of one? Left
  // unread (exceptionGuesses makes the turn a guess).
  const many = [...ownGroups].filter((g) => menu.groups.get(g)?.select === "many");
  if (many.some((g) => shared.filter((a) => groupsOf(a).has(g)).length > 1)) return atoms;
  // Options of a group the exception does not choose in belong to every one of them.
  const everyOnes = shared.filter((a) => isChoice(a) && ![...groupsOf(a)].some((g) => ownGroups.has(g)));
  const rest = shared.filter((a) => !everyOnes.includes(a) && (isChoice(a) || isWith(a)));
  const span = (a: Atom) => ({ start: a.start, end: a.end, tok0: a.tok0, tok1: a.tok1 });
  const others: Atom = { ...span(atoms[all]!), text: String(total.value - count.value), kind: "num", value: total.value - count.value, times: false, counted: false, article: false, flags: {} };
  const and: Atom = { ...span(except), text: "and", kind: "sep", why: "conj" };
  const theOthers = rest.some(isChoice) ? [others, ...rest, and] : [];
  return [...atoms.slice(0, all), ...everyOnes, ...theOthers, count, ...own, ...atoms.slice(e)];
}

/** "all … except one …" left unread: what the exception is cannot be told. */
export function exceptionGuesses(atoms: readonly Atom[]): string[] {
  const all = atoms.findIndex((a) => a.kind === "kw" && text(a) === "all");
  if (all < 0) return [];
  const except = atoms.findIndex((a, i) => i > all && EXCEPT.test(text(a)) && atoms.slice(i + 1, i + 3).some((x) => x.kind === "num"));
  return except < 0 ? [] : [`"all … ${atoms[except]!.text} …": which ones are which?`];
}
