// The plain answer a citizen comes for, first on the overview: how the district is doing against its
// targets, in one sentence counted from the statuses, in each language. While no target can be judged
// the sentence says so and why; once results arrive it counts achieved, on track and behind first.
// Pure.
import type { Lang } from "../i18n/language";
import type { TargetStatus } from "./progress";

type Counts = ReadonlyMap<TargetStatus, number>;

const JUDGED: TargetStatus[] = ["achieved", "on-track", "behind"];
const UNJUDGED: TargetStatus[] = ["due", "no-baseline", "not-yet-due"];

const ZH: Record<TargetStatus, (n: number) => string> = {
  achieved: (n) => `${n}项已实现`,
  "on-track": (n) => `${n}项进展顺利`,
  behind: (n) => `${n}项进度落后`,
  due: (n) => `${n}项已到期但本站暂无结果`,
  "no-baseline": (n) => `${n}项缺少可比的起点数据`,
  "not-yet-due": (n) => `${n}项尚未到期`,
};

const EN: Record<TargetStatus, (n: number) => string> = {
  achieved: (n) => `${n} ${n === 1 ? "is" : "are"} achieved`,
  "on-track": (n) => `${n} ${n === 1 ? "is" : "are"} on track`,
  behind: (n) => `${n} ${n === 1 ? "is" : "are"} behind`,
  due: (n) => (n === 1 ? "1 has passed its deadline" : `${n} have passed their deadline`) + " with no result on this site yet",
  "no-baseline": (n) => `${n} ${n === 1 ? "has" : "have"} no comparable starting figure`,
  "not-yet-due": (n) => `${n} ${n === 1 ? "is" : "are"} not yet due`,
};

function list(lang: Lang, parts: string[]): string {
  if (lang === "zh") return parts.join("，");
  return parts.length < 2 ? parts.join("") : `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`;
}

/** "目前30项目标均无法判断进展：15项已到期但本站暂无结果，10项缺少可比的起点数据，5项尚未到期。" */
export function progressAnswer(lang: Lang, counts: Counts): string {
  const n = (s: TargetStatus) => counts.get(s) ?? 0;
  const total = [...JUDGED, ...UNJUDGED].reduce((sum, s) => sum + n(s), 0);
  const judged = JUDGED.filter((s) => n(s) > 0);
  const unjudged = UNJUDGED.filter((s) => n(s) > 0);
  const words = lang === "zh" ? ZH : EN;
  const parts = (statuses: TargetStatus[]) => list(lang, statuses.map((s) => words[s](n(s))));
  const rest = unjudged.reduce((sum, s) => sum + n(s), 0);
  if (lang === "zh") {
    if (total === 0) return "本站还没有收录任何目标。";
    if (judged.length === 0) return `目前${total}项目标均无法判断进展：${parts(unjudged)}。`;
    if (rest === 0) return `目前${total}项目标中，${parts(judged)}。`;
    return `目前${total}项目标中，${parts(judged)}；另有${rest}项还无法判断：${parts(unjudged)}。`;
  }
  if (total === 0) return "This site holds no targets yet.";
  if (judged.length === 0) return `None of the ${total} targets can be judged yet: ${parts(unjudged)}.`;
  if (rest === 0) return `Of the ${total} targets, ${parts(judged)}.`;
  return `Of the ${total} targets, ${parts(judged)}; the other ${rest} cannot be judged yet: ${parts(unjudged)}.`;
}
