import { TargetLine } from "@/components/TargetLine";
import type { Lang } from "@/lib/i18n/language";
import type { TargetOnTimeline } from "@/lib/queries/queries";

const TEXT = {
  zh: {
    due: "期限已过，结果尚未公布",
    dueLead: "这些目标的期限已经过去，但来源没有公布对应年份的结果。",
    noBaseline: "没有可比的起点数据",
    noBaselineLead: "来源没有公布这些指标的起点（或公布的数字口径可能不同），所以无法衡量进度。本站不作估算。",
  },
  en: {
    due: "Deadline passed, result not yet published",
    dueLead: "These targets' deadlines have passed, but the source publishes no result for that year.",
    noBaseline: "No comparable starting figure",
    noBaselineLead: "The source publishes no starting figure for these (or one that may be counted differently), so progress cannot be measured. We estimate nothing.",
  },
};

/** "What we don't know yet": every target whose result or baseline is not published. */
export function UnknownsList({ targets, lang }: { targets: TargetOnTimeline[]; lang: Lang }) {
  const t = TEXT[lang];
  const groups = [
    { id: "due", title: t.due, lead: t.dueLead, items: targets.filter((x) => x.assessment?.status === "due") },
    { id: "no-baseline", title: t.noBaseline, lead: t.noBaselineLead, items: targets.filter((x) => x.assessment?.status === "no-baseline") },
  ];
  return (
    <>
      {groups.map((g) => (
        <section key={g.id} aria-labelledby={g.id} className="mt-6">
          <h2 id={g.id} className="text-xl font-bold">{g.title} ({g.items.length})</h2>
          <p className="mt-1 text-muted">{g.lead}</p>
          <ul className="mt-2 grid gap-x-6 md:grid-cols-2">
            {g.items.map((x) => (
              <TargetLine key={`${x.indicator.slug}-${x.anchor}`} target={x} showYear lang={lang} />
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
