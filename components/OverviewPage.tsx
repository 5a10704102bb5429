import { FigureValue } from "@/components/FigureValue";
import { ReadAloud } from "@/components/ReadAloud";
import { StatusBadge } from "@/components/StatusBadge";
import { TargetLine } from "@/components/TargetLine";
import { MISSING_DATA, nameIn, pathIn, SITE_NAME, textIn, type Lang } from "@/lib/i18n/language";
import { progressAnswer } from "@/lib/progress/answer";
import { STATUS_ORDER } from "@/lib/progress/statusText";
import { deadline, stepName } from "@/lib/progress/steps";
import type { Overview } from "@/lib/model/views";
import { pageMetadata } from "@/lib/pageMetadata/pageMetadata";

const TEXT = {
  zh: {
    title: `${SITE_NAME.zh}：目标、进展状态与成绩`,
    description: "平城区提出的目标、每项目标的进展状态，以及原文报告的结果，均附原文摘录。",
    heading: "平城区的目标进展如何",
    intro: (plans: string) => `平城区（山西省大同市）提出了${plans}。下面列出每项目标和它的状态，每个数字都可点开查看原文出处。`,
    join: (names: string[]) => (names.length < 2 ? names.join("") : `${names.slice(0, -1).join("、")}和${names.at(-1)}`),
    counts: "全部目标的状态统计", count: (n: number) => `${n}项`, unknowns: `${MISSING_DATA.zh}：哪些目标还没有结果或起点数据`,
    summaryOurs: "（本站概括）", results: (year: number) => `${year}年回顾中报告的数字`,
    resultsNote: (year: number) => `原文回顾${year}年时报告的数字。它们是当年的情况，不衡量上面各项目标的进展。`,
    sectors: "各领域", indicators: (n: number) => `${n}项指标`,
  },
  en: {
    title: `${SITE_NAME.en}: targets, where they stand, and results`,
    description: "The targets Pingcheng District has set itself, where each stands, and the results reported in the source, each with its excerpt.",
    heading: "How is Pingcheng doing against its targets?",
    intro: (plans: string) =>
      `Pingcheng District (Datong, Shanxi) has set itself targets in ${plans}. Each target is listed below with its status. Every figure links to its source.`,
    join: (names: string[]) => `${names.length === 1 ? "one plan" : `${names.length} plans`}: ${names.join("; ")}`,
    counts: "Status of all targets", count: (n: number) => String(n), unknowns: `${MISSING_DATA.en}: which targets have no result or starting figure yet`,
    summaryOurs: " (our summary)", results: (year: number) => `Figures reported for ${year}`,
    resultsNote: (year: number) => `Numbers the source reported for ${year}. They describe that year; they do not measure progress toward the targets above.`,
    sectors: "Sectors", indicators: (n: number) => `${n} indicators`,
  },
} satisfies Record<Lang, Record<string, unknown>>;

/** The overview: every plan with its targets and their statuses (a plan in steps as a timeline), headline results, sectors. */
export function OverviewPage({ lang, overview }: { lang: Lang; overview: Overview }) {
  const text = TEXT[lang];
  const { plans, sectors, headlines, statusCounts: counts } = overview;
  const resultYear = Math.max(0, ...headlines.map((h) => h.actual.year));

  return (
    <div className="space-y-10">
      <ReadAloud lang={lang} />
      <section aria-labelledby="intro">
        <h1 id="intro" className="text-2xl font-bold sm:text-3xl">{text.heading}</h1>
        <p className="mt-3 max-w-3xl text-lg font-semibold" data-testid="answer">{progressAnswer(lang, counts)}</p>
        <p className="mt-2 max-w-3xl text-muted">{text.intro(text.join(plans.map((p) => nameIn(lang, p))))}</p>
        <ul className="mt-4 space-y-2" aria-label={text.counts}>
          {STATUS_ORDER.filter((s) => counts.get(s)).map((s) => (
            <li key={s} className="flex flex-wrap items-center gap-2">
              <span className="font-semibold">{text.count(counts.get(s)!)}</span> <StatusBadge status={s} lang={lang} explain />
            </li>
          ))}
        </ul>
        <p className="mt-2"><a href={pathIn(lang, "/unknowns")} className="tap">{text.unknowns}</a></p>
      </section>

      {plans.map((plan) => (
        <section key={plan.id} id={plan.id} aria-labelledby={`${plan.id}-heading`} className="scroll-mt-4">
          <h2 id={`${plan.id}-heading`} className="text-xl font-bold">{nameIn(lang, plan)}</h2>
          <p className="mt-1 max-w-3xl text-sm text-muted">{textIn(lang, plan.summaryZh, plan.summaryEn)}<span className="sr-only">{text.summaryOurs}</span></p>
          {plan.kind === "steps" ? (
            <ol className="mt-4 grid gap-4 md:grid-cols-2 lg:grid-cols-4">
              {plan.steps.map((step) => (
                <li key={step.step} id={`${plan.id}-${step.step}`} className="scroll-mt-4 rounded-lg border-2 border-line p-4">
                  <h3 className="text-lg font-bold">
                    {stepName(lang, step.step)}
                    <span className="ml-2 text-brand">{deadline(lang, step)}</span>
                  </h3>
                  <p className="mt-1 text-sm text-muted">{textIn(lang, step.summaryZh, step.summaryEn)}<span className="sr-only">{text.summaryOurs}</span></p>
                  <ul>
                    {plan.targets.filter((t) => t.step === step.step).map((t) => (
                      <TargetLine key={`${t.indicator.slug}-${t.anchor}`} target={t} lang={lang} />
                    ))}
                  </ul>
                </li>
              ))}
            </ol>
          ) : (
            <ul className="mt-2 grid gap-x-6 md:grid-cols-2">
              {plan.targets.map((t) => (
                <TargetLine key={`${t.indicator.slug}-${t.anchor}`} target={t} showYear lang={lang} />
              ))}
            </ul>
          )}
        </section>
      ))}

      {headlines.length > 0 && (
        <section aria-labelledby="results">
          <h2 id="results" className="text-xl font-bold">{text.results(resultYear)}</h2>
          <p className="mt-1 max-w-3xl text-sm text-muted">{text.resultsNote(resultYear)}</p>
          <ul className="mt-4 grid grid-cols-1 gap-3 min-[360px]:grid-cols-2 sm:grid-cols-4">
            {headlines.map(({ indicator, actual }) => (
              <li key={indicator.slug} className="rounded-lg bg-wash p-3">
                <a href={pathIn(lang, `/indicators/${indicator.slug}`)} className="block text-ink no-underline">
                  <span className="block text-2xl font-bold text-brand"><FigureValue figure={{ ...actual, comparator: "=" }} unit={indicator.unit} lang={lang} /></span>
                  <span className="mt-1 block text-sm underline">{nameIn(lang, indicator)}</span>
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="sectors">
        <h2 id="sectors" className="text-xl font-bold">{text.sectors}</h2>
        <ul className="mt-4 grid gap-3 sm:grid-cols-2">
          {sectors.map((s) => (
            <li key={s.slug}>
              <a href={pathIn(lang, `/sectors/${s.slug}`)} className="block min-h-11 rounded-lg border-2 border-line p-4 text-ink no-underline hover:border-brand">
                <span className="block text-lg font-bold text-link underline">{nameIn(lang, s)}</span>
                <span className="mt-1 block text-sm text-muted">{textIn(lang, s.summaryZh, s.summaryEn)}</span>
                <span className="mt-1 block text-sm">{text.indicators(s.indicatorCount)}</span>
              </a>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

export function overviewMetadata(lang: Lang) {
  return pageMetadata({ lang, path: "/", title: TEXT[lang].title, description: TEXT[lang].description, absoluteTitle: true });
}
