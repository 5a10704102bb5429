import { MethodologyPage, methodologyMetadata } from "@/components/MethodologyPage";
import { getMethodologyPage } from "@/lib/queries/queries";

export const metadata = methodologyMetadata("en");

export default async function Page() {
  return <MethodologyPage lang="en" {...await getMethodologyPage()} />;
}
