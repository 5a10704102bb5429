import type { Metadata } from "next";
import Link from "next/link";
import { formatDateZh } from "@/lib/format";
import { getDatasetVersion, listUpdates } from "@/lib/queries";

export const metadata: Metadata = {
  title: "更新记录",
  description: "本站数据每次更新的日期和内容，最新的在前。",
  alternates: { canonical: "/updates" },
};

export default async function UpdatesPage() {
  const [updates, { version }] = await Promise.all([listUpdates(), getDatasetVersion()]);
  return (
    <article className="max-w-3xl space-y-6">
      <h1 className="text-2xl font-bold sm:text-3xl">更新记录</h1>
      <p>
        本站数据每次增补或更正，都在这里记一笔，最新的在前。当前数据版本为 <code>{version}</code>
        （由全部数据计算得出，数据不变则版本不变）。数据文件见<Link href="/api">开放数据与接口</Link>。
      </p>
      <ol className="space-y-4" data-testid="updates">
        {updates.map((u) => (
          <li key={`${u.date.toISOString()}-${u.summaryZh}`} className="border-l-4 border-brand pl-3">
            <p className="font-bold">
              <time dateTime={u.date.toISOString().slice(0, 10)}>{formatDateZh(u.date)}</time>
            </p>
            <p>{u.summaryZh}</p>
          </li>
        ))}
      </ol>
    </article>
  );
}
