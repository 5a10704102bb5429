import { OpenDataPage, openDataMetadata } from "@/components/OpenDataPage";
import { getEdition } from "@/lib/queries/queries";

export const metadata = openDataMetadata("zh");

export default async function Page() {
  return <OpenDataPage lang="zh" version={(await getEdition()).version} />;
}
