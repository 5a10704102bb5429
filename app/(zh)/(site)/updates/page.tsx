import { UpdatesPage, updatesMetadata } from "@/components/UpdatesPage";
import { getEdition, listUpdates } from "@/lib/queries/queries";

export const metadata = updatesMetadata("zh");

export default async function Page() {
  return <UpdatesPage lang="zh" updates={await listUpdates()} version={(await getEdition()).version} />;
}
