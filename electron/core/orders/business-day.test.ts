import { describe, expect, it } from "vitest";
import { businessDayOf, parseDayStart } from "./business-day.ts";

describe("parseDayStart", () => {
  it.each([
    ["04:00", 240],
    ["0:00", 0],
    ["23:59", 1439],
    ["4:30", 270],
  ])("%s is %i minutes", (text, minutes) => expect(parseDayStart(text)).toBe(minutes));

  it.each(["24:00", "4", "04:60", "four", ""])("refuses %j", (text) => expect(() => parseDayStart(text)).toThrow(/HH:MM/));
});

describe("businessDayOf", () => {
  // Seoul has no daylight saving: UTC+9 all year.
  const seoul = (iso: string) => Date.parse(`${iso}+09:00`);
  it.each([
    ["2025-03-10T12:00:00", 240, "2025-03-10"],
    ["2025-03-10T03:59:00", 240, "2025-03-09"],
    ["2025-03-10T04:00:00", 240, "2025-03-10"],
    ["2025-03-01T01:00:00", 240, "2025-02-28"],
    ["2025-01-01T02:00:00", 240, "2024-12-31"],
    ["2024-03-01T02:00:00", 240, "2024-02-29"],
    ["2025-03-10T00:00:00", 0, "2025-03-10"],
    ["2025-03-10T23:59:00", 0, "2025-03-10"],
  ])("Seoul %s with boundary %i min is %s", (iso, boundary, day) => {
    expect(businessDayOf(seoul(iso), boundary, "Asia/Seoul")).toBe(day);
  });

  it("follows the wall clock across a daylight-saving change", () => {
    // New York springs forward at 02:00 on 2025-03-09; 03:30 local is already the new day.
    expect(businessDayOf(Date.parse("2025-03-09T07:30:00Z"), 240, "America/New_York")).toBe("2025-03-08"); // 03:30 EDT
    expect(businessDayOf(Date.parse("2025-03-09T08:00:00Z"), 240, "America/New_York")).toBe("2025-03-09"); // 04:00 EDT
    // Falls back at 02:00 EDT on 2025-11-02 (06:00Z): 08:30Z is 03:30 EST, 09:00Z is 04:00 EST.
    expect(businessDayOf(Date.parse("2025-11-02T08:30:00Z"), 240, "America/New_York")).toBe("2025-11-01");
    expect(businessDayOf(Date.parse("2025-11-02T09:00:00Z"), 240, "America/New_York")).toBe("2025-11-02");
  });
});
