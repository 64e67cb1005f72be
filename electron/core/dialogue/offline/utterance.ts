// What one utterance says, before it meets the cart: "units" (one thing ordered or
// referred to, with its quantity, options and parts: "two lattes, one with oat
// milk"), bare option phrases that refer back to an earlier line ("아이스로 바꿔
// 주세요", "make it three"), order options, and the utterance's keywords.
import type { OptionValue } from "../../../../shared/menu/schema.ts";
import type { MenuModel } from "../../../../shared/menu/model.ts";
import type { Keyword } from "./language.ts";
import type { Atom } from "./scan.ts";

export interface ChoiceCand {
  group: string;
  choice: string;
  /** Said by its name (not an alias): wins when a word names choices of two groups. */
  name: boolean;
}

/** `at`: where the option was said (its atom's start), so a refusal takes out exactly the words it covers. */
/** `at`: where its words start; `numAt`: where the number its count took starts. */
export type Mod = ModKind & { at?: number; numAt?: number };

/** The option groups a mod sets. */
export const groupsOf = (m: Mod): string[] => (m.kind === "choice" ? m.cands.map((c) => c.group) : [m.group]);

type ModKind =
  /**
   * A choice ("아이스", "oat milk"); `neg`: "no vanilla", "시럽 빼고". `orCount`: the same
   * words also name a counted group ("치즈 추가" is the ramen's cheese choice and the
   * burger's cheese count): an item without the choice takes n more of that count.
   * `onlyRefused`: the words name a removal ("햄" for "햄 빼기") and mean it only when refused.
   * `leftOutOnly`: those of the candidates ("group/choice") that it means only when refused.
   * `to`: said as what something becomes ("케찹으로 바꿔 주세요"): on a many-choice group the
   * choices named in that breath replace what the line had there (options.ts).
   * `extra`: said with "extra" ("extra tartar"): the counted groups that hold more of the
   * choice's group ("Extra dip cup" of "Dipping sauce") take one more (extra-of-choice.ts);
   * with `total`, said as so many of it in all ("two scoops of boba"): that many less the one the choice is.
   * `keep`: a thing the item comes with said to be kept ("양파는 넣고", "keep the onions");
   * `contrast`: beside something else refused, so it asks for nothing more (keep-default.ts).
   */
  | { kind: "choice"; cands: ChoiceCand[]; neg: boolean; text: string; orCount?: { group: string; n: number; numbered?: boolean; named?: boolean }; extra?: Array<{ of: string; group: string; total?: number }>; onlyRefused?: boolean; leftOutOnly?: string[]; to?: true; keep?: true; contrast?: true }
  /**
   * A counted option ("샷 추가", "extra cheese x2"): add n, set n, or back to the minimum.
   * `ofBase`: said with no adding word ("떡 두 개", "맵기 3단계"): on an item that comes
   * with some of it already (a default of 1 or more) the number is how many in all, and the
   * name alone changes nothing (options.ts). `level`: its most, least or default ("맵기는
   * 제일 맵게", "맵기 기본으로"), whatever the item's count allows. `some` (with "clear"):
   * only `n` of it come off ("change one of the cheese to marinara").
   */
  | { kind: "count"; group: string; n: number; op: "add" | "set" | "clear"; text: string; numbered?: boolean; ofBase?: true; some?: true; level?: "max" | "min" | "default" }
  /** A group named on its own: "시럽은 빼 주세요" (neg clears it), "사이즈는 ..." (topic only). */
  | { kind: "group"; group: string; neg: boolean; text: string }
  /** "사이즈 업", "size down": the next or previous choice of the group. */
  | { kind: "step"; group: string; by: number; text: string };

export interface Part {
  qty: number;
  mods: Mod[];
}

export type UnitKind = "item" | "unknown" | "category" | "ambiguous";

export interface Unit {
  kind: UnitKind;
  item?: string;
  preset?: Record<string, OptionValue>;
  /** Named by part of its name only ("스무디" for "딸기 스무디"). */
  partial?: boolean;
  fuzzy?: boolean;
  /** Items a partial name fits when it fits several (ask which). */
  candidates?: string[];
  category?: string;
  /** An item's word that also names a kind ("pizza" for the plain pizza and for all pizzas). */
  kindToo?: string;
  /** The words the customer used for it. */
  text: string;
  qty?: number;
  /** The quantity was said ("two", "세 잔"), not just an article ("a"). */
  qtyExplicit: boolean;
  mods: Mod[];
  parts: Part[];
  /** 은/는: the thing talked about, usually already ordered. */
  topic: boolean;
  /** the/that/그거: refers to something already said. */
  the: boolean;
  /** 만/just/only. */
  only: boolean;
  /** 에/에다가 ("라면에 계란은 빼 주세요"): what something is done to, not something ordered. */
  loc?: boolean;
  /** 씩/each: the quantity applies to each thing listed. */
  each: boolean;
  /** Said to be taken out ("치즈케이크 빼 주세요", "remove the muffin"). */
  remove: boolean;
  /** Index of its clause; keywords of that clause are in `kws`. */
  clause: number;
  kws: Set<Keyword>;
  /** Named after a correction ("아니", "no wait"): replaces what came before. */
  corrects: boolean;
  /** Named as the thing to be replaced ("스무디 대신", "instead of the muffin", "change the mocha to ..."). */
  replaced: boolean;
  /** The unit this one replaces, when both were named. */
  replaces?: Unit;
  /** Said in a question ("Do you have bagels?"): nothing is ordered from it. */
  asked: boolean;
  /** 로/으로 after the item ("바닐라 라떼로 바꿔"): the item is what something becomes. */
  dir: boolean;
  /** Right after "make it"/"change it to"/"switch to": the item replaces the one in hand. */
  afterChange: boolean;
  /** The quantity was said as a target ("세 잔으로 해 주세요"), not as more. */
  qtyTarget: boolean;
  /** "I'll have the same, a latte": made as the line in hand is, in the groups it has too (same-other-item.ts). */
  sameAsLine?: boolean;
  /** "and a katsu, same size": made as the line in hand only in its size (same-other-item.ts). */
  sameSize?: boolean;
  /** Said to be made "the same" and read so, as another item or the line in hand (same-other-item.ts). */
  sameRead?: boolean;
  /**
   * "actually one horchata and one jamaica": a kind of the one line re-said, its "actually" that
   * line's (kinds-restated.ts); "장어 세 마리 양념으로요 아 아니다 두 마리만 양념이고 한 마리는
   * 소금으로요", the count just said shared out again, its 아니다 that line's (unit-merges.ts).
   */
  restates?: boolean;
  /** Said back to confirm a line there ("yeah one pad thai that's right", read-back.ts): it orders nothing. */
  readBack?: boolean;
  /**
   * Taken into a line this turn made as one of its choices ("세트로 감튀 콜라"), or into what
   * a choice said just before includes ("칩세트 콜라요": the set's drink): not ordered on its own.
   */
  absorbed?: boolean;
  /**
   * One more of the item just named, made as its own words say ("짜장면 하나 주시고 곱빼기로
   * 하나 더", one-more-made-so.ts): the keywords of its clause ("더", "빼고"), read as that.
   */
  another?: ReadonlySet<Keyword>;
  /**
   * "세 개 중에 하나는 불족발로": the count said with 중에 before the item, with no item of its
   * own — how many of a line already ordered the part is taken from (one-of-them.ts).
   */
  ofHowMany?: number;
}

/** Options or a quantity said with no item: they refer to an earlier line. */
export interface Bare {
  qty?: number;
  qtyExplicit: boolean;
  mods: Mod[];
  parts: Part[];
  kws: Set<Keyword>;
  corrects: boolean;
  /** "… and the same thing but shawarma": said of the item named after "but" (same-other-item.ts). */
  sameThenBut?: boolean;
  both: boolean;
  only: boolean;
  clause: number;
  asked: boolean;
  /** A quantity phrased as a target ("세 잔으로", "make it three"), not an addition. */
  setQty: boolean;
  /** Its options went into a line made from an earlier phrase ("같은 거 하나 더 근데 두유로"): nothing more to do. */
  absorbed?: boolean;
  /** A set's part said alone, read as the thing sold alone that it names, or the kind of one named after it (set-part-said-alone.ts). */
  readAsItem?: string;
}

export interface Utterance {
  text: string;
  lang: "ko" | "en" | undefined;
  units: Unit[];
  bare: Bare[];
  orderChoices: Array<{ group: string; choice: string }>;
  /** Every keyword said anywhere. */
  kws: Set<Keyword>;
  /** Keywords said outside question sentences. */
  orderKws: Set<Keyword>;
  /** Question sentences: what they name. */
  questions: Question[];
  unknownWords: string[];
  /** Unknown words said as options ("휘핑 추가", "with sprinkles"): the menu has no such option. */
  unknownOptions: string[];
  fuzzy: number;
  /** Anything the engine could use at all (not only fillers and unknown words). */
  substance: boolean;
  /** The words as read in the light of the menu (resolve.ts), in order. */
  atoms: Atom[];
  /** Where the words the parse gave a role to start: what is left over was not understood. */
  explained: Set<number>;
  /** What the parse had to guess between (accounting.ts reads these). */
  guesses: string[];
  /** Menu words no reading could place. */
  unplaced: string[];
}

export interface Question {
  kws: Set<Keyword>;
  items: Array<{ item: string; preset?: Record<string, OptionValue>; partial?: boolean }>;
  groups: string[];
  choices: ChoiceCand[];
  categories: string[];
  tags: string[];
  unknown: string[];
  orderGroups: string[];
  /** Order options asked about ("배달 돼요?", "do you deliver?"). */
  orderChoices: Array<{ group: string; choice: string }>;
  mark: boolean;
}

export interface ParseContext {
  menu: MenuModel;
  /** The item and group the kiosk just asked about, so "아메리카노요" can be a choice. */
  asked?: { item: string; group: string; qty?: number };
  /** Items of the lines last talked about (most recent last), the required groups they still miss, how many each holds and its options. */
  focus?: Array<{ item: string; missing: string[]; qty?: number; options?: Readonly<Record<string, unknown>> }>;
  /** The thing the kiosk's last answer was about ("do you have X?", "X 뭐 들어가요?"): "one of those" may point at it (offer-pointed-at.ts). */
  offered?: { item: string; options: Readonly<Record<string, OptionValue>> };
  /** Items the clauses before said in this utterance ("two samsa, one lamb …": option-count-numbers.ts). */
  saidBefore?: readonly string[];
}
