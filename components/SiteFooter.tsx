import { SiteParticulars } from "@/components/SiteParticulars";
import { editionLine } from "@/lib/i18n/editionLine";
import { pathIn, UI, type Lang } from "@/lib/i18n/language";
import type { Edition } from "@/lib/model/views";
import type { SiteParticulars as Particulars } from "@/lib/site/siteParticulars";

const LINKS = [
  { path: "/methodology", zh: "方法说明", en: "Methodology" },
  { path: "/updates", zh: "更新记录", en: "Data updates" },
  { path: "/api", zh: "开放数据与接口", en: "Open data and API" },
];

export interface SiteFooterProps {
  lang?: Lang;
  edition: Pick<Edition, "version" | "statusDate" | "updatedOn" | "latestResultYear">;
  sources: { id: string }[];
  particulars: Particulars;
}

export function SiteFooter({ lang = "zh", edition, sources, particulars }: SiteFooterProps) {
  const en = lang === "en";
  const links = [
    ...sources.map((s) => ({ href: pathIn(lang, `/sources/${s.id}`), label: en ? "The source (Chinese)" : "原文全文" })),
    ...LINKS.map((l) => ({ href: pathIn(lang, l.path), label: l[lang] })),
  ];
  return (
    <footer className="site-chrome border-t border-line bg-wash text-sm text-muted">
      <div className="mx-auto max-w-5xl space-y-1 px-4 py-4 sm:px-6">
        <p>{UI[lang].footerNote}</p>
        <p data-testid="data-freshness">{editionLine(lang, edition)}</p>
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
