import { describe, expect, it } from "vitest";
import { bridgeAdminTransport, httpAdminTransport } from "./transport.ts";

/** A fetch standing in for the network: answers with the given bodies in turn, recording requests. */
function fakeFetch(answers: { body: string; session?: string }[]) {
  const requests: { url: string; headers: Record<string, string>; body: string }[] = [];
  const fn = (async (url: string, init: RequestInit) => {
    requests.push({ url, headers: init.headers as Record<string, string>, body: String(init.body) });
    const a = answers.shift();
    if (!a) throw new TypeError("fetch failed");
    return new Response(a.body, { headers: a.session ? { "x-kiosk-admin-session": a.session } : {} });
  }) as unknown as typeof fetch;
  return { fn, requests };
}

describe("httpAdminTransport", () => {
  it("keeps the session the kiosk issued and sends it with every later command", async () => {
    const { fn, requests } = fakeFetch([{ body: '{"type":"unlocked","idleTimeoutMs":180000,"defaultPin":false}', session: "s-1" }, { body: '{"type":"locked","reason":"timeout"}' }]);
    const t = httpAdminTransport("http://kiosk", fn);
    expect(await t.request({ type: "unlock", pin: "1234" })).toEqual({ type: "unlocked", idleTimeoutMs: 180000, defaultPin: false });
    expect(await t.request({ type: "overview" })).toEqual({ type: "locked", reason: "timeout" });
    expect(requests.map((r) => [r.url, r.headers["x-kiosk-admin-session"]])).toEqual([
      ["http://kiosk/admin/api", undefined],
      ["http://kiosk/admin/api", "s-1"],
    ]);
    expect(JSON.parse(requests[0]!.body)).toEqual({ type: "unlock", pin: "1234" });
    expect(t.ticketUrl!("a b")).toBe("http://kiosk/admin/ticket/a%20b?session=s-1");
  });

  it("turns a reply that breaks the contract, or no answer at all, into an error reply", async () => {
    const { fn } = fakeFetch([{ body: '{"type":"orders","orders":"lots"}' }, { body: "<html>proxy error</html>" }]);
    const t = httpAdminTransport("", fn);
    expect(await t.request({ type: "listOrders" })).toMatchObject({ type: "error", code: "bad-reply" });
    expect(await t.request({ type: "listOrders" })).toMatchObject({ type: "error", code: "transport" });
    expect(await t.request({ type: "listOrders" })).toMatchObject({ type: "error", code: "transport", message: expect.stringMatching(/cannot reach the kiosk/) });
  });
});

describe("bridgeAdminTransport", () => {
  it("validates what the Electron bridge answers", async () => {
    const t = bridgeAdminTransport({ admin: async (cmd) => ((cmd as { type: string }).type === "lock" ? { type: "locked", reason: "by-request" } : { nonsense: true }) });
    expect(await t.request({ type: "lock" })).toEqual({ type: "locked", reason: "by-request" });
    expect(await t.request({ type: "stats" })).toMatchObject({ type: "error", code: "bad-reply" });
    expect(t.printTicket).toBeUndefined();
  });
});
