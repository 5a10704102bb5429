import type { Lang } from "@/lib/i18n/language";
import type { DataUpdateView } from "@/lib/model/views";
import { updatesFeed } from "@/lib/feed/updatesFeed";

/** The response of /updates.xml and /en/updates.xml: the changelog's Atom feed of the updates the route hands it. */
export function atomResponse(lang: Lang, updates: DataUpdateView[]): Response {
  return new Response(updatesFeed(lang, updates), { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
}
