import { SiteParticulars } from "@/components/SiteParticulars";
import { formatDateZh } from "@/lib/format/format";
import { formatDateEn } from "@/lib/format/formatEn";
import { pathIn, UI, type Lang } from "@/lib/i18n/language";
import type { SiteParticulars as Particulars } from "@/lib/site/siteParticulars";

const LINKS = [
  { path: "/methodology", zh: "方法说明", en: "Methodology" },
  { path: "/updates", zh: "更新记录", en: "Data updates" },
  { path: "/api", zh: "开放数据与接口", en: "Open data and API" },
];

export interface SiteFooterProps {
  lang?: Lang;
  dataset: { version: string; statusDate: Date; updatedOn: Date | null };
  sources: { id: string }[];
  particulars: Particulars;
}

export function SiteFooter({ lang = "zh", dataset: { version, statusDate, updatedOn }, sources, particulars }: SiteFooterProps) {
  const en = lang === "en";
  const links = [
    ...sources.map((s) => ({ href: pathIn(lang, `/sources/${s.id}`), label: en ? "The source (Chinese)" : "原文全文" })),
    ...LINKS.map((l) => ({ href: pathIn(lang, l.path), label: l[lang] })),
  ];
  const date = (d: Date) => (en ? formatDateEn(d) : formatDateZh(d));
  return (
    <footer className="site-chrome border-t border-line bg-wash text-sm text-muted">
      <div className="mx-auto max-w-5xl space-y-1 px-4 py-4 sm:px-6">
        <p>{UI[lang].footerNote}</p>
        {en ? (
          <p data-testid="data-freshness">
            Data updated {updatedOn ? date(updatedOn) : "—"} · data version <code>{version}</code> · statuses as of {date(statusDate)}
          </p>
        ) : (
          <p data-testid="data-freshness">
            数据更新于 {updatedOn ? date(updatedOn) : "—"} · 数据版本 <code>{version}</code> · 进展状态按 {date(statusDate)} 计算
          </p>
        )}
        <ul className="flex flex-wrap gap-x-4">
          {links.map((l) => (
            <li key={l.href}>
              <a href={l.href} className="tap">{l.label}</a>
            </li>
          ))}
        </ul>
        <SiteParticulars particulars={particulars} lang={lang} />
      </div>
    </footer>
  );
}
