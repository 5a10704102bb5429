import type { Metadata } from "next";
import { StatusBadge } from "@/components/StatusBadge";
import { formatDateZh } from "@/lib/format/format";
import { STATUS_CUTOFF } from "@/lib/progress/progress";
import { getDatasetVersion } from "@/lib/queries/queries";
import { STATUS_ORDER } from "@/lib/progress/statusText";

export const metadata: Metadata = {
  title: "方法说明",
  description: "本站如何摘录数字、如何判断每项目标的进展状态、如何计算所需增速。",
  alternates: { canonical: "/methodology" },
};

export default async function MethodologyPage() {
  const { version, figures, statusDate } = await getDatasetVersion();
  return (
    <article className="max-w-3xl space-y-8 leading-relaxed">
      <h1 className="text-2xl font-bold sm:text-3xl">方法说明</h1>

      <section aria-labelledby="numbers" className="space-y-2">
        <h2 id="numbers" className="text-xl font-bold">数字从哪里来</h2>
        <p>
          本站的{figures}个数字全部摘自平城区发布的文章《锚定“四步走”战略目标 深耕“四大赛道” 奋力谱写中国式现代化大同篇章》。每个数字都附有它所在的原文句子；自动测试逐条核对这些摘录与原文一字不差，并核对原文中的每个数字都已收录且只收录一次。
        </p>
        <p>
          原文没有公布的数字（例如2023年的地区生产总值、服务业增加值、社会消费品零售总额、文旅产业总产值）显示为“来源未公布”，本站不作任何估算。
        </p>
        <p>
          原文在转录中有损坏：个别词语错乱（如“占新企业”“续续”），有的段落印了两遍，“六大重点工作”只印出了前四个标题。本站照录原文，不作修改，并在相关数字旁用“编者注”说明。
        </p>
        <p>
          指标的英文名称、释义和编者注是本站编写的，不是政府的表述；一切以中文原文为准。发布的数字从不四舍五入：10万以上的整数在能精确表示时写成“万”（如20万户），否则写出全部数字（如22845户）。
        </p>
      </section>

      <section aria-labelledby="status" className="space-y-2">
        <h2 id="status" className="text-xl font-bold">进展状态如何判断</h2>
        <p>每项目标的状态按下列规则、依次判断，计算日期为{formatDateZh(statusDate)}（网站生成之日）：</p>
        <ol className="list-decimal space-y-1 pl-6">
          <li>只看目标年份及以前的结果。其中任何一个达到目标，即为“已实现”。</li>
          <li>目标年份已经结束（过了当年12月31日）：若该年结果已公布而未达标，为“进度落后”；若尚未公布，为“已到期，待公布”。没有具体数字的定性目标，到期后一律为“已到期，待公布”。</li>
          <li>尚未到期的定性目标（如“跻身全省第一方阵”）为“未到期”。</li>
          <li>目标年份之前没有任何可比的结果，无从衡量进度，为“无基线”。“可比”是指来源公布的早年数字与目标按同一口径统计；口径可能不同时（如2023年市场主体22845户与2035年“突破20万户”的目标），本站在编者注中说明，不据此计算进度。</li>
          <li>只有一个年份的结果：有起点、没有趋势，为“未到期”，同时给出所需的年均增速。</li>
          <li>
            有两个或更多年份的结果：比较实际的年均复合增速与达到目标所需的年均复合增速。实际增速不低于所需增速的{STATUS_CUTOFF * 100}%，为“进展顺利”，否则为“进度落后”。
          </li>
        </ol>
        <ul className="mt-2 space-y-2">
          {STATUS_ORDER.map((s) => (
            <li key={s}>
              <StatusBadge status={s} explain />
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="why" className="space-y-2">
        <h2 id="why" className="text-xl font-bold">为什么这样判断</h2>
        <p>
          第6条采用联合国可持续发展目标开放报告平台 Open SDG 的进度衡量方法：实际年均增速 ÷ 所需年均增速。Open SDG 把比值分为三档（0.95以上、0.6至0.95、0.6以下）；本站保留0.95这一分界，把后两档合并为“进度落后”，并在页面上给出比值，以免把“稍慢”和“严重滞后”混为一谈时丢失信息。
        </p>
        <p>
          本站增加了两个 Open SDG 没有的状态：“已到期，待公布”（期限已过但结果未发布，不能算作落后）和“无基线”（没有起点就不能衡量进度），因为这份来源的大多数目标正属于这两种情况。
        </p>
      </section>

      <section aria-labelledby="math" className="space-y-2">
        <h2 id="math" className="text-xl font-bold">计算方法</h2>
        <ul className="list-disc space-y-1 pl-6">
          <li>完成比例 = 最新结果 ÷ 目标值（数值越小越好的指标，如排名，取目标值 ÷ 最新结果）。</li>
          <li>所需年均增速 = (目标值 ÷ 起点值)^(1 ÷ 年数) − 1。例如社会消费品零售总额从2027年的450亿元到2035年的700亿元，需每年增长约5.7%。</li>
          <li>“以上”“突破”“达到”等按字面理解；“左右”按目标值上下5%以内视为达到，超过目标也算达到。</li>
          <li>“1-2家”这样的区间，达到下限即视为达到。</li>
        </ul>
      </section>

      <p className="text-sm text-muted">
        数据版本 <code>{version}</code>：由全部数据内容计算出的指纹，数据不变则版本不变。
      </p>
    </article>
  );
}
