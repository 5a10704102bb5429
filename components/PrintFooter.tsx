import { editionLine } from "@/lib/i18n/editionLine";
import type { Lang } from "@/lib/i18n/language";
import type { Edition } from "@/lib/model/views";
import { siteUrl } from "@/lib/links/siteUrl";

const TEXT = {
  zh: { address: (url: string) => `网址：${url}` },
  en: { address: (url: string) => `Address: ${url}` },
} satisfies Record<Lang, { address: (url: string) => string }>;

/** On paper only: where the page lives and which data it shows, so a handout can be checked later. */
export function PrintFooter({ path, lang, edition }: { path: string; lang: Lang; edition: Edition }) {
  return (
    <p className="hidden border-t border-current pt-1 text-sm print:block" data-print-footer>
      {TEXT[lang].address(siteUrl(path))} · {editionLine(lang, edition)}
    </p>
  );
}
