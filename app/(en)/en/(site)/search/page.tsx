import type { Metadata } from "next";
import { languageAlternates } from "@/lib/pageMetadata/pageMetadata";
import { SearchPage } from "@/components/SearchPage";
import { getSearchIndex, listIndicators } from "@/lib/queries/queries";

export const metadata: Metadata = {
  title: "Search",
  description: "Search Pingcheng's indicators, sectors and targets in English, Chinese or pinyin.",
  alternates: languageAlternates("en", "/search"),
};

export default async function SearchPageEn() {
  return <SearchPage lang="en" index={await getSearchIndex()} indicators={await listIndicators()} />;
}
