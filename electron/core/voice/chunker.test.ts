import { describe, expect, it } from "vitest";
import { SentenceChunker } from "./chunker.ts";

/** Feed `text` in pieces of `step` characters; collect what comes out, then flush. */
function chunk(text: string, step: number): string[] {
  const c = new SentenceChunker();
  const out: string[] = [];
  for (let i = 0; i < text.length; i += step) out.push(...c.push(text.slice(i, i + step)));
  out.push(...c.flush());
  return out;
}

const TABLE: { name: string; text: string; want: string[]; wantByStep?: Record<number, string[]> }[] = [
  { name: "korean punctuation", text: "아이스 아메리카노 두 잔 담았어요. 더 필요하신 건 있으세요?", want: ["아이스 아메리카노 두 잔 담았어요.", "더 필요하신 건 있으세요?"] },
  { name: "price with thousands comma stays whole", text: "합계는 4,500원입니다. 결제는 카운터에서 해 주세요.", want: ["합계는 4,500원입니다.", "결제는 카운터에서 해 주세요."] },
  { name: "decimal number stays whole", text: "This one is 3.5 dollars. Anything else?", want: ["This one is 3.5 dollars.", "Anything else?"] },
  { name: "요 ending without punctuation", text: "네 담았어요 사이즈는 어떻게 할까요", want: ["네 담았어요", "사이즈는 어떻게 할까요"] },
  { name: "다 ending without punctuation", text: "주문이 접수되었습니다 번호는 12번입니다", want: ["주문이 접수되었습니다", "번호는 12번입니다"] },
  { name: "adverb 다 is not an ending", text: "그거 다 주세요. 감사합니다.", want: ["그거 다 주세요.", "감사합니다."] },
  { name: "english with exclamation and question", text: "Sure! Two iced americanos. Hot or iced?", want: ["Sure!", "Two iced americanos.", "Hot or iced?"] },
  { name: "abbreviation does not split", text: "Ask Mr. Kim at the counter. Thanks.", want: ["Ask Mr. Kim at the counter.", "Thanks."] },
  // A delta that ends right after the "." ends the sentence; the quote that follows is not spoken.
  { name: "closing quote stays with its sentence", text: 'You said "two lattes." Right?', want: ['You said "two lattes."', "Right?"], wantByStep: { 3: ['You said "two lattes.', "Right?"] } },
  { name: "ellipsis", text: "Hmm... let me check. Okay.", want: ["Hmm...", "let me check.", "Okay."] },
  { name: "fullwidth punctuation", text: "네！알겠습니다。", want: ["네！알겠습니다。"] },
  { name: "newline ends a sentence", text: "아메리카노 1잔\n라떼 2잔", want: ["아메리카노 1잔", "라떼 2잔"] },
  { name: "list numbers are not sentences", text: "1. Latte\n2. Mocha", want: ["1. Latte", "2. Mocha"] },
  { name: "tiny piece is held for the next", text: "네. 아메리카노 한 잔 담았어요.", want: ["네. 아메리카노 한 잔 담았어요."] },
  { name: "money with dollar sign", text: "That's $4.50. Pay at the counter.", want: ["That's $4.50.", "Pay at the counter."] },
  { name: "no terminator at all", text: "Okay", want: ["Okay"] },
  { name: "empty", text: "", want: [] },
];

describe("SentenceChunker", () => {
  for (const row of TABLE) {
    for (const step of [1, 3, 1000]) {
      it(`${row.name} (deltas of ${step})`, () => {
        expect(chunk(row.text, step)).toEqual(row.wantByStep?.[step] ?? row.want);
      });
    }
  }

  it("gives the first sentence before the rest of the reply is written", () => {
    const c = new SentenceChunker();
    expect(c.push("아이스 아메리카노 두 잔 담았어")).toEqual([]);
    expect(c.push("요")).toEqual([]);
    expect(c.push(".")).toEqual([]); // a lone "." could be "3.5": wait for the next character
    expect(c.push(" 더")).toEqual(["아이스 아메리카노 두 잔 담았어요."]);
    expect(c.push(" 필요하신")).toEqual([]);
    expect(c.flush()).toEqual(["더 필요하신"]);
  });

  it("a whole-sentence delta (the LLM engine's) is spoken at once, without waiting for the next", () => {
    const c = new SentenceChunker();
    expect(c.push("네, 아이스 아메리카노 두 잔 담았어요.")).toEqual(["네, 아이스 아메리카노 두 잔 담았어요."]);
    expect(c.push(" 사이즈는 어떻게 할까요?")).toEqual(["사이즈는 어떻게 할까요?"]);
    expect(c.push(" 가격은 4.")).toEqual([]); // a digit before the dot: maybe "4.5"
    expect(c.push("5달러예요.")).toEqual(["가격은 4.5달러예요."]);
    expect(c.push(" Ask Mr.")).toEqual([]);
    expect(c.flush()).toEqual(["Ask Mr."]);
  });

  it("splits a very long run without punctuation at a comma", () => {
    const long = "아메리카노 한 잔, ".repeat(20);
    const out = chunk(long, 5);
    expect(out.length).toBeGreaterThan(1);
    for (const s of out) expect(s.length).toBeLessThanOrEqual(160);
    expect(out.join(" ").replace(/\s+/g, " ")).toBe(long.trim().replace(/\s+/g, " "));
  });
});
