// The iframe code a newsroom pastes to embed an indicator. The name goes into an attribute, so every
// character HTML gives meaning there is escaped: a name with quotation marks (New "four-above"
// enterprises) stays one title, and no name can add an attribute to the embedding page. Pure.
import { SITE_NAME, type Lang } from "../i18n/language";

const ESCAPES: Record<string, string> = { "&": "&amp;", '"': "&quot;", "<": "&lt;", ">": "&gt;" };

/** A text as the value of a double-quoted HTML attribute. */
export function attribute(text: string): string {
  return text.replace(/[&"<>]/g, (c) => ESCAPES[c]);
}

export function embedCode(lang: Lang, src: string, name: string): string {
  const title = lang === "en" ? `${name} (${SITE_NAME.en})` : `${name}（${SITE_NAME.zh}）`;
  return `<iframe src="${attribute(src)}" title="${attribute(title)}" width="100%" height="460" style="border:0;max-width:640px" loading="lazy"></iframe>`;
}
