import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { ELDER_MODE_ATTRIBUTE, ELDER_MODE_KEY, ELDER_MODE_SCRIPT } from "../../lib/site/elderMode";

/** Runs the pre-paint script against a stored value (or storage that throws) and returns the attributes it set. */
function run(stored: string | null | Error): Record<string, string> {
  const attributes: Record<string, string> = {};
  const localStorage = {
    getItem: (key: string) => {
      if (stored instanceof Error) throw stored;
      return key === ELDER_MODE_KEY ? stored : null;
    },
  };
  const document = { documentElement: { setAttribute: (name: string, value: string) => void (attributes[name] = value) } };
  runInNewContext(ELDER_MODE_SCRIPT, { localStorage, document });
  return attributes;
}

describe("the 长辈模式 pre-paint script", () => {
  it("turns the mode on only when the reader chose it", () => {
    expect(run("1")).toEqual({ [ELDER_MODE_ATTRIBUTE]: "" });
    expect(run(null)).toEqual({});
    expect(run("0")).toEqual({});
  });

  it("leaves the page as it is where storage is refused", () => {
    expect(run(new Error("SecurityError"))).toEqual({});
  });

  it("is one short constant, so a CSP can allow it by a single hash", () => {
    expect(ELDER_MODE_SCRIPT.length).toBeLessThan(200);
    expect(ELDER_MODE_SCRIPT).not.toMatch(/[<>]/); // nothing that could end the <script> element early
  });
});
