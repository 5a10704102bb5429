import { describe, expect, it } from "vitest";
import { oncePerProcess } from "../../lib/queries/oncePerProcess";

describe("oncePerProcess", () => {
  it("reads once for many calls on the same day, and passes the day's date to the read", async () => {
    const dates: string[] = [];
    let today = new Date("2026-11-25T08:00:00Z");
    const read = oncePerProcess(async (date) => {
      dates.push(date.toISOString());
      return dates.length;
    }, () => today);
    expect(await Promise.all([read(), read(), read()])).toEqual([1, 1, 1]);
    today = new Date("2026-11-25T23:59:00Z");
    expect(await read()).toBe(1);
    today = new Date("2026-11-26T00:00:01Z");
    expect(await read()).toBe(2);
    expect(dates).toEqual(["2026-11-25T08:00:00.000Z", "2026-11-26T00:00:01.000Z"]);
  });

  it("does not remember a failed read", async () => {
    let calls = 0;
    const read = oncePerProcess(async () => {
      calls += 1;
      if (calls === 1) throw new Error("database busy");
      return "ok";
    }, () => new Date("2026-11-25T00:00:00Z"));
    await expect(read()).rejects.toThrow("database busy");
    expect(await read()).toBe("ok");
    expect(calls).toBe(2);
  });
});
