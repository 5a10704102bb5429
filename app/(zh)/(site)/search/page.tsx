import type { Metadata } from "next";
import { languageAlternates } from "@/lib/pageMetadata/pageMetadata";
import { SearchPage } from "@/components/SearchPage";
import { getSearchIndex, listIndicators } from "@/lib/queries/queries";

export const metadata: Metadata = {
  title: "搜索",
  description: "按中文、拼音、拼音首字母或英文搜索平城区的指标、领域和目标。",
  alternates: languageAlternates("zh", "/search"),
};

export default async function SearchPageZh() {
  return <SearchPage lang="zh" index={await getSearchIndex()} indicators={await listIndicators()} />;
}
