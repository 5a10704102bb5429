import { formatShare } from "@/lib/format/format";
import { PUNCTUATION, type Lang } from "@/lib/i18n/language";

/**
 * How much of a target the latest published result reaches, as a server-drawn SVG arc.
 * With no published result the arc stays empty and says so, rather than suggesting zero.
 */
const TEXT = {
  // The long English words for "no share" need a smaller type to fit the arc.
  zh: { noneSize: 16, none: "—", noneLong: "本站还没有可与目标比较的结果，无法计算完成比例", reached: (t: string) => `已达到目标的${t}`, captionNone: "无法计算完成比例", caption: "已达到目标的比例" },
  en: { noneSize: 11, none: "—", noneLong: "this site holds no result to compare with the target, so no share can be worked out", reached: (t: string) => `${t} of the target reached`, captionNone: "Share cannot be worked out", caption: "Share of the target reached" },
} satisfies Record<Lang, { noneSize: number; none: string; noneLong: string; reached: (t: string) => string; captionNone: string; caption: string }>;

export function ProgressGauge({ share, label, lang = "zh" }: { share: number | null; label: string; lang?: Lang }) {
  const words = TEXT[lang];
  const R = 52;
  const length = Math.PI * R;
  const filled = share === null ? 0 : Math.min(Math.max(share, 0), 1) * length;
  const text = share === null ? words.none : formatShare(share);
  return (
    <figure className="inline-flex flex-col items-center">
      <svg viewBox="0 0 128 76" className="h-auto w-32" role="img" aria-label={`${label}${PUNCTUATION[lang].colon}${share === null ? words.noneLong : words.reached(text)}`}>
        <path d={`M 12 68 A ${R} ${R} 0 0 1 116 68`} fill="none" stroke="#d1d5db" strokeWidth={12} strokeDasharray={share === null ? "6 5" : undefined} />
        {share !== null && (
          <path
            d={`M 12 68 A ${R} ${R} 0 0 1 116 68`}
            fill="none"
            stroke="#8b1a1a"
            strokeWidth={12}
            strokeDasharray={`${filled} ${length}`}
          />
        )}
        <text x={64} y={64} textAnchor="middle" fontSize={share === null ? words.noneSize : 20} fontWeight={700} fill="#111827">
          {text}
        </text>
      </svg>
      <figcaption className="text-xs text-muted">{share === null ? words.captionNone : words.caption}</figcaption>
    </figure>
  );
}
