import { OpenDataPage, openDataMetadata } from "@/components/OpenDataPage";
import { getEdition } from "@/lib/queries/queries";

export const metadata = openDataMetadata("en");

export default async function Page() {
  return <OpenDataPage lang="en" version={(await getEdition()).version} />;
}
