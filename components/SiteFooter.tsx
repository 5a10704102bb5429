import Link from "next/link";
import { formatDateZh } from "@/lib/format";
import { getDatasetVersion, listSources } from "@/lib/queries";

const LINKS = [
  { href: "/methodology", label: "方法说明" },
  { href: "/updates", label: "更新记录" },
  { href: "/api", label: "开放数据与接口" },
];

export async function SiteFooter() {
  const [{ version, statusDate, updatedOn }, sources] = await Promise.all([getDatasetVersion(), listSources()]);
  const links = [...sources.map((s) => ({ href: `/sources/${s.id}`, label: "原文全文" })), ...LINKS];
  return (
    <footer className="border-t border-line bg-wash text-sm text-muted">
      <div className="mx-auto max-w-5xl space-y-1 px-4 py-4 sm:px-6">
        <p>
          所有数字均摘自平城区公开发布的文章，每个数字旁附原文摘录。英文名称、释义和编者注为本站编写，不代表官方表述；以中文原文为准。
        </p>
        <p data-testid="data-freshness">
          数据更新于 {updatedOn ? formatDateZh(updatedOn) : "—"} · 数据版本 <code>{version}</code> · 进展状态按{" "}
          {formatDateZh(statusDate)} 计算
        </p>
        <p>
          {links.map((l, i) => (
            <span key={l.href}>
              {i > 0 && " · "}
              <Link href={l.href}>{l.label}</Link>
            </span>
          ))}
        </p>
      </div>
    </footer>
  );
}
