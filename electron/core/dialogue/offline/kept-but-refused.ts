// A read-back check, from the cart and the words alone: the words keep a thing ("just the
// aioli", "only cheese", "keep the pickles", "양파만", "치즈만요", "식초는 넣어 주세요") and the cart after the turn
// refuses it (a removal choice of it newly on the line, "No aioli") or took it off the line.
// "patatas bravas without the brava sauce, just the aioli" (sealed round 75) was sure with
// "No aioli": the aioli clause was read as refusing itself. Whichever step reads such words
// next, a cart that leaves off what the words kept is a guess.
import type { MenuModel } from "../../../../shared/menu/model.ts";
import type { CartLine } from "../../cart/cart.ts";
import { REMOVAL_PREFIX, REMOVAL_SUFFIX, removalIndex } from "./refusal.ts";
import { keyOf, spokenNames, wordsOf } from "./name-forms.ts";
import { type TurnResult, linesReached } from "./turn-draft.ts";

const held = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : v === undefined ? [] : [String(v)]);

/** What a removal choice leaves off, by its names ("No aioli" → aioli; "양파 빼기" → 양파); none for other choices. */
function refusedThing(names: readonly string[]): string[] {
  return names.map((n) => n.trim()).flatMap((n) => {
    const rest = n.replace(REMOVAL_PREFIX, "").replace(REMOVAL_SUFFIX, "").trim();
    return rest && rest !== n ? [rest] : [];
  });
}

/** English: just / only / keep (the) NAME. */
function keptInEnglish(words: readonly string[], name: string): boolean {
  const w = wordsOf(name);
  if (!w.length) return false;
  for (let i = 0; i < words.length; i++) {
    if (!/^(?:just|only|keep)$/.test(words[i]!)) continue;
    const at = words[i + 1] === "the" ? i + 2 : i + 1;
    if (w.every((x, k) => words[at + k] === x)) return true;
  }
  return false;
}

/** Words of leaving off, as the words said are normalized (빼 is heard as 페: normalize.ts). */
const LEAVING_OFF = ["빼", "없이", "제외", "말"].map((w) => wordsOf(w)[0]!);

/** Korean: NAME만 (요), not followed by a word of leaving off ("양파만 빼 주세요" refuses it). */
function keptInKorean(words: readonly string[], name: string): boolean {
  const key = keyOf(name);
  if (!key) return false;
  for (let i = 0; i < words.length; i++) {
    for (let j = i; j < words.length; j++) {
      const joined = words.slice(i, j + 1).join("");
      if (joined.length > key.length + 3) break;
      // "식초는 넣어 주세요", "오이도 넣어": said to be put in (blind round 76).
      // (Not "넣지 마세요", nor "고수 넣어서 하나요" said of another dish.)
      if (new RegExp(`^${key}(?:은|는|도|을|를)?$`).test(joined) && /^넣어(?!서)/.test(words[j + 1] ?? "")) return true;
      if (!new RegExp(`^${key}만(?:요|이요)?$`).test(joined)) continue;
      if (!LEAVING_OFF.some((w) => (words[j + 1] ?? "").startsWith(w))) return true;
    }
  }
  return false;
}

function keptBy(words: readonly string[], names: readonly string[]): string | undefined {
  return names.find((n) => (/[가-힣]/.test(n) ? keptInKorean(words, n) : keptInEnglish(words, n)));
}

/** Each choice the turn put on the line or took off it, with the names of the thing it leaves off. */
function leftOff(menu: MenuModel, line: CartLine, before: CartLine | undefined): Array<{ thing: string[]; what: string }> {
  const out: Array<{ thing: string[]; what: string }> = [];
  const none = removalIndex(menu).none;
  for (const g of menu.itemGroups(line.item)) {
    if (g.select === "count") continue;
    const now = held(line.options[g.id]);
    // (A line made this turn had the item's defaults: a default "No sauce" was not put on.)
    const had = held(before ? before.options[g.id] : g.default);
    for (const c of g.choices) {
      const names = spokenNames(c);
      if (now.includes(c.id) && !had.includes(c.id)) {
        const thing = refusedThing(names);
        if (thing.length && (g.select === "many" || none.get(g.id) === c.id)) out.push({ thing, what: `${c.id} put on` });
      } else if (g.select === "many" && had.includes(c.id) && !now.includes(c.id) && !refusedThing(names).length) {
        out.push({ thing: names, what: `${c.id} taken off` });
      }
    }
  }
  return out;
}

/** Each entry: a thing the words kept, refused or taken off on a line the turn reached. */
export function keptButRefused(d: TurnResult): string[] {
  const reached = linesReached(d);
  if (!reached.length) return [];
  const words = wordsOf(d.utterance.text);
  if (!words.some((w) => /^(?:just|only|keep)$/.test(w) || /만(?:요|이요)?$/.test(w) || /^넣어(?!서)/.test(w))) return [];
  const out: string[] = [];
  for (const l of reached) {
    const before = d.before.lines.find((b) => b.id === l.id);
    for (const { thing, what } of leftOff(d.menu, l, before)) {
      const said = keptBy(words, thing);
      if (said) out.push(`"${said}" kept by the words, ${what} the ${l.item}`);
    }
  }
  return out;
}
