import { describe, expect, it } from "vitest";
import { oncePerProcess } from "../../lib/queries/oncePerProcess";

describe("oncePerProcess", () => {
  it("reads once for many calls, concurrent or later", async () => {
    let reads = 0;
    const read = oncePerProcess(async () => ++reads);
    expect(await Promise.all([read(), read(), read()])).toEqual([1, 1, 1]);
    expect(await read()).toBe(1);
    expect(reads).toBe(1);
  });

  it("does not remember a failed read", async () => {
    let calls = 0;
    const read = oncePerProcess(async () => {
      calls += 1;
      if (calls === 1) throw new Error("database busy");
      return "ok";
    });
    await expect(read()).rejects.toThrow("database busy");
    expect(await read()).toBe("ok");
    expect(calls).toBe(2);
  });
});
