import type { Metadata } from "next";

// Pages made to sit in other sites' iframes: no site header or footer (those are in the (site) groups),
// and the only pages whose headers allow framing (lib/http/securityHeaders.ts).
export const metadata: Metadata = { robots: { index: false } };

export default function EmbedFrame({ children }: { children: React.ReactNode }) {
  return <main className="w-full max-w-2xl p-3">{children}</main>;
}
