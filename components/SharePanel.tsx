import QRCode from "qrcode";
import { CopyButton } from "@/components/CopyButton";
import { ShareButton } from "@/components/ShareButton";
import { siteUrl } from "@/lib/sharing/siteUrl";

/** Copy the link, the phone's share sheet, and a QR code of the page's address drawn on the server. */
export async function SharePanel({ path, title }: { path: string; title: string }) {
  const url = siteUrl(path);
  const qr = await QRCode.toString(url, { type: "svg", margin: 1, errorCorrectionLevel: "M" });
  return (
    <section aria-labelledby="share" className="space-y-2">
      <h3 id="share" className="scroll-mt-4 text-lg font-bold">分享</h3>
      <div className="flex flex-wrap items-center gap-3">
        <CopyButton label="复制本页链接" />
        <ShareButton title={title} />
      </div>
      <p className="text-sm text-muted">复制的链接会保留当前视图（例如已打开的数据表）和所在位置。本页地址永久有效：{url}</p>
      <figure className="inline-flex flex-col items-start gap-1">
        <div className="w-36" role="img" aria-label={`本页地址的二维码：${url}`} data-testid="qr" dangerouslySetInnerHTML={{ __html: qr }} />
        <figcaption className="text-sm text-muted">用手机扫码打开本页</figcaption>
      </figure>
    </section>
  );
}
