import type { Metadata } from "next";
import { languageAlternates } from "@/lib/sharing/pageMetadata";
import { UnknownsList } from "@/components/UnknownsList";
import { listPlansWithTargets } from "@/lib/queries/queries";

export const metadata: Metadata = {
  title: "尚待公布的数据",
  description: "哪些目标的结果或起点数据来源尚未公布。",
  alternates: languageAlternates("zh", "/unknowns"),
};

export default async function UnknownsPage() {
  const targets = (await listPlansWithTargets()).flatMap((p) => p.targets);
  return (
    <div>
      <h1 className="text-2xl font-bold sm:text-3xl">尚待公布的数据</h1>
      <p className="mt-2 max-w-3xl">来源只公布了2023年的部分结果。下面列出每一项还无法判断进展的目标，以及原因。</p>
      <UnknownsList targets={targets} lang="zh" />
    </div>
  );
}
