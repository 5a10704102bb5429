import type { Metadata } from "next";
import { languageAlternates } from "@/lib/pageMetadata/pageMetadata";
import { UpdatesPage } from "@/components/UpdatesPage";
import { getEdition, listUpdates } from "@/lib/queries/queries";

export const metadata: Metadata = {
  title: "Data updates",
  description: "When the site's data changed and what changed, newest first, in our English with the Chinese original.",
  alternates: { ...languageAlternates("en", "/updates"), types: { "application/atom+xml": [{ url: "/en/updates.xml", title: "Data updates (Atom)" }] } },
};

export default async function UpdatesPageEn() {
  return <UpdatesPage lang="en" updates={await listUpdates()} version={(await getEdition()).version} />;
}
