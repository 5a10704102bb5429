import { describe, expect, it } from "vitest";
import { progressAnswer } from "../../lib/progress/answer";
import type { TargetStatus } from "../../lib/progress/progress";

const counts = (entries: [TargetStatus, number][]) => new Map(entries);

describe("progressAnswer: the overview's first sentence", () => {
  it.each<[string, [TargetStatus, number][], string, string]>([
    [
      "no target can be judged yet",
      [["due", 15], ["not-yet-due", 5], ["no-baseline", 10]],
      "目前30项目标均无法判断进展：15项已到期但本站暂无结果，10项缺少可比的起点数据，5项尚未到期。",
      "None of the 30 targets can be judged yet: 15 have passed their deadline with no result on this site yet, 10 have no comparable starting figure and 5 are not yet due.",
    ],
    [
      "results arrive: achieved, on track and behind come first",
      [["achieved", 3], ["on-track", 1], ["behind", 2], ["due", 4], ["not-yet-due", 20]],
      "目前30项目标中，3项已实现，1项进展顺利，2项进度落后；另有24项还无法判断：4项已到期但本站暂无结果，20项尚未到期。",
      "Of the 30 targets, 3 are achieved, 1 is on track and 2 are behind; the other 24 cannot be judged yet: 4 have passed their deadline with no result on this site yet and 20 are not yet due.",
    ],
    [
      "every target judged",
      [["achieved", 1], ["behind", 1]],
      "目前2项目标中，1项已实现，1项进度落后。",
      "Of the 2 targets, 1 is achieved and 1 is behind.",
    ],
    [
      "one of a kind is singular in English",
      [["due", 1], ["no-baseline", 1]],
      "目前2项目标均无法判断进展：1项已到期但本站暂无结果，1项缺少可比的起点数据。",
      "None of the 2 targets can be judged yet: 1 has passed its deadline with no result on this site yet and 1 has no comparable starting figure.",
    ],
    ["no targets", [], "本站还没有收录任何目标。", "This site holds no targets yet."],
  ])("%s", (_name, entries, zh, en) => {
    expect(progressAnswer("zh", counts(entries))).toBe(zh);
    expect(progressAnswer("en", counts(entries))).toBe(en);
  });
});
