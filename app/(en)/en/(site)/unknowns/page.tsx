import { UnknownsPage, unknownsMetadata } from "@/components/UnknownsPage";
import { listPlansWithTargets } from "@/lib/queries/queries";

export const metadata = unknownsMetadata("en");

export default async function Page() {
  const targets = (await listPlansWithTargets()).flatMap((p) => p.targets);
  return <UnknownsPage lang="en" targets={targets} />;
}
