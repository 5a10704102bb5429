import "server-only";
import type { Lang } from "../i18n/language";
import { listUpdates } from "../queries/queries";
import { updatesFeed } from "./updatesFeed";

/** The response of /updates.xml and /en/updates.xml: the changelog's Atom feed. */
export async function atomResponse(lang: Lang): Promise<Response> {
  return new Response(updatesFeed(lang, await listUpdates()), {
    headers: { "Content-Type": "application/atom+xml; charset=utf-8" },
  });
}
