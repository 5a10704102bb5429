import type { Metadata } from "next";
import { UpdatesPage } from "@/components/UpdatesPage";

export const metadata: Metadata = {
  title: "更新记录",
  description: "本站数据每次更新的日期和内容，最新的在前。",
  alternates: { canonical: "/updates", types: { "application/atom+xml": [{ url: "/updates.xml", title: "数据更新记录（Atom）" }] } },
};

export default function UpdatesPageZh() {
  return <UpdatesPage lang="zh" />;
}
