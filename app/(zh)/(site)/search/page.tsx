import { SearchPage, searchMetadata } from "@/components/SearchPage";
import { getSearchIndex, listIndicators } from "@/lib/queries/queries";

export const metadata = searchMetadata("zh");

export default async function Page() {
  return <SearchPage lang="zh" index={await getSearchIndex()} indicators={await listIndicators()} />;
}
