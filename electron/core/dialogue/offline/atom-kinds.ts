// The kinds of atom the scanner reads words as (menu things, numbers, keywords,
// separators, unknown words), with their spans and the flags particles set; atoms.ts
// builds them and scan.ts re-exports the types.
import type { FunctionWord, Keyword } from "./language.ts";
import type { MenuRef } from "./menu-ref.ts";

export interface Flags {
  topic?: boolean;
  dir?: boolean;
  loc?: boolean;
  only?: boolean;
  each?: boolean;
  also?: boolean;
  among?: boolean;
  /** 거/걸로 after it: "큰 걸로", "따뜻한 거" — the one that is so. */
  thing?: boolean;
  /** A sentence ending glued to it (덥네+요): said as a whole, not as part of the next name. */
  end?: boolean;
  /** Says the part before it is as the item comes ("하나는 빼고" of what only the other part has: line-parts.ts). */
  plain?: boolean;
  /** A number written against the word after it with no space ("2샷"). */
  tight?: boolean;
  /** A Korean number word right before a counted option's own word ("네 명", "두 샷"): that option's count (atom-neighbours.ts). */
  countsOption?: boolean;
  /** Said after 안 ("안 썰어 주셔도 돼요"): the choice is not wanted (refusal.ts). */
  negated?: boolean;
  /** "맵기는 제일 맵게", "맵기 기본으로": the option's most, or its default (a count's, mods.ts). */
  level?: "max" | "min" | "default";
  /** An adding word follows it ("떡 두 개 더", "떡 추가"): more of it, not how many in all. */
  added?: boolean;
  /** Grown over the people its own name holds ("애프터눈 세트 2인", count-in-its-name.ts): the words inside are the name's. */
  nameHolds?: boolean;
  /** "there's five of us": how many people, said of nobody's order (whose-counts.ts). */
  party?: boolean;
  /** "extra tartar", "타르타르 추가" of a dip whose group has a sister count ("Extra dip cup"): one more of it (extra-of-choice.ts). */
  extra?: boolean;
  /** "two scoops of boba" where "scoops" names the counted extra of the toppings: how many of it in all (measure-words.ts). */
  scoops?: number;
  /** 더 follows it ("하나만 더"): that many more, even said with 만. */
  more?: boolean;
  /** A number said right before an add-in after "with" ("with two tartar"): how many of it in all (add-in-counts.ts). */
  ofOption?: boolean;
  /** A count said of an add-in past its group's most ("with six tartar" where four is the most): not held (add-in-counts.ts). */
  unheldCount?: number;
  /** Read by the best guess, not for sure ("족발 4인분" as the size another item's words say feeds four: servings-sizes.ts). */
  guessed?: boolean;
  /** A thing the item comes with said after "with" or "just" before a refusal of another ("with onions no cilantro"): kept (with-then-without.ts). */
  kept?: boolean;
  /** A weight read as a count by weight ("배추김치 1키로"; its unit's words are the count's); said right after its item, that item's, not the next's (weights-said.ts). */
  weighed?: boolean;
  /** A thing asked of staff, "잔 하나 더 주세요", "two forks please": no order (requests-to-staff.ts); said alone, staff are pointed to. */
  askedOfStaff?: boolean;
}

export interface Span {
  start: number;
  end: number;
  /** First and last token index. */
  tok0: number;
  tok1: number;
  text: string;
}

export type Atom =
  | (Span & { kind: "menu"; refs: MenuRef[]; fuzzy: boolean; partial: boolean; flags: Flags })
  /** `unit`: the counter said with it ("판" of "두 판"), in the customer's letters. */
  | (Span & { kind: "num"; value: number; times: boolean; counted: boolean; article: boolean; flags: Flags; unit?: string })
  | (Span & { kind: "kw"; keywords: Keyword[]; flags: Flags })
  | (Span & { kind: "sep"; why: "punct" | "conj" | "sep" | "clause"; mark?: string })
  | (Span & { kind: "unknown"; flags: Flags });

/** A stretch of the utterance the scanner read as a menu phrase or as language. */
export interface PhraseCandidate {
  start: number;
  end: number;
  menu?: MenuRef[];
  fns?: FunctionWord[];
  fuzzy?: boolean;
}
