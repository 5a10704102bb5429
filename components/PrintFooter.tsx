import { formatDateZh } from "@/lib/format/format";
import { formatDateEn } from "@/lib/format/formatEn";
import type { Lang } from "@/lib/i18n/language";
import type { Edition } from "@/lib/queries/queries";
import { siteUrl } from "@/lib/sharing/siteUrl";

/** On paper only: where the page lives and which data it shows, so a handout can be checked later. */
export function PrintFooter({ path, lang, edition }: { path: string; lang: Lang; edition: Edition }) {
  const { version, statusDate } = edition;
  return (
    <p className="hidden border-t border-current pt-1 text-sm print:block" data-print-footer>
      {lang === "en"
        ? `Address: ${siteUrl(path)} · data version ${version} · statuses as of ${formatDateEn(statusDate)}`
        : `网址：${siteUrl(path)} · 数据版本 ${version} · 进展状态按 ${formatDateZh(statusDate)} 计算`}
    </p>
  );
}
