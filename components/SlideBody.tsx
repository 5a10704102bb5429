import { StatusBadge } from "@/components/StatusBadge";
import { FigureValue } from "@/components/FigureValue";
import { figureIn } from "@/lib/format/figureText";
import { deckFilePath, type Slide, type SlideRow, type StepSummary } from "@/lib/deck/deck";
import { editionLine } from "@/lib/i18n/editionLine";
import { type Lang, nameIn, pathIn } from "@/lib/i18n/language";
import type { Edition } from "@/lib/model/views";
import { siteUrl } from "@/lib/links/siteUrl";
import { deadline, stepName } from "@/lib/progress/steps";

// Slide contents for a projector: figures are the largest type (text-4xl and up), nothing is
// smaller than text-base, which the deck's layout pins at 24 px or more. data-figure marks a figure,
// data-row the indicator and figure anchor of a row (the .pptx test finds its excerpt by them).
// In English (/en/present) the words are our unofficial translation; figures keep their digits.

const TEXT = {
  zh: {
    title: (year: number, dataDate: React.ReactNode) => (
      <>
        <p className="text-2xl">山西省大同市平城区：{year}年的结果与各项目标的进展</p>
        <p>每个数字都附有它所出自的原文摘录。</p>
        {dataDate}
        <p className="print:hidden">
          <a href={deckFilePath("zh")} download className="tap" data-deck-file>下载演示文稿 (.pptx)</a>：可在 WPS 或 PowerPoint 中编辑图表，备注中有每个数字的原文摘录。
        </p>
        <p className="print:hidden">
          翻页：<kbd>→</kbd> <kbd>←</kbd> <kbd>空格</kbd> 或翻页笔 · 首页 / 末页：<kbd>Home</kbd> <kbd>End</kbd> · 全屏：<kbd>F</kbd> · <a href="/present/speaker" target="_blank" className="tap">演讲者视图</a>：<kbd>S</kbd>
        </p>
      </>
    ),
    targets: (n: number) => `${n}项目标`,
    statuses: (step: number) => `${stepName("zh", step)}目标的状态`,
    count: (n: number) => `${n}项`,
    noFigures: (year: number) => `本站没有这一领域${year}年的具体数值，不作估算。`,
    targetsElsewhere: (n: number) => `这一领域的${n}项目标见前面各项规划的幻灯片，或扫码查看。`,
    itsTargets: "它的目标和进展：",
    allTargetsOnPlans: (n: number) => `这一领域的全部${n}项目标见前面各项规划的幻灯片。`,
    more: (n: number, year: number) => `另有${n}项${year}年结果，扫码查看。`,
    everything: "全部数字、原文出处和进展的计算方法：",
    methodology: "方法说明：",
  },
  en: {
    title: (year: number, dataDate: React.ReactNode) => (
      <>
        <p className="text-2xl">Pingcheng District, Datong, Shanxi: its {year} results and where its targets stand</p>
        <p>Every figure is shown with the excerpt of the source it comes from. English words are our unofficial translation.</p>
        {dataDate}
        <p className="print:hidden">
          <a href={deckFilePath("en")} download className="tap" data-deck-file>Download the deck for PowerPoint or WPS (.pptx)</a>, with charts you can edit and every excerpt in the speaker notes.
        </p>
        <p className="print:hidden">
          Next / previous: <kbd>→</kbd> <kbd>←</kbd> <kbd>Space</kbd> or a clicker · first / last: <kbd>Home</kbd> <kbd>End</kbd> · full screen: <kbd>F</kbd> · <a href="/en/present/speaker" target="_blank" className="tap">speaker view</a>: <kbd>S</kbd>
        </p>
      </>
    ),
    targets: (n: number) => `${n} targets`,
    statuses: (step: number) => `Status of the step ${step} targets`,
    count: (n: number) => `${n}`,
    noFigures: (year: number) => `This site has no ${year} figures for this sector. We do not estimate them.`,
    targetsElsewhere: (n: number) => `Its ${n} targets are on the plan slides earlier in this deck; scan the code to see them online.`,
    itsTargets: "Its targets and where they stand:",
    allTargetsOnPlans: (n: number) => `All its ${n} targets are on the plan slides earlier in this deck.`,
    more: (n: number, year: number) => `${n} more ${year} results: scan the code.`,
    everything: "Every figure, its source, and how progress is worked out:",
    methodology: "Methodology: ",
  },
} satisfies Record<Lang, {
  title: (year: number, dataDate: React.ReactNode) => React.ReactNode; targets: (n: number) => string; statuses: (step: number) => string;
  count: (n: number) => string; noFigures: (year: number) => string; targetsElsewhere: (n: number) => string;
  itsTargets: string; allTargetsOnPlans: (n: number) => string;
  more: (n: number, year: number) => string; everything: string; methodology: string;
}>;

/** What a slide shows between its title and its navigation. */
export function SlideBody({ slide, lang, edition }: { slide: Slide; lang: Lang; edition: Edition }) {
  switch (slide.kind) {
    case "title":
      return <TitleBody year={slide.year} lang={lang} edition={edition} />;
    case "steps":
      return <StepsBody steps={slide.steps} lang={lang} />;
    case "targets":
      return <TargetRows rows={slide.rows} lang={lang} />;
    case "sector":
      return <SectorBody slide={slide} lang={lang} />;
    case "end":
      return <EndBody lang={lang} edition={edition} />;
  }
}

function DataDate({ lang, edition }: { lang: Lang; edition: Edition }) {
  return <p>{editionLine(lang, edition)}</p>;
}

function TitleBody({ year, lang, edition }: { year: number; lang: Lang; edition: Edition }) {
  return <div className="flex h-full flex-col justify-center gap-4">{TEXT[lang].title(year, <DataDate lang={lang} edition={edition} />)}</div>;
}

function StepsBody({ steps, lang }: { steps: StepSummary[]; lang: Lang }) {
  const text = TEXT[lang];
  return (
    <ol className="divide-y-2 divide-black border-y-2 border-black">
      {steps.map((s) => (
        <li key={s.step} className="grid grid-cols-[auto_minmax(0,1fr)] items-center gap-x-6 gap-y-1 py-2 sm:grid-cols-[auto_auto_minmax(0,1fr)]">
          <span data-figure className="text-5xl font-bold tabular-nums text-brand">{s.year}</span>
          <span>
            <span className="block text-xl font-bold">{stepName(lang, s.step)}</span>
            {deadline(lang, s)}
          </span>
          {/* A div, not a span: it holds a list. */}
          <div className="col-span-2 sm:col-span-1">
            <span className="block font-semibold">{text.targets(s.targets)}</span>
            <ul className="flex flex-wrap gap-x-4" aria-label={text.statuses(s.step)}>
              {s.statuses.map(({ status, count }) => (
                <li key={status}>
                  <StatusBadge status={status} large lang={lang} /> {text.count(count)}
                </li>
              ))}
            </ul>
          </div>
        </li>
      ))}
    </ol>
  );
}

/** A step's targets, one per row: what, how much, and where it stands (symbol and words, never colour alone). */
function TargetRows({ rows, lang }: { rows: SlideRow[]; lang: Lang }) {
  return (
    <ul className="divide-y-2 divide-black border-y-2 border-black">
      {rows.map(({ indicator, figure }) => (
        <li key={`${indicator.slug}-${figure.anchor}`} data-row={`${indicator.slug} ${figure.anchor}`} className="grid grid-cols-1 items-center justify-items-start gap-x-4 gap-y-1 py-1.5 sm:grid-cols-[minmax(0,1fr)_minmax(0,1.3fr)_auto] sm:justify-items-stretch">
          <span className="font-semibold leading-snug">{nameIn(lang, indicator)}</span>
          {figure.value !== null ? (
            <span data-figure className="text-4xl font-bold leading-tight"><FigureValue figure={figure} unit={indicator.unit} lang={lang} /></span>
          ) : (
            <span className="leading-snug">{figureIn(lang, figure, indicator.unit)}</span>
          )}
          {figure.assessment && <StatusBadge status={figure.assessment.status} large lang={lang} />}
        </li>
      ))}
    </ul>
  );
}

function SectorBody({ slide, lang }: { slide: Extract<Slide, { kind: "sector" }>; lang: Lang }) {
  const text = TEXT[lang];
  if (slide.rows.length === 0)
    return (
      <div className={`flex h-full flex-col gap-3 ${slide.targetRows.length ? "" : "justify-center text-xl"}`}>
        <p>{text.noFigures(slide.year)}</p>
        {slide.targetRows.length > 0 ? (
          <>
            <p>{text.itsTargets}</p>
            <TargetRows rows={slide.targetRows} lang={lang} />
            {slide.targets > slide.targetRows.length && <p>{text.allTargetsOnPlans(slide.targets)}</p>}
          </>
        ) : (
          slide.targets > 0 && <p>{text.targetsElsewhere(slide.targets)}</p>
        )}
      </div>
    );
  return (
    <div className="flex h-full flex-col gap-3">
      <ul className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        {slide.rows.map(({ indicator, figure }) => (
          <li key={`${indicator.slug}-${figure.anchor}`} data-row={`${indicator.slug} ${figure.anchor}`} className="rounded border-2 border-black px-4 py-1.5">
            <span data-figure className="block text-4xl font-bold leading-tight text-brand"><FigureValue figure={figure} unit={indicator.unit} lang={lang} /></span>
            <span className="block leading-snug">{nameIn(lang, indicator)}</span>
          </li>
        ))}
      </ul>
      {slide.more > 0 && <p>{text.more(slide.more, slide.year)}</p>}
    </div>
  );
}

function EndBody({ lang, edition }: { lang: Lang; edition: Edition }) {
  const text = TEXT[lang];
  return (
    <div className="flex h-full flex-col justify-center gap-4">
      <p className="text-2xl">{text.everything}</p>
      <p className="break-all text-4xl font-bold">{siteUrl(pathIn(lang, "/"))}</p>
      <p>{text.methodology}{siteUrl(pathIn(lang, "/methodology"))}</p>
      <DataDate lang={lang} edition={edition} />
    </div>
  );
}
