import type { Metadata } from "next";
import { languageAlternates } from "@/lib/sharing/pageMetadata";
import { UnknownsList } from "@/components/UnknownsList";
import { listPlansWithTargets } from "@/lib/queries/queries";

export const metadata: Metadata = {
  title: "What we don't know yet",
  description: "Which targets have no published result or starting figure in the source.",
  alternates: languageAlternates("en", "/unknowns"),
};

export default async function UnknownsPageEn() {
  const targets = (await listPlansWithTargets()).flatMap((p) => p.targets);
  return (
    <div>
      <h1 className="text-2xl font-bold sm:text-3xl">What we don&apos;t know yet</h1>
      <p className="mt-2 max-w-3xl">The source publishes only some 2023 results. Here is every target whose progress cannot be judged yet, and why.</p>
      <UnknownsList targets={targets} lang="en" />
    </div>
  );
}
