import { OpenDataPage, openDataMetadata } from "@/components/OpenDataPage";
import { getDatasetVersion } from "@/lib/queries/queries";

export const metadata = openDataMetadata("en");

export default async function Page() {
  return <OpenDataPage lang="en" version={(await getDatasetVersion()).version} />;
}
