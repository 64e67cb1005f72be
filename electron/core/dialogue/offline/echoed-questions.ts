// The kiosk's (or a cashier's) question about what was just ordered, said back by the customer
// and answered in the same breath: "a mocha, whip? no", "a thai iced tea, boba? yes", "a steak
// bowl, base? greens", "a latte, for here? yeah", "a lamb over rice you want white sauce no
// thanks". Read as a question, it answered the question and dropped the order; the words mean
// the order with the option as answered. Rewritten here into that order before sentences are
// split: a "yes" keeps the option said, a "no" refuses it, a choice named as the answer replaces
// the group's name.
import type { Keyword } from "./language.ts";
import type { Atom } from "./scan.ts";

/** Words that may sit in the echoed question around the option's name ("want it warmed", "any sauce", "on that"). */
const QUESTION_WORDS: readonly Keyword[] = ["filler", "pronoun", "question", "the"];

type Answer = { kind: "yes" | "no"; at: number } | { kind: "choice"; at: number };

export function answerEchoedQuestions(atoms: Atom[]): Atom[] {
  let out = atoms;
  for (let i = 0; i < out.length; i++) {
    const a = out[i]!;
    const marked = a.kind === "sep" && a.why === "punct" && a.mark === "?";
    // With no question mark, only "no thanks" at the very end says it was a question.
    const noThanks = !marked && a.kind === "kw" && /^no thank(?:s| you)$/i.test(a.text) && i === lastContent(out);
    if (!marked && !noThanks) continue;
    const start = echoStart(out, i);
    if (start === undefined) continue;
    const answer: Answer | undefined = noThanks ? { kind: "no", at: i } : answerAfter(out, i + 1);
    if (!answer) continue;
    out = rewrite(out, start, i, answer);
    i = start;
  }
  return out;
}

/** Where the echoed question starts: options' names (and words around them) back to an item's name or a break. */
function echoStart(atoms: readonly Atom[], q: number): number | undefined {
  let s = q;
  while (s > 0) {
    const b = atoms[s - 1]!;
    const option = b.kind === "menu" && b.refs.length > 0 && b.refs.every((r) => r.kind === "choice" || r.kind === "group" || r.kind === "order" || r.kind === "orderGroup");
    const word = b.kind === "kw" && b.keywords.length > 0 && b.keywords.every((w) => QUESTION_WORDS.includes(w));
    if (!option && !word) break;
    s--;
  }
  const named = atoms.slice(s, q).some((b) => b.kind === "menu");
  // The thing asked about was ordered just before, in the same sentence.
  let j = s - 1;
  while (j >= 0 && atoms[j]!.kind === "sep" && (atoms[j] as Atom & { kind: "sep" }).mark === ",") j--;
  for (; j >= 0; j--) {
    const b = atoms[j]!;
    if (b.kind === "sep" && b.why === "punct" && b.mark !== ",") break;
    if (b.kind === "menu" && b.refs.some((r) => r.kind === "item")) return named ? s : undefined;
  }
  return undefined;
}

/** The answer right after the question mark, ending its sentence or clause. */
function answerAfter(atoms: readonly Atom[], at: number): Answer | undefined {
  const a = atoms[at];
  const next = atoms[at + 1];
  if (!a || (next && next.kind !== "sep")) return undefined;
  if (a.kind === "kw" && a.keywords.includes("yes")) return { kind: "yes", at };
  if (a.kind === "kw" && a.keywords.includes("no")) return { kind: "no", at };
  if (a.kind === "menu" && a.refs.length > 0 && a.refs.every((r) => r.kind === "choice" || r.kind === "order")) return { kind: "choice", at };
  return undefined;
}

function lastContent(atoms: readonly Atom[]): number {
  for (let i = atoms.length - 1; i >= 0; i--) if (atoms[i]!.kind !== "sep") return i;
  return -1;
}

/**
 * The question's words [start, q) as the order says them: its filler dropped; a group's bare
 * name dropped unless refused or it is all there is; "no" moved before the options; a choice
 * answer standing for the group's name.
 */
function rewrite(atoms: Atom[], start: number, q: number, answer: Answer): Atom[] {
  const question = atoms.slice(start, q).filter((b) => b.kind === "menu");
  const named = (b: Atom) => b.kind === "menu" && b.refs.some((r) => r.kind === "choice" || r.kind === "order");
  let kept: Atom[];
  if (answer.kind === "no") {
    const no = atoms[answer.at]!;
    const refusal: Atom = no.kind === "kw" ? { ...no, keywords: ["without", "no", "filler"] } : no;
    kept = [refusal, ...question];
  } else if (answer.kind === "yes") kept = question.some(named) ? question.filter(named) : [];
  else kept = [atoms[answer.at]!];
  return [...atoms.slice(0, start), ...kept, ...atoms.slice(answer.at + 1)];
}
