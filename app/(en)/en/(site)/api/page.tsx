import type { Metadata } from "next";
import { OpenDataPage } from "@/components/OpenDataPage";

export const metadata: Metadata = {
  title: "Open data and API",
  description: "Download all the site's data (CSV, JSON), or read sectors, indicators and every figure with its excerpt from a read-only JSON API.",
  alternates: { canonical: "/en/api", languages: { "zh-CN": "/api" } },
};

export default function ApiPageEn() {
  return <OpenDataPage lang="en" />;
}
