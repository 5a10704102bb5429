import { StatusBadge } from "@/components/StatusBadge";
import { formatDateZh } from "@/lib/format/format";
import { formatDateEn } from "@/lib/format/formatEn";
import { PUNCTUATION, titleIn, type Lang } from "@/lib/i18n/language";
import { STATUS_CUTOFF } from "@/lib/progress/progress";
import { statusText, STATUS_ORDER } from "@/lib/progress/statusText";
import type { Edition, SourceSummary } from "@/lib/model/views";
import { pageMetadata } from "@/lib/pageMetadata/pageMetadata";

const cutoff = `${STATUS_CUTOFF * 100}%`;
const [due, noBaseline, behind, achieved, onTrack, notYetDue] = (["due", "no-baseline", "behind", "achieved", "on-track", "not-yet-due"] as const)
  .map((s) => ({ zh: statusText("zh", s).label, en: statusText("en", s).label }));

// The rules below are lib/progress/progress.ts's, in its order: change one, change both.
const TEXT = {
  zh: {
    title: "方法说明",
    description: "本站如何摘录数字、如何判断每项目标的进展状态、如何计算所需增速。",
    where: "数字从哪里来",
    count: (n: number, titles: string) => `本站记录的${n}个数字全部摘自原文${titles}，每个数字都附有它所在的原文句子。`,
    tests: [
      "自动测试逐条核对：每条摘录（包括章节标题和编者注所指的段落）与原文一字不差；",
      "每个数字的数值写在它自己的摘录里；",
      "原文中每个用阿拉伯数字写的数（2000至2099年的年份除外），要么是某条记录在它摘录中的数值，要么列入“不是数字”的清单并写明原因（如标题序号、名称中的“5G”）；",
      "每条英文译文保留摘录中的每个数，数值不变（如132.8亿写作13.28 billion）。",
      "用汉字写的数（如“六大重点工作”的“六”）不在核对之内；“千亿”按1000亿核对。",
    ],
    unstated: (titles: string) => `${titles}未注明发布单位和发布日期。`,
    missing: "本站没有的数字显示为“本站暂无”，不作任何估算。",
    damage: (n: number) => `原文在转录中有损坏：个别词语错乱，有的段落印了两遍，“六大重点工作”只印出了前四个标题。本站照录原文，不作修改；原文全文页标出了${n}处疑似损坏的地方并附编者注，相关数字旁也有说明。`,
    numbers: "指标的英文名称、释义和编者注是本站编写的，不是政府的表述；一切以中文原文为准。发布的数字照原文书写，从不四舍五入（如8.5万余人次、132.8亿元）。",
    how: "进展状态如何判断",
    order: (d: Date) => `每项目标的状态按下列规则、依次判断，计算日期为${formatDateZh(d)}（网站生成之日）：`,
    rules: [
      `只看目标年份及以前的结果。其中任何一个达到目标，即为“${achieved.zh}”。“保持”类目标（如服务业占比“保持在80%以上”）要看目标年份本身的结果：此前年份达到不算数。一年的重点工作中的目标（如当年新建5个中心）也只看那一年的结果，不需要起点数据。`,
      `目标年份已经结束（过了当年12月31日）：若本站有该年结果而未达标，为“${behind.zh}”；若本站还没有该年结果，为“${due.zh}”。没有具体数字的定性目标，到期后一律为“${due.zh}”。`,
      `尚未到期的定性目标（如“跻身全省第一方阵”）和一年重点工作中的目标，为“${notYetDue.zh}”。`,
      `目标年份之前没有任何可比的结果，无从衡量进度，为“${noBaseline.zh}”。“可比”是指原文公布的此前年份的数字与目标按同一口径统计；口径可能不同时（如2023年市场主体22845户与2035年“突破20万户”的目标），本站在编者注中说明，不据此计算进度。`,
      `只有一个年份的结果：有起点、没有趋势，为“${notYetDue.zh}”，同时给出所需的年均增速。`,
      `有两个或更多年份的结果：比较实际的年均复合增速与达到目标所需的年均复合增速。实际增速不低于所需增速的${cutoff}，为“${onTrack.zh}”，否则为“${behind.zh}”。`,
    ],
    why: "为什么这样判断",
    whyOpenSdg:
      `第6条采用 Open SDG（各国用来报告联合国可持续发展目标进展的开源平台）的进度衡量方法：实际年均增速 ÷ 所需年均增速。Open SDG 把比值分为四档（0.95及以上为显著进展，0.6至0.95为中等进展，0至0.6为有限进展，0以下为倒退）；本站保留0.95这一分界，把后三档合并为“${behind.zh}”。`,
    whyOurs: `本站增加了两个 Open SDG 没有的状态：“${due.zh}”（期限已过而本站还没有结果，不能算作落后）和“${noBaseline.zh}”（没有起点就不能衡量进度），因为本站收录的大多数目标正属于这两种情况。`,
    math: "计算方法",
    formulas: [
      "完成比例 = 最新结果 ÷ 目标值（数值越小越好的指标，如排名，取目标值 ÷ 最新结果）。",
      "所需年均增速 =（目标值 ÷ 起点值）的（1 ÷ 年数）次方 − 1。例如社会消费品零售总额从2027年的450亿元到2035年的700亿元，需每年增长约5.7%。",
      "“以上”“突破”“达到”等按字面理解；“左右”按目标值上下5%以内视为达到。超过目标也算达到，但只适用于数值越大越好的指标（数值越小越好的指标，低于目标也算达到）；没有方向的指标（如固定资产投资占全市比重“保持在35%左右”）只在5%以内算达到。",
      "“1-2家”这样的区间，达到下限即视为达到。",
    ],
    version: "数据版本",
    fingerprint: "：由全部数据内容计算出的指纹，数据不变则版本不变。",
  },
  en: {
    title: "Methodology",
    description: "How the site takes figures from its source, how it decides where each target stands, and how it works out the growth needed.",
    where: "Where the figures come from",
    count: (n: number, titles: string) => `All ${n} numbers the site records come from the source: ${titles}. Each is shown beside the sentence it comes from.`,
    tests: [
      "Automated tests check that every excerpt (including section headings and the passages our notes point to) occurs word for word in the source;",
      "that every figure's value is written in its own excerpt;",
      "that every number the source writes in digits (years from 2000 to 2099 aside) is either the value of a record, inside that record's excerpt, or listed as not a figure with the reason (a heading's list number, the \"5G\" of a name);",
      "and that every English translation keeps each number of its excerpt, with the same value (132.8亿 is written 13.28 billion).",
      "Numbers written in Chinese characters (the 六, six, of \"六大重点工作\") are not checked; 千亿 is checked as 100 billion.",
    ],
    unstated: (titles: string) => `The source names no publisher and no date (${titles}).`,
    missing: "A figure this site does not have is shown as not on this site. Nothing is estimated.",
    damage: (n: number) => `The source text is damaged in places (garbled words, a paragraph printed twice, only four of the "six key tasks" headings printed). We keep it as it is; the full source page marks the ${n} places that look damaged, each with our note, and the figures concerned carry a note too.`,
    numbers: "Names, definitions, translations and notes in English are ours, not the source's; the Chinese original is the authority. In English, published numbers are written the way English readers read them, by moving the decimal point exactly and never rounding: 132.8亿元 is 13.28 billion yuan, 8.5万余 is more than 85,000.",
    how: "How a status is decided",
    order: (d: Date) => `Each target's status follows these rules, in this order, as of ${formatDateEn(d)} (the day the site was built):`,
    rules: [
      `Only results for years up to the target year count. If one meets the target, it is "${achieved.en}". A "keep" target (keep services at 80% or more, say) needs the result for the target year itself: an earlier year does not settle it. A key task for one year (build 5 centres this year) also needs the result for its own year; it needs no starting figure.`,
      `If the target year is over (after 31 December): with a result for that year on this site that falls short, "${behind.en}"; with none on this site yet, "${due.en}". A target without a number is "${due.en}" once its year is over.`,
      `A target without a number, or a key task for one year, whose year is not over is "${notYetDue.en}".`,
      `With no comparable result before the target year there is nothing to measure from: "${noBaseline.en}". Where the source's figure for an earlier year may be counted differently from the target (2023 market entities, 22,845, against more than 200,000 by 2035), we say so in a note and do not measure progress.`,
      `With results for one year only, there is a start but no trend: "${notYetDue.en}" (the growth needed is shown).`,
      `With results for two years or more, the yearly compound growth seen is compared with the yearly compound growth the target needs: at least ${cutoff} of it is "${onTrack.en}"; less is "${behind.en}".`,
    ],
    why: "Why these rules",
    whyOpenSdg: `Rule 6 is the progress measure of Open SDG (the open-source platform countries use to report on the UN Sustainable Development Goals): observed growth ÷ growth needed. Open SDG has four bands (0.95 and above, substantial progress; 0.6 to 0.95, moderate; 0 to 0.6, limited; below 0, deterioration); we keep the 0.95 boundary and merge the three lower bands into "${behind.en}".`,
    whyOurs: `We add two statuses Open SDG does not have: "${due.en}" (a deadline passed with no result on this site is not the same as falling behind) and "${noBaseline.en}" (without a start there is no progress to measure), because most targets on this site are in one of the two.`,
    math: "Calculations",
    formulas: [
      "Share reached = latest result ÷ target (target ÷ result where lower is better, as for a rank).",
      "Growth needed a year = (target ÷ start)^(1 ÷ years) − 1. Retail sales from 45 billion yuan in 2027 to 70 billion yuan in 2035 need about 5.7% a year.",
      "\"More than\", \"at least\" and \"reach\" are read literally. \"About\" (左右) is met within 5% of the target. Above it also counts, but only for an indicator that should rise (below it, for one that should fall); for an indicator with no direction (the share of the city's fixed-asset investment, \"kept at about 35%\") only within 5% counts.",
      "A range such as \"1–2 firms\" is met at its lower end.",
    ],
    version: "Data version",
    fingerprint: ": a fingerprint of all the data; the same data always give the same version.",
  },
} satisfies Record<Lang, Record<string, unknown>>;

/** How the site works, in the order /methodology explains it. `numbers`: how many figures carry a number. */
export function MethodologyPage({ lang, edition, numbers, damaged, sources }: {
  lang: Lang; edition: Edition; numbers: number; damaged: number; sources: SourceSummary[];
}) {
  const text = TEXT[lang];
  const join = (list: string[]) => list.join(PUNCTUATION[lang].list);
  const titles = join(sources.map((s) => titleIn(lang, s)));
  // Said of a source only where data/sources.csv leaves its publisher and date empty.
  const unstated = join(sources.filter((s) => s.publisher === null && s.published === null).map((s) => titleIn(lang, s)));
  return (
    <article className="max-w-3xl space-y-8 leading-relaxed">
      <h1 className="text-2xl font-bold sm:text-3xl">{text.title}</h1>

      <section aria-labelledby="numbers" className="space-y-2">
        <h2 id="numbers" className="text-xl font-bold">{text.where}</h2>
        <p>{text.count(numbers, titles)}{unstated && `${PUNCTUATION[lang].sentenceGap}${text.unstated(unstated)}`}</p>
        <ul className="list-disc space-y-1 pl-6" data-testid="what-tests-check">
          {text.tests.map((t, i) => <li key={i}>{t}</li>)}
        </ul>
        <p>{text.missing}</p>
        <p>{text.damage(damaged)}</p>
        <p>{text.numbers}</p>
      </section>

      <section aria-labelledby="status" className="space-y-2">
        <h2 id="status" className="text-xl font-bold">{text.how}</h2>
        <p>{text.order(edition.statusDate)}</p>
        <ol className="list-decimal space-y-1 pl-6">
          {text.rules.map((rule, i) => <li key={i}>{rule}</li>)}
        </ol>
        <ul className="mt-2 space-y-2">
          {STATUS_ORDER.map((s) => (
            <li key={s}><StatusBadge status={s} explain lang={lang} /></li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="why" className="space-y-2">
        <h2 id="why" className="text-xl font-bold">{text.why}</h2>
        <p>{text.whyOpenSdg}</p>
        <p>{text.whyOurs}</p>
      </section>

      <section aria-labelledby="math" className="space-y-2">
        <h2 id="math" className="text-xl font-bold">{text.math}</h2>
        <ul className="list-disc space-y-1 pl-6">
          {text.formulas.map((f, i) => <li key={i}>{f}</li>)}
        </ul>
      </section>

      <p className="text-sm text-muted">
        {text.version} <code>{edition.version}</code>{text.fingerprint}
      </p>
    </article>
  );
}

export function methodologyMetadata(lang: Lang) {
  return pageMetadata({ lang, path: "/methodology", title: TEXT[lang].title, description: TEXT[lang].description });
}
