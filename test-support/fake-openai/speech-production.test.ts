import { describe, expect, it } from "vitest";
import { SpeechProduction } from "./speech-production.ts";

const bytes = (...n: number[]) => Uint8Array.from(n);

async function all(p: SpeechProduction): Promise<number[][]> {
  const out: number[][] = [];
  for (let i = 0, piece = await p.piece(0); piece !== undefined; piece = await p.piece(++i)) out.push([...piece]);
  return out;
}

describe("SpeechProduction", () => {
  it("gives every reader all pieces in order, including one that joins late", async () => {
    function* source() {
      yield bytes(1);
      yield bytes(2, 3);
      yield bytes(4);
    }
    const p = new SpeechProduction("audio/mpeg", source());
    const early = all(p);
    await new Promise((r) => setTimeout(r, 10));
    expect(await early).toEqual([[1], [2, 3], [4]]);
    expect(await all(p)).toEqual([[1], [2, 3], [4]]);
  });

  it("hands the pieces made before a failure, then the failure", async () => {
    function* source(): Generator<Uint8Array> {
      yield bytes(9);
      throw new Error("encoder broke");
    }
    const p = new SpeechProduction("audio/mpeg", source());
    expect(await p.piece(0)).toEqual(bytes(9));
    await expect(p.piece(1)).rejects.toThrow("encoder broke");
  });
});
