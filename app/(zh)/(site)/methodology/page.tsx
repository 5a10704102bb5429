import { MethodologyPage, methodologyMetadata } from "@/components/MethodologyPage";
import { getMethodologyPage } from "@/lib/queries/queries";

export const metadata = methodologyMetadata("zh");

export default async function Page() {
  return <MethodologyPage lang="zh" {...await getMethodologyPage()} />;
}
