import { FigureValue } from "@/components/FigureValue";
import { ReadAloud } from "@/components/ReadAloud";
import { StatusBadge } from "@/components/StatusBadge";
import { TargetLine } from "@/components/TargetLine";
import { pathIn, type Lang } from "@/lib/i18n/language";
import { STATUS_ORDER } from "@/lib/progress/statusText";
import { deadline, stepName } from "@/lib/progress/steps";
import type { Overview, StepSummary } from "@/lib/queries/queries";
import { pageMetadata } from "@/lib/sharing/pageMetadata";

const TEXT = {
  zh: {
    title: "平城区发展目标进展：“四步走”战略目标与2023年成绩",
    description: "平城区到2024、2027、2030、2035年的“四步走”目标，每项目标的进展状态，以及2023年的主要成绩，均附原文出处。",
    heading: "平城区“四步走”战略目标进展",
    intro: (deadlines: string) =>
      `平城区（山西省大同市）提出${deadlines}分四步实现转型。这里列出每一步的目标、目前的进展状态和2023年的成绩。每个数字都可点开查看原文出处。`,
    join: (d: string[]) => d.join("、"),
    counts: "全部目标的状态统计", count: (n: number) => `${n}项`, unknowns: "尚待公布的数据：缺少的起点数据和结果",
    steps: "“四步走”时间线", summaryOurs: "（本站概括）", results: "2023年主要成绩", tasks: "2024年重点工作中的量化目标",
    sectors: "各领域", indicators: (n: number) => `${n}项指标`,
  },
  en: {
    title: "Pingcheng progress dashboard: the four-step targets and 2023 results",
    description: "Pingcheng District's four-step targets for 2024, 2027, 2030 and 2035, where each stands, and its 2023 results, each with its source.",
    heading: "Pingcheng's four-step targets: where they stand",
    intro: (deadlines: string) =>
      `Pingcheng District (Datong, Shanxi) plans its transformation in four steps: ${deadlines}. Here are each step's targets, where they stand, and the 2023 results. Every figure links to its source.`,
    join: (d: string[]) => `${d.slice(0, -1).join(", ")} and ${d.at(-1)}`,
    counts: "Status of all targets", count: (n: number) => String(n), unknowns: "Not yet published: missing starting figures and results",
    steps: "The four steps", summaryOurs: " (our summary)", results: "2023 headline results", tasks: "Quantified 2024 key tasks",
    sectors: "Sectors", indicators: (n: number) => `${n} indicators`,
  },
};

/** The overview: the four steps as a timeline, the status of every target, 2023 headline results, 2024 tasks, sectors. */
export function OverviewPage({ lang, overview, summaries }: { lang: Lang; overview: Overview; summaries: StepSummary[] }) {
  const text = TEXT[lang];
  const en = lang === "en";
  const { stepYears, steps, tasks, sectors, headlines, statusCounts: counts } = overview;
  const summaryOf = (step: number) => {
    const s = summaries.find((x) => x.step === step);
    return s && (en ? s.summaryEn : s.summaryZh);
  };
  const deadlines = stepYears.map(({ step, year }) => deadline(lang, { plan: "four-step", step, year }));

  return (
    <div className="space-y-10">
      <ReadAloud lang={lang} />
      <section aria-labelledby="intro">
        <h1 id="intro" className="text-2xl font-bold sm:text-3xl">{text.heading}</h1>
        <p className="mt-2 max-w-3xl text-muted">{text.intro(text.join(deadlines))}</p>
        <ul className="mt-4 space-y-2" aria-label={text.counts}>
          {STATUS_ORDER.filter((s) => counts.get(s)).map((s) => (
            <li key={s} className="flex flex-wrap items-center gap-2">
              <span className="font-semibold">{text.count(counts.get(s)!)}</span> <StatusBadge status={s} lang={lang} explain />
            </li>
          ))}
        </ul>
        <p className="mt-2"><a href={pathIn(lang, "/unknowns")} className="tap">{text.unknowns}</a></p>
      </section>

      <section aria-labelledby="steps">
        <h2 id="steps" className="text-xl font-bold">{text.steps}</h2>
        <ol className="mt-4 grid gap-4 md:grid-cols-2 lg:grid-cols-4">
          {stepYears.map(({ step }, i) => (
            <li key={step} id={`step-${step}`} className="rounded-lg border-2 border-line p-4">
              <h3 className="text-lg font-bold">
                {stepName(lang, step)}
                <span className="ml-2 text-brand">{deadlines[i]}</span>
              </h3>
              {summaryOf(step) && <p className="mt-1 text-sm text-muted">{summaryOf(step)}<span className="sr-only">{text.summaryOurs}</span></p>}
              <ul>
                {steps.filter((t) => t.step === step).map((t) => (
                  <TargetLine key={`${t.indicator.slug}-${t.anchor}`} target={t} lang={lang} />
                ))}
              </ul>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="results">
        <h2 id="results" className="text-xl font-bold">{text.results}</h2>
        <ul className="mt-4 grid grid-cols-1 gap-3 min-[360px]:grid-cols-2 sm:grid-cols-4">
          {headlines.map(({ indicator, actual }) => (
            <li key={indicator.slug} className="rounded-lg bg-wash p-3">
              <a href={pathIn(lang, `/indicators/${indicator.slug}`)} className="block text-ink no-underline">
                <span className="block text-2xl font-bold text-brand"><FigureValue figure={{ ...actual, comparator: "=" }} unit={indicator.unit} lang={lang} /></span>
                <span className="mt-1 block text-sm underline">{en ? indicator.nameEn : indicator.nameZh}</span>
              </a>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="tasks">
        <h2 id="tasks" className="text-xl font-bold">{text.tasks}</h2>
        <ul className="mt-2 grid gap-x-6 md:grid-cols-2">
          {tasks.map((t) => (
            <TargetLine key={`${t.indicator.slug}-${t.anchor}`} target={t} showYear lang={lang} />
          ))}
        </ul>
      </section>

      <section aria-labelledby="sectors">
        <h2 id="sectors" className="text-xl font-bold">{text.sectors}</h2>
        <ul className="mt-4 grid gap-3 sm:grid-cols-2">
          {sectors.map((s) => (
            <li key={s.slug}>
              <a href={pathIn(lang, `/sectors/${s.slug}`)} className="block min-h-11 rounded-lg border-2 border-line p-4 text-ink no-underline hover:border-brand">
                <span className="block text-lg font-bold text-link underline">{en ? s.nameEn : s.nameZh}</span>
                <span className="mt-1 block text-sm text-muted">{en ? s.summaryEn : s.summaryZh}</span>
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
