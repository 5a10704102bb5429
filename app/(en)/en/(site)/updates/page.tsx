import type { Metadata } from "next";
import { UpdatesPage } from "@/components/UpdatesPage";

export const metadata: Metadata = {
  title: "Data updates",
  description: "When the site's data changed and what changed, newest first (the changes are described in Chinese).",
  alternates: {
    canonical: "/en/updates", languages: { "zh-CN": "/updates" },
    types: { "application/atom+xml": [{ url: "/en/updates.xml", title: "Data updates (Atom)" }] },
  },
};

export default function UpdatesPageEn() {
  return <UpdatesPage lang="en" />;
}
