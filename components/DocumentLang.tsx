"use client";

import { useEffect } from "react";

// The root layout writes <html lang="zh-CN"> for every page, since a layout cannot see its URL;
// English pages also mark their content lang="en", and this corrects the document once loaded.
export function DocumentLang({ lang }: { lang: string }) {
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return null;
}
