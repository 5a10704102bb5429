import type { Metadata } from "next";
import { StatusBadge } from "@/components/StatusBadge";
import { formatDateEn } from "@/lib/format/formatEn";
import { STATUS_CUTOFF } from "@/lib/progress/progress";
import { getDatasetVersion } from "@/lib/queries/queries";
import { STATUS_ORDER } from "@/lib/progress/statusText";

export const metadata: Metadata = {
  title: "Methodology",
  description: "How the site takes figures from the source, decides each target's status and works out the growth a target needs.",
  alternates: { canonical: "/en/methodology", languages: { "zh-CN": "/methodology" } },
};

export default async function MethodologyPageEn() {
  const { version, figures, statusDate } = await getDatasetVersion();
  return (
    <article className="max-w-3xl space-y-8 leading-relaxed">
      <h1 className="text-2xl font-bold sm:text-3xl">Methodology</h1>
      <section aria-labelledby="numbers" className="space-y-2">
        <h2 id="numbers" className="text-xl font-bold">Where the figures come from</h2>
        <p>
          All {figures} figures come from one article published by Pingcheng District, shown beside the sentence they come from. Automated
          tests check that every excerpt occurs word for word in the source, and that every number of the source is recorded, once.
        </p>
        <p>
          Figures the source does not publish (for example 2023 GDP, services value added, retail sales or tourism output) are shown as
          not published. We estimate nothing. Where the source text is damaged (garbled words, a paragraph printed twice, only four of
          the &quot;six key tasks&quot; headings printed) we keep it as it is and say so in a note.
        </p>
        <p>
          In English, published numbers keep their digits exactly: 132.8亿元 is &quot;132.8 hundred million yuan&quot;, 20万 is &quot;20 ten
          thousand&quot;. Names, definitions, translations and notes are ours; the Chinese original is the authority.
        </p>
      </section>
      <section aria-labelledby="status" className="space-y-2">
        <h2 id="status" className="text-xl font-bold">How a status is decided</h2>
        <p>In this order, as of {formatDateEn(statusDate)} (the day the site was built):</p>
        <ol className="list-decimal space-y-1 pl-6">
          <li>Only results for years up to the target year count. If one meets the target, it is achieved.</li>
          <li>If the target year is over: with a result for that year that falls short, behind; with none yet, due (awaiting data). A target without a number is due once its year is over.</li>
          <li>A target without a number whose year is not over is not yet due.</li>
          <li>With no comparable result before the target year there is nothing to measure from: no baseline. Where the source&apos;s earlier figure may be counted differently from the target (2023 market entities, 22845, against more than 20万 by 2035), we say so and measure nothing.</li>
          <li>With results for one year only, there is a start but no trend: not yet due (the growth needed is shown).</li>
          <li>With two years or more, the yearly compound growth seen is compared with the growth the target needs: at least {STATUS_CUTOFF * 100}% of it is on track, less is behind. This is Open SDG&apos;s progress measure; we merge its two lower bands into &quot;behind&quot; and show the ratio.</li>
        </ol>
        <ul className="mt-2 space-y-2">
          {STATUS_ORDER.map((s) => (
            <li key={s}><StatusBadge status={s} explain lang="en" /></li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="math" className="space-y-2">
        <h2 id="math" className="text-xl font-bold">Calculations</h2>
        <ul className="list-disc space-y-1 pl-6">
          <li>Share reached = latest result ÷ target (target ÷ result where lower is better, as for a rank).</li>
          <li>Growth needed a year = (target ÷ start)^(1 ÷ years) − 1. Retail sales from 450 in 2027 to 700 (hundred million yuan) in 2035 need about 5.7% a year.</li>
          <li>&quot;About&quot; (左右) counts as met within 5% of the target, or above it.</li>
        </ul>
      </section>
      <p className="text-sm text-muted">Data version <code>{version}</code>: a fingerprint of all the data; the same data always give the same version.</p>
    </article>
  );
}
