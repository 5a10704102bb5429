import type { Metadata } from "next";
import Link from "next/link";
import { ReadAloud } from "@/components/ReadAloud";
import { StatusBadge } from "@/components/StatusBadge";
import { TargetLine } from "@/components/TargetLine";
import { formatQuantityEn } from "@/lib/format/formatEn";
import { STEP_SUMMARY } from "@/lib/i18n/language";
import { getOverview } from "@/lib/queries/queries";
import { STATUS_ORDER } from "@/lib/progress/statusText";

export const metadata: Metadata = {
  title: { absolute: "Pingcheng progress dashboard: the four-step targets and 2023 results" },
  description: "Pingcheng District's four-step targets for 2024, 2027, 2030 and 2035, where each stands, and its 2023 results, each with its source.",
  alternates: { canonical: "/en", languages: { "zh-CN": "/" } },
};

const STEP_YEARS = [2024, 2027, 2030, 2035];

export default async function OverviewPageEn() {
  const { steps, tasks, sectors, headlines, statusCounts: counts } = await getOverview();

  return (
    <div className="space-y-10">
      <ReadAloud lang="en" />
      <section aria-labelledby="intro">
        <h1 id="intro" className="text-2xl font-bold sm:text-3xl">Pingcheng&apos;s four-step targets: where they stand</h1>
        <p className="mt-2 max-w-3xl text-muted">
          Pingcheng District (Datong, Shanxi) plans its transformation in four steps: by the end of 2024, by 2027, by 2030 and by 2035.
          Here are each step&apos;s targets, where they stand, and the 2023 results. Every figure links to its source.
        </p>
        <ul className="mt-4 space-y-2" aria-label="Status of all targets">
          {STATUS_ORDER.filter((s) => counts.get(s)).map((s) => (
            <li key={s} className="flex flex-wrap items-center gap-2">
              <span className="font-semibold">{counts.get(s)}</span> <StatusBadge status={s} lang="en" explain />
            </li>
          ))}
        </ul>
        <p className="mt-2"><Link href="/en/unknowns" className="tap">What we don&apos;t know yet</Link></p>
      </section>

      <section aria-labelledby="steps">
        <h2 id="steps" className="text-xl font-bold">The four steps</h2>
        <ol className="mt-4 grid gap-4 md:grid-cols-2 lg:grid-cols-4">
          {STEP_YEARS.map((year, i) => (
            <li key={year} id={`step-${i + 1}`} className="rounded-lg border-2 border-line p-4">
              <h3 className="text-lg font-bold">
                Step {i + 1} <span className="ml-1 text-brand">by {i === 0 ? "the end of " : ""}{year}</span>
              </h3>
              <p className="mt-1 text-sm text-muted">{STEP_SUMMARY.en[i]}</p>
              <ul>
                {steps.filter((t) => t.step === i + 1).map((t) => (
                  <TargetLine key={`${t.indicator.slug}-${t.anchor}`} target={t} lang="en" />
                ))}
              </ul>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="results">
        <h2 id="results" className="text-xl font-bold">2023 headline results</h2>
        <ul className="mt-4 grid grid-cols-1 gap-3 min-[360px]:grid-cols-2 sm:grid-cols-4">
          {headlines.map(({ indicator, actual }) => (
            <li key={indicator.slug} className="rounded-lg bg-wash p-3">
              <Link href={`/en/indicators/${indicator.slug}`} className="block text-ink no-underline">
                <span className="block text-2xl font-bold text-brand">{formatQuantityEn(actual.value, indicator.unit ?? "")}</span>
                <span className="mt-1 block text-sm underline">{indicator.nameEn}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="tasks">
        <h2 id="tasks" className="text-xl font-bold">Quantified 2024 key tasks</h2>
        <ul className="mt-2 grid gap-x-6 md:grid-cols-2">
          {tasks.map((t) => (
            <TargetLine key={`${t.indicator.slug}-${t.anchor}`} target={t} showYear lang="en" />
          ))}
        </ul>
      </section>

      <section aria-labelledby="sectors">
        <h2 id="sectors" className="text-xl font-bold">Sectors</h2>
        <ul className="mt-4 grid gap-3 sm:grid-cols-2">
          {sectors.map((s) => (
            <li key={s.slug}>
              <Link href={`/en/sectors/${s.slug}`} className="block min-h-11 rounded-lg border-2 border-line p-4 text-ink no-underline hover:border-brand">
                <span className="block text-lg font-bold text-link underline">{s.nameEn}</span>
                <span className="mt-1 block text-sm text-muted">{s.summaryEn}</span>
                <span className="mt-1 block text-sm">{s.indicatorCount} indicators</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
