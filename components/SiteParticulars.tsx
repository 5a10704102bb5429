import type { Lang } from "@/lib/i18n/language";
import { ICP_SERVICE, policeServiceUrl, type SiteParticulars as Particulars } from "@/lib/site/siteParticulars";

const TEXT = {
  zh: { sponsor: "主办单位：", contact: "联系方式：", siteCode: "网站标识码：", mark: "党政机关网站标识", errorReport: "我为政府网站找错", valuesLang: undefined },
  en: {
    sponsor: "Run by (主办单位): ",
    contact: "Contact: ",
    siteCode: "Government website code (网站标识码): ",
    mark: "Party and government organ website mark (党政机关网站标识)",
    errorReport: "Report an error on this government website (我为政府网站找错)",
    valuesLang: "zh-CN",
  },
} satisfies Record<Lang, { sponsor: string; contact: string; siteCode: string; mark: string; errorReport: string; valuesLang: string | undefined }>;

/**
 * The particulars a government website shows (data/site.csv), each only when it is set: values are
 * the operator's own, in Chinese on either language's pages. Renders nothing when none is set.
 */
export function SiteParticulars({ particulars: p, lang }: { particulars: Particulars; lang: Lang }) {
  const w = TEXT[lang];
  // The operator's values are Chinese: marked so on English pages, where the text around them is not.
  const zh = w.valuesLang;
  const items = [
    p.sponsor && <li key="sponsor" data-particular="sponsor">{w.sponsor}<span lang={zh}>{p.sponsor}</span></li>,
    p.contact && <li key="contact" data-particular="contact">{w.contact}<span lang={zh}>{p.contact}</span></li>,
    p.site_code && <li key="site_code" data-particular="site_code">{w.siteCode}{p.site_code}</li>,
    p.icp && <li key="icp" data-particular="icp"><a href={ICP_SERVICE} lang={zh} className="tap">{p.icp}</a></li>,
    p.police && <li key="police" data-particular="police"><a href={policeServiceUrl(p.police)} lang={zh} className="tap">{p.police}</a></li>,
    p.organ_mark_image && p.organ_mark_url && (
      <li key="organ_mark" data-particular="organ_mark">
        <a href={p.organ_mark_url} className="tap">
          {/* The operator's own file under public/: next/image would add nothing to one small badge. */}
          {/* eslint-disable-next-line @next/next/no-img-element */}
          <img src={p.organ_mark_image} alt={w.mark} className="h-14 w-auto" />
        </a>
      </li>
    ),
    p.error_report_url && <li key="error_report" data-particular="error_report"><a href={p.error_report_url} className="tap">{w.errorReport}</a></li>,
  ].filter(Boolean);
  if (!items.length) return null;
  return <ul className="flex flex-wrap items-center gap-x-4" data-testid="site-particulars">{items}</ul>;
}
