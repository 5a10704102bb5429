import { OverviewPage, overviewMetadata } from "@/components/OverviewPage";
import { getOverview } from "@/lib/queries/queries";

export const metadata = overviewMetadata("en");

export default async function Page() {
  const overview = await getOverview();
  return <OverviewPage lang="en" overview={overview} />;
}
