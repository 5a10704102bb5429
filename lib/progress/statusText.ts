// What each status means, in one plain sentence. Shown wherever a status is, and on /methodology.
// The English is our unofficial translation of the Chinese, which is the authority.
import type { Lang } from "../i18n/language";
import type { TargetStatus } from "./progress";

export interface StatusText {
  label: string;
  symbol: string;
  explanation: string;
}

// One symbol per status in both languages: a reader switching language sees the same mark.
const SYMBOL: Record<TargetStatus, string> = {
  achieved: "✔", "on-track": "↗", behind: "↘", due: "◐", "not-yet-due": "○", "no-baseline": "?",
};

export const STATUS_TEXT: Record<TargetStatus, StatusText> = {
  achieved: { label: "已实现", symbol: SYMBOL.achieved, explanation: "本站的结果达到了目标。" },
  "on-track": { label: "进展顺利", symbol: SYMBOL["on-track"], explanation: "按本站结果的年均增速，能在期限内达到目标。" },
  behind: { label: "进度落后", symbol: SYMBOL.behind, explanation: "期限已过而结果未达标，或目前的年均增速不到所需增速的95%。" },
  due: { label: "已到期，本站暂无结果", symbol: SYMBOL.due, explanation: "目标期限已过，本站还没有收录对应年份的结果。" },
  "not-yet-due": { label: "未到期", symbol: SYMBOL["not-yet-due"], explanation: "目标期限未到，本站的结果还不足以判断快慢。" },
  "no-baseline": { label: "缺少起点数据", symbol: SYMBOL["no-baseline"], explanation: "没有可比的起点数据（本站收录的原文没有给出，或口径可能不同），无法计算进度。" },
};

export const STATUS_TEXT_EN: Record<TargetStatus, StatusText> = {
  achieved: { label: "Achieved", symbol: SYMBOL.achieved, explanation: "A result on this site reaches the target." },
  "on-track": {
    label: "On track",
    symbol: SYMBOL["on-track"],
    explanation: "At the average annual growth of the results on this site, the target will be reached by its deadline.",
  },
  behind: {
    label: "Behind",
    symbol: SYMBOL.behind,
    explanation: "The deadline has passed and the result falls short, or the average annual growth so far is less than 95% of the growth needed.",
  },
  due: {
    label: "Deadline passed, no result on this site yet",
    symbol: SYMBOL.due,
    explanation: "The target's deadline has passed, and this site does not hold a result for that year yet.",
  },
  "not-yet-due": {
    label: "Not yet due",
    symbol: SYMBOL["not-yet-due"],
    explanation: "The target's deadline has not arrived yet, and the results on this site are not enough to judge progress.",
  },
  "no-baseline": {
    label: "No starting figure",
    symbol: SYMBOL["no-baseline"],
    explanation: "There is no comparable starting figure (the sources on this site give none, or one that may be counted differently), so progress cannot be measured.",
  },
};

/** A status's words in a language. */
export function statusText(lang: Lang, status: TargetStatus): StatusText {
  return (lang === "en" ? STATUS_TEXT_EN : STATUS_TEXT)[status];
}

export const STATUS_ORDER: TargetStatus[] = ["achieved", "on-track", "behind", "due", "not-yet-due", "no-baseline"];
