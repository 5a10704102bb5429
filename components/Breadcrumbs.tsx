import { Fragment } from "react";
import { pathIn, type Lang } from "@/lib/i18n/language";

const TEXT = {
  zh: { overview: "总览", label: "当前位置" },
  en: { overview: "Overview", label: "Breadcrumb" },
} satisfies Record<Lang, { overview: string; label: string }>;

/**
 * Where a page sits: the overview, any pages between, then this page's own name (not a link).
 * The links are 44 px tap targets (tests/e2e/tap-targets.spec.ts), plain links (see SiteHeader);
 * paths are given without /en.
 */
export function Breadcrumbs({ lang, trail = [], here }: { lang: Lang; trail?: { path: string; label: string }[]; here: string }) {
  const links = [{ path: "/", label: TEXT[lang].overview }, ...trail];
  return (
    <nav aria-label={TEXT[lang].label} className="text-sm">
      {links.map(({ path, label }) => (
        <Fragment key={path}>
          <a href={pathIn(lang, path)} className="tap">{label}</a> <span aria-hidden="true">›</span>{" "}
        </Fragment>
      ))}
      <span>{here}</span>
    </nav>
  );
}
