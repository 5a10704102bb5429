import type { Metadata } from "next";
import { RootDocument } from "@/components/RootDocument";
import { SiteChrome } from "@/components/SiteChrome";
import { nameIn, pathIn, type Lang } from "@/lib/i18n/language";
import { getSiteFooter, listSectors } from "@/lib/queries/queries";
import type { SectorSummary } from "@/lib/model/views";

// Any unknown address, in either language: an unmatched URL, and (every page being prerendered with
// dynamicParams = false) an unknown sector, indicator or slide. With a root layout per language
// (app/(zh), app/(en)) there is no single layout to render it in, so this is a whole document of
// its own (Next's global-not-found.js, enabled in next.config.ts). It is one static page and cannot
// know which language was asked for: Chinese first, then the same in English.
export const metadata: Metadata = { title: "抱歉，您访问的页面不存在 · Page not found", robots: { index: false } };

export default async function GlobalNotFound() {
  const [sectors, footer] = await Promise.all([listSectors(), getSiteFooter()]);
  return (
    <RootDocument lang="zh">
      <SiteChrome languageSwitch={false} footer={footer}>
        <div className="space-y-4">
          <h1 className="text-2xl font-bold">抱歉，您访问的页面不存在</h1>
          <p>链接可能有误，或这项指标不存在。可以从总览或下面的领域重新查找。</p>
          <p>
            <a href="/" className="tap">返回总览</a>
          </p>
          <SectorLinks sectors={sectors} lang="zh" />
          <section lang="en" aria-labelledby="not-found-en" className="space-y-4 border-t border-line pt-4">
            <h2 id="not-found-en" className="text-2xl font-bold">Sorry, this page does not exist</h2>
            <p>The link may be wrong, or the indicator may not exist. Start again from the overview or from a sector below.</p>
            <p>
              <a href="/en" className="tap">Go to the overview</a>
            </p>
            <SectorLinks sectors={sectors} lang="en" />
          </section>
        </div>
      </SiteChrome>
    </RootDocument>
  );
}

/** Every sector's page, in one language: where a reader who got lost can start again. */
function SectorLinks({ sectors, lang }: { sectors: SectorSummary[]; lang: Lang }) {
  return (
    <ul className="list-disc pl-6">
      {sectors.map((s) => (
        <li key={s.slug}>
          <a href={pathIn(lang, `/sectors/${s.slug}`)} className="tap">{nameIn(lang, s)}</a>
        </li>
      ))}
    </ul>
  );
}
