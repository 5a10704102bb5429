import type { Metadata } from "next";
import { languageAlternates } from "@/lib/pageMetadata/pageMetadata";
import { UpdatesPage } from "@/components/UpdatesPage";
import { getEdition, listUpdates } from "@/lib/queries/queries";

export const metadata: Metadata = {
  title: "更新记录",
  description: "本站数据每次更新的日期和内容，最新的在前。",
  alternates: { ...languageAlternates("zh", "/updates"), types: { "application/atom+xml": [{ url: "/updates.xml", title: "数据更新记录（Atom）" }] } },
};

export default async function UpdatesPageZh() {
  return <UpdatesPage lang="zh" updates={await listUpdates()} version={(await getEdition()).version} />;
}
