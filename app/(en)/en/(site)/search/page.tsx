import { SearchPage, searchMetadata } from "@/components/SearchPage";
import { getSearchIndex, listIndicators } from "@/lib/queries/queries";

export const metadata = searchMetadata("en");

export default async function Page() {
  return <SearchPage lang="en" index={await getSearchIndex()} indicators={await listIndicators()} />;
}
