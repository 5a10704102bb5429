import type { Metadata } from "next";
import Link from "next/link";
import { ReadAloud } from "@/components/ReadAloud";
import { StatusBadge } from "@/components/StatusBadge";
import { TargetLine } from "@/components/TargetLine";
import { STEP_NAMES } from "@/lib/format/figureText";
import { formatQuantity } from "@/lib/format/format";
import { STEP_SUMMARY } from "@/lib/i18n/language";
import { getOverview } from "@/lib/queries/queries";
import { STATUS_ORDER } from "@/lib/progress/statusText";

export const metadata: Metadata = {
  title: { absolute: "平城区发展目标进展：“四步走”战略目标与2023年成绩" },
  description: "平城区到2024、2027、2030、2035年的“四步走”目标，每项目标的进展状态，以及2023年的主要成绩，均附原文出处。",
  alternates: { canonical: "/", languages: { en: "/en" } },
};

const STEP_YEARS = [2024, 2027, 2030, 2035];

export default async function OverviewPage() {
  const { steps, tasks, sectors, headlines, statusCounts: counts } = await getOverview();

  return (
    <div className="space-y-10">
      <ReadAloud lang="zh" />
      <section aria-labelledby="intro">
        <h1 id="intro" className="text-2xl font-bold sm:text-3xl">平城区“四步走”战略目标进展</h1>
        <p className="mt-2 max-w-3xl text-muted">
          平城区（山西省大同市）提出到2024年底、2027年、2030年和2035年分四步实现转型。这里列出每一步的目标、目前的进展状态和2023年的成绩。每个数字都可点开查看原文出处。
        </p>
        <ul className="mt-4 space-y-2" aria-label="全部目标的状态统计">
          {STATUS_ORDER.filter((s) => counts.get(s)).map((s) => (
            <li key={s} className="flex flex-wrap items-center gap-2">
              <span className="font-semibold">{counts.get(s)}项</span> <StatusBadge status={s} explain />
            </li>
          ))}
        </ul>
        <p className="mt-2"><Link href="/unknowns" className="tap">还不知道的：尚未公布的基线和结果</Link></p>
      </section>

      <section aria-labelledby="steps">
        <h2 id="steps" className="text-xl font-bold">“四步走”时间线</h2>
        <ol className="mt-4 grid gap-4 md:grid-cols-2 lg:grid-cols-4">
          {STEP_YEARS.map((year, i) => (
            <li key={year} id={`step-${i + 1}`} className="rounded-lg border-2 border-line p-4">
              <h3 className="text-lg font-bold">
                {STEP_NAMES[i]}
                <span className="ml-2 text-brand">到{year}年{i === 0 ? "底" : ""}</span>
              </h3>
              <p className="mt-1 text-sm text-muted">{STEP_SUMMARY.zh[i]}<span className="sr-only">（本站概括）</span></p>
              <ul>
                {steps.filter((t) => t.step === i + 1).map((t) => (
                  <TargetLine key={`${t.indicator.slug}-${t.anchor}`} target={t} />
                ))}
              </ul>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="results">
        <h2 id="results" className="text-xl font-bold">2023年主要成绩</h2>
        <ul className="mt-4 grid grid-cols-1 gap-3 min-[360px]:grid-cols-2 sm:grid-cols-4">
          {headlines.map(({ indicator, actual }) => (
            <li key={indicator.slug} className="rounded-lg bg-wash p-3">
              <Link href={`/indicators/${indicator.slug}`} className="block text-ink no-underline">
                <span className="block text-2xl font-bold text-brand">{formatQuantity(actual.value, indicator.unit ?? "")}</span>
                <span className="mt-1 block text-sm underline">{indicator.nameZh}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="tasks">
        <h2 id="tasks" className="text-xl font-bold">2024年重点工作中的量化目标</h2>
        <ul className="mt-2 grid gap-x-6 md:grid-cols-2">
          {tasks.map((t) => (
            <TargetLine key={`${t.indicator.slug}-${t.anchor}`} target={t} showYear />
          ))}
        </ul>
      </section>

      <section aria-labelledby="sectors">
        <h2 id="sectors" className="text-xl font-bold">各领域</h2>
        <ul className="mt-4 grid gap-3 sm:grid-cols-2">
          {sectors.map((s) => (
            <li key={s.slug}>
              <Link href={`/sectors/${s.slug}`} className="block min-h-11 rounded-lg border-2 border-line p-4 text-ink no-underline hover:border-brand">
                <span className="block text-lg font-bold text-link underline">{s.nameZh}</span>
                <span className="mt-1 block text-sm text-muted">{s.summaryZh}</span>
                <span className="mt-1 block text-sm">{s.indicatorCount}项指标</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
