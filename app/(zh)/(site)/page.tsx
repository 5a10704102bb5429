import { OverviewPage, overviewMetadata } from "@/components/OverviewPage";
import { getOverview, listSteps } from "@/lib/queries/queries";

export const metadata = overviewMetadata("zh");

export default async function Page() {
  const [overview, summaries] = await Promise.all([getOverview(), listSteps()]);
  return <OverviewPage lang="zh" overview={overview} summaries={summaries} />;
}
