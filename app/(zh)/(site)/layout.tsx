import { SiteChrome } from "@/components/SiteChrome";
import { getSiteFooter } from "@/lib/queries/queries";

// A route group: every page of the site (same URLs as before) gets the header and footer here.
export default async function SiteLayout({ children }: { children: React.ReactNode }) {
  return <SiteChrome footer={await getSiteFooter()}>{children}</SiteChrome>;
}
