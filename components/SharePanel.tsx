import QRCode from "qrcode";
import { CopyButton } from "@/components/CopyButton";
import { ShareButton } from "@/components/ShareButton";
import { PUNCTUATION, type Lang } from "@/lib/i18n/language";
import { siteUrl } from "@/lib/links/siteUrl";

const TEXT = {
  zh: {
    heading: "分享", copy: "复制本页链接", qr: "本页地址的二维码", scan: "用手机扫码打开本页",
    kept: (url: string) => `复制的链接会保留当前视图（例如已打开的数据表）和所在位置。本页地址永久有效：${url}`,
  },
  en: {
    heading: "Share", copy: "Copy the link to this page", qr: "QR code of this page's address", scan: "Scan with a phone to open this page",
    kept: (url: string) => `The copied link keeps the current view (an open data table, say) and your place on the page. This address will not change: ${url}`,
  },
} satisfies Record<Lang, Record<string, unknown>>;

/** Copy the link, the phone's share sheet, and a QR code of the page's address drawn on the server. */
export async function SharePanel({ path, title, lang }: { path: string; title: string; lang: Lang }) {
  const text = TEXT[lang];
  const url = siteUrl(path);
  const qr = await QRCode.toString(url, { type: "svg", margin: 1, errorCorrectionLevel: "M" });
  return (
    <section aria-labelledby="share" className="space-y-2">
      <h3 id="share" className="scroll-mt-4 text-lg font-bold">{text.heading}</h3>
      <div className="flex flex-wrap items-center gap-3">
        <CopyButton label={text.copy} lang={lang} />
        <ShareButton title={title} lang={lang} />
      </div>
      <p className="text-sm text-muted [overflow-wrap:anywhere]">{text.kept(url)}</p>
      <figure className="inline-flex flex-col items-start gap-1">
        <div className="w-36" role="img" aria-label={`${text.qr}${PUNCTUATION[lang].colon}${url}`} data-testid="qr" dangerouslySetInnerHTML={{ __html: qr }} />
        <figcaption className="text-sm text-muted">{text.scan}</figcaption>
      </figure>
    </section>
  );
}
