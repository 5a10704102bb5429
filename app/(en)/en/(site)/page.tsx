import { OverviewPage, overviewMetadata } from "@/components/OverviewPage";
import { getOverview } from "@/lib/queries/queries";

export const metadata = overviewMetadata("en");

export default async function Page() {
  return <OverviewPage lang="en" overview={await getOverview()} />;
}
