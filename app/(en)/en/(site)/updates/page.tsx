import { UpdatesPage, updatesMetadata } from "@/components/UpdatesPage";
import { getEdition, listUpdates } from "@/lib/queries/queries";

export const metadata = updatesMetadata("en");

export default async function Page() {
  return <UpdatesPage lang="en" updates={await listUpdates()} version={(await getEdition()).version} />;
}
