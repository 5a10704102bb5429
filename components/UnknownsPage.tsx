import { TargetLine } from "@/components/TargetLine";
import { MISSING_DATA, type Lang } from "@/lib/i18n/language";
import { statusText } from "@/lib/progress/statusText";
import type { TargetOnTimeline } from "@/lib/model/views";
import { pageMetadata } from "@/lib/pageMetadata/pageMetadata";

const TEXT = {
  zh: {
    description: "哪些目标还无法判断进展：期限已过但本站还没有结果的，缺少可比起点数据的。",
    lead: "下面列出本站还没有结果或起点数据的每一项目标，以及原因。本站不作估算：缺少的数字就写明缺少。",
    due: "这些目标的期限已经过去，但本站还没有收录对应年份的结果。",
    noBaseline: "这些目标没有可比的起点数据（本站收录的原文没有给出，或给出的数字口径可能不同），所以无法衡量进度。",
    count: (n: number) => `（${n}项）`,
  },
  en: {
    description: "Which targets cannot be judged yet: those past their deadline with no result on this site yet, and those with no comparable starting figure.",
    lead: "This page lists every target that has no result or no starting figure on this site yet, and why. We do not estimate missing figures.",
    due: "These targets' deadlines have passed, and this site does not hold a result for that year yet.",
    noBaseline: "These targets have no comparable starting figure (the sources on this site give none, or one that may be counted differently), so progress cannot be measured.",
    count: (n: number) => ` (${n})`,
  },
} satisfies Record<Lang, unknown>;

/** /unknowns: every target whose progress cannot be judged yet, grouped by why (the status's own words). */
export function UnknownsPage({ targets, lang }: { targets: TargetOnTimeline[]; lang: Lang }) {
  const t = TEXT[lang];
  const groups = [
    { id: "due", lead: t.due, items: targets.filter((x) => x.assessment?.status === "due") },
    { id: "no-baseline", lead: t.noBaseline, items: targets.filter((x) => x.assessment?.status === "no-baseline") },
  ] as const;
  return (
    <div>
      <h1 className="text-2xl font-bold sm:text-3xl">{MISSING_DATA[lang]}</h1>
      <p className="mt-2 max-w-3xl">{t.lead}</p>
      {groups.map((g) => (
        <section key={g.id} aria-labelledby={g.id} className="mt-6">
          <h2 id={g.id} className="text-xl font-bold">{statusText(lang, g.id).label}{t.count(g.items.length)}</h2>
          <p className="mt-1 text-muted">{g.lead}</p>
          <ul className="mt-2 grid gap-x-6 md:grid-cols-2">
            {g.items.map((x) => (
              <TargetLine key={`${x.indicator.slug}-${x.anchor}`} target={x} showYear lang={lang} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

export function unknownsMetadata(lang: Lang) {
  return pageMetadata({ lang, path: "/unknowns", title: MISSING_DATA[lang], description: TEXT[lang].description });
}
