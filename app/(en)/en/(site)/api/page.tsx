import type { Metadata } from "next";
import { languageAlternates } from "@/lib/pageMetadata/pageMetadata";
import { OpenDataPage } from "@/components/OpenDataPage";
import { getEdition } from "@/lib/queries/queries";

export const metadata: Metadata = {
  title: "Open data and API",
  description: "Download all the site's data (CSV, JSON), or read sectors, indicators and every figure with its excerpt from a read-only JSON API.",
  alternates: languageAlternates("en", "/api"),
};

export default async function ApiPageEn() {
  return <OpenDataPage lang="en" version={(await getEdition()).version} />;
}
