import type { Metadata } from "next";
import { OpenDataPage } from "@/components/OpenDataPage";

export const metadata: Metadata = {
  title: "开放数据与接口",
  description: "下载本站全部数据（CSV、JSON），或通过只读 JSON 接口读取领域、指标和每个数字及其原文摘录。",
  alternates: { canonical: "/api" },
};

export default function ApiPage() {
  return <OpenDataPage lang="zh" />;
}
