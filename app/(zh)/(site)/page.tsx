import { OverviewPage, overviewMetadata } from "@/components/OverviewPage";
import { getOverview } from "@/lib/queries/queries";

export const metadata = overviewMetadata("zh");

export default async function Page() {
  const overview = await getOverview();
  return <OverviewPage lang="zh" overview={overview} />;
}
