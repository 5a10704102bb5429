import type { Metadata } from "next";
import { languageAlternates } from "@/lib/pageMetadata/pageMetadata";
import { OpenDataPage } from "@/components/OpenDataPage";
import { getEdition } from "@/lib/queries/queries";

export const metadata: Metadata = {
  title: "开放数据与接口",
  description: "下载本站全部数据（CSV、JSON），或通过只读 JSON 接口读取领域、指标和每个数字及其原文摘录。",
  alternates: languageAlternates("zh", "/api"),
};

export default async function ApiPage() {
  return <OpenDataPage lang="zh" version={(await getEdition()).version} />;
}
