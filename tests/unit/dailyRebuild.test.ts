// The daily rebuild of deploy/ (issue 19): statuses are computed when the site is built, so a deadline
// passing shows only after a rebuild. The files an operator installs must run the README's build every day.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const deploy = path.join(process.cwd(), "deploy");
/** The keys of an INI-style systemd unit, each with every value it is given. */
function unit(file: string): Map<string, string[]> {
  const keys = new Map<string, string[]>();
  for (const line of fs.readFileSync(path.join(deploy, file), "utf8").split("\n")) {
    const m = /^([A-Za-z]+)=(.*)$/.exec(line.trim());
    if (m) keys.set(m[1], [...(keys.get(m[1]) ?? []), m[2]]);
  }
  return keys;
}

describe("the daily rebuild in deploy/", () => {
  it("the systemd service runs the build, then copies the site to where nginx serves it, adding without deleting", () => {
    const service = unit("pingcheng-rebuild.service");
    expect(service.get("Type")).toEqual(["oneshot"]);
    expect(service.get("ExecStart")).toEqual(["/usr/bin/npm run build", "/usr/bin/cp -a out/. /srv/pingcheng/out/"]);
    expect(service.get("EnvironmentFile")).toEqual(["/etc/default/pingcheng"]);
  });

  it("the timer starts it every day after midnight UTC, catching up a missed day", () => {
    const timer = unit("pingcheng-rebuild.timer");
    expect(timer.get("OnCalendar")).toEqual(["*-*-* 00:05:00 UTC"]);
    expect(timer.get("Persistent")).toEqual(["true"]);
  });

  it("the scheduled CI example builds every day with SITE_URL", () => {
    const ci = fs.readFileSync(path.join(deploy, "ci-daily-rebuild.yml"), "utf8");
    expect(ci).toMatch(/cron: "5 0 \* \* \*"/);
    expect(ci).toMatch(/run: npm run build\n\s+env:\n\s+SITE_URL:/);
  });
});
