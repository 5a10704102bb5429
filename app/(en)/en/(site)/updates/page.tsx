import { UpdatesPage, updatesMetadata } from "@/components/UpdatesPage";
import { getDatasetVersion, listUpdates } from "@/lib/queries/queries";

export const metadata = updatesMetadata("en");

export default async function Page() {
  return <UpdatesPage lang="en" updates={await listUpdates()} version={(await getDatasetVersion()).version} />;
}
