import { OverviewPage, overviewMetadata } from "@/components/OverviewPage";
import { getOverview, listSteps } from "@/lib/queries/queries";

export const metadata = overviewMetadata("en");

export default async function Page() {
  const [overview, summaries] = await Promise.all([getOverview(), listSteps()]);
  return <OverviewPage lang="en" overview={overview} summaries={summaries} />;
}
