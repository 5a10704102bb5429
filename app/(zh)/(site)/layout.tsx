import { SiteChrome } from "@/components/SiteChrome";
import { getSiteFooter } from "@/lib/queries/queries";

// A route group: every page of the site gets the header and footer here (not /embed/* or /present).
export default async function SiteLayout({ children }: { children: React.ReactNode }) {
  return <SiteChrome lang="zh" footer={await getSiteFooter()}>{children}</SiteChrome>;
}
