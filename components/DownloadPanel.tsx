/** "下载": this indicator's data and chart, and the whole dataset. Plain links: no JavaScript needed. */
export function DownloadPanel({ slug, hasChart }: { slug: string; hasChart: boolean }) {
  const groups = [
    {
      label: "本指标数据",
      links: [
        { href: `/indicators/${slug}/data.csv`, text: "CSV（Excel/WPS 可直接打开）" },
        { href: `/indicators/${slug}/data.json`, text: "JSON" },
      ],
    },
    ...(hasChart
      ? [{ label: "图表（含标题、单位、来源和链接）", links: [{ href: `/indicators/${slug}/chart.png`, text: "PNG 图片" }, { href: `/indicators/${slug}/chart.svg`, text: "SVG 矢量图" }] }]
      : []),
    {
      label: "全部数据",
      links: [
        { href: "/downloads/pingcheng-figures.csv", text: "全部数字 CSV" },
        { href: "/downloads/pingcheng-dataset.json", text: "全部数据 JSON" },
      ],
    },
  ];
  return (
    <section aria-labelledby="download" className="space-y-2">
      <h3 id="download" className="scroll-mt-4 text-lg font-bold">下载</h3>
      <ul className="space-y-2">
        {groups.map((g) => (
          <li key={g.label}>
            <p className="text-sm text-muted">{g.label}</p>
            <p className="flex flex-wrap gap-x-5">
              {g.links.map((l) => (
                <a key={l.href} href={l.href} download className="tap">{l.text}</a>
              ))}
            </p>
          </li>
        ))}
      </ul>
      <p className="text-sm text-muted">每一行都带原文摘录和原文位置链接。接口说明见<a href="/api">开放数据与接口</a>。</p>
    </section>
  );
}
