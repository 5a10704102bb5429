import QRCode from "qrcode";

/**
 * A QR code for an absolute URL, drawn on the server as SVG: no script, sharp at any size and on
 * paper. Black on white whatever the theme, with a quiet zone, so phones read it off a projector.
 */
export async function QrCode({ url, label, className = "" }: { url: string; label: string; className?: string }) {
  const svg = await QRCode.toString(url, { type: "svg", margin: 2, errorCorrectionLevel: "M", color: { dark: "#000000", light: "#ffffff" } });
  return (
    <div
      role="img"
      aria-label={label}
      className={`shrink-0 bg-white [&>svg]:block [&>svg]:size-full ${className}`}
      // The markup is the qrcode package's SVG for our own URL; nothing a reader typed reaches it.
      dangerouslySetInnerHTML={{ __html: svg }}
    />
  );
}
