import { SiteChrome } from "@/components/SiteChrome";

// A route group: every page of the site (same URLs as before) gets the header and footer here.
export default function SiteLayout({ children }: { children: React.ReactNode }) {
  return <SiteChrome>{children}</SiteChrome>;
}
