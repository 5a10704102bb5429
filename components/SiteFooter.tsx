import { SiteParticulars } from "@/components/SiteParticulars";
import { editionLine } from "@/lib/i18n/editionLine";
import { pathIn, type Lang } from "@/lib/i18n/language";
import type { Edition } from "@/lib/model/views";
import type { SiteParticulars as Particulars } from "@/lib/site/siteParticulars";

const TEXT = {
  zh: {
    note: "所有数字均摘自原文，每个数字旁附原文摘录。英文名称、释义和编者注为本站编写，不代表官方表述；以中文原文为准。",
    source: "原文全文",
    links: [
      { path: "/methodology", label: "方法说明" },
      { path: "/updates", label: "更新记录" },
      { path: "/api", label: "开放数据与接口" },
    ],
  },
  en: {
    note:
      "Every figure comes from the source document and is shown beside its excerpt. English names, definitions, translations and notes are our own unofficial translation; the Chinese original is the authority.",
    source: "The source (Chinese)",
    links: [
      { path: "/methodology", label: "Methodology" },
      { path: "/updates", label: "Data updates" },
      { path: "/api", label: "Open data and API" },
    ],
  },
} satisfies Record<Lang, { note: string; source: string; links: { path: string; label: string }[] }>;

export interface SiteFooterProps {
  lang?: Lang;
  edition: Pick<Edition, "version" | "statusDate" | "updatedOn" | "latestResultYear">;
  sources: { id: string }[];
  particulars: Particulars;
}

export function SiteFooter({ lang = "zh", edition, sources, particulars }: SiteFooterProps) {
  const text = TEXT[lang];
  const links = [
    ...sources.map((s) => ({ href: pathIn(lang, `/sources/${s.id}`), label: text.source })),
    ...text.links.map((l) => ({ href: pathIn(lang, l.path), label: l.label })),
  ];
  return (
    <footer className="site-chrome border-t border-line bg-wash text-sm text-muted">
      <div className="mx-auto max-w-5xl space-y-1 px-4 py-4 sm:px-6">
        <p>{text.note}</p>
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
