// What each status means, in one plain sentence. Shown wherever a status is, and on /methodology.
import type { TargetStatus } from "./progress";

export const STATUS_TEXT: Record<TargetStatus, { label: string; symbol: string; explanation: string }> = {
  achieved: { label: "已实现", symbol: "✔", explanation: "已公布的结果达到了目标。" },
  "on-track": { label: "进展顺利", symbol: "↗", explanation: "按已公布结果的年均增速，能在期限内达到目标。" },
  behind: { label: "进度落后", symbol: "↘", explanation: "期限已过而结果未达标，或目前的年均增速不到所需增速的95%。" },
  due: { label: "已到期，待公布", symbol: "◐", explanation: "目标期限已过，但对应年份的结果尚未在来源中公布。" },
  "not-yet-due": { label: "未到期", symbol: "○", explanation: "目标期限未到，已公布的数据还不足以判断快慢。" },
  "no-baseline": { label: "无基线", symbol: "?", explanation: "没有可比的起点数据（来源未公布，或口径可能不同），无法计算进度。" },
};

export const STATUS_ORDER: TargetStatus[] = ["achieved", "on-track", "behind", "due", "not-yet-due", "no-baseline"];
