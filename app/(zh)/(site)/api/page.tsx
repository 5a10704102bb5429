import type { Metadata } from "next";
import { getDatasetVersion } from "@/lib/queries";
import { siteUrl } from "@/lib/siteUrl";

export const metadata: Metadata = {
  title: "开放数据与接口",
  description: "下载本站全部数据（CSV、JSON），或通过只读 JSON 接口读取领域、指标和每个数字及其原文摘录。",
  alternates: { canonical: "/api" },
};

const ENDPOINTS = [
  { path: "/api/v1/sectors", what: "全部领域：名称、原文章节标题、指标数量。" },
  { path: "/api/v1/indicators", what: "全部指标：名称、单位、方向、释义、所属领域，以及各自的接口地址。" },
  { path: "/api/v1/indicators/market-entities", what: "一项指标及其全部数字（把 market-entities 换成任一指标代码）。" },
  { path: "/api/v1/figures", what: "全部数字，每个带原文摘录、原文位置链接和本站链接。" },
];

const FIELDS = [
  ["kind", "actual（已公布的结果）或 target（目标）"],
  ["year", "结果所属年份，或目标的期限（该年年底）"],
  ["comparator, value, value_max", "数值及其含义：= 等于，≥ 以上，> 超过/突破，≈ 左右，≤ 不超过，< 低于，range 区间；定性的数字三者皆为 null"],
  ["unit, text_zh", "单位，以及本站的中文写法（如“超过20万户”）"],
  ["status, status_zh", "仅目标：按生成日期计算的进展状态，规则见“方法说明”"],
  ["excerpt, excerpt_url", "原文摘录（一字不差），以及它在原文全文中的位置"],
  ["note_zh", "本站编者注（原文有损坏或口径不明时）"],
  ["edition", "数据版本（全部数据的哈希）、更新日期和状态计算日期"],
];

export default async function ApiPage() {
  const { version } = await getDatasetVersion();
  return (
    <article className="max-w-3xl space-y-8">
      <h1 className="text-2xl font-bold sm:text-3xl">开放数据与接口</h1>
      <p>
        本站的全部数据都可以自由下载和读取，当前数据版本 <code>{version}</code>。接口只读、无需密钥，允许任何网站跨域读取（CORS）；
        内容在每次发布时生成，数据不变则内容不变。
      </p>
      <section aria-labelledby="downloads" className="space-y-2">
        <h2 id="downloads" className="text-xl font-bold">下载全部数据</h2>
        <ul className="list-disc space-y-1 pl-6">
          <li><a href="/downloads/pingcheng-figures.csv" download>全部数字（CSV，UTF-8 带 BOM，Excel/WPS 可直接打开）</a></li>
          <li><a href="/downloads/pingcheng-dataset.json" download>全部数据（JSON：来源、领域、指标及其数字）</a></li>
        </ul>
        <p className="text-sm text-muted">每项指标的页面上还有该指标的 CSV、JSON 以及图表的 PNG、SVG 下载。</p>
      </section>
      <section aria-labelledby="endpoints" className="space-y-2">
        <h2 id="endpoints" className="text-xl font-bold">接口（JSON，只读）</h2>
        <ul className="space-y-3">
          {ENDPOINTS.map((e) => (
            <li key={e.path}>
              <a href={e.path}><code>GET {e.path}</code></a>
              <p className="text-sm">{e.what}</p>
            </li>
          ))}
        </ul>
        <p className="text-sm">例如：</p>
        <pre className="overflow-x-auto rounded bg-wash p-3 text-xs">{`curl ${siteUrl("/api/v1/indicators/market-entities")}`}</pre>
      </section>
      <section aria-labelledby="fields" className="space-y-2">
        <h2 id="fields" className="text-xl font-bold">数字的字段</h2>
        <dl className="space-y-2">
          {FIELDS.map(([name, meaning]) => (
            <div key={name}>
              <dt><code>{name}</code></dt>
              <dd className="pl-4 text-sm">{meaning}</dd>
            </div>
          ))}
        </dl>
        <p className="text-sm text-muted">
          指标代码（如 market-entities）永久不变；若将来改名，旧代码会永久重定向到新代码。原文未注明发布单位和日期的，字段为 null，本站不作推测。
        </p>
      </section>
    </article>
  );
}
