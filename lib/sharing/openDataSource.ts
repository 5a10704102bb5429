// What every open-data file needs besides its indicators: the sources by id and the edition.
import "server-only";
import type { Edition } from "./openData";
import { getEdition, listSources } from "../queries/queries";
import type { SourceSummary } from "../model/views";

const day = (d: Date) => d.toISOString().slice(0, 10);

export async function openDataContext(): Promise<{ sources: Map<string, SourceSummary>; edition: Edition }> {
  const [sources, { version, updatedOn, statusDate }] = await Promise.all([listSources(), getEdition()]);
  return {
    sources: new Map(sources.map((s) => [s.id, s])),
    edition: { version, updated: updatedOn && day(updatedOn), status_date: day(statusDate) },
  };
}

/** A static file's response. `download` names the file a browser saves. */
export function fileResponse(body: string, contentType: string, download?: string): Response {
  const headers: Record<string, string> = { "Content-Type": contentType };
  if (download) headers["Content-Disposition"] = `attachment; filename="${download}"`;
  return new Response(body, { headers });
}

export const jsonResponse = (value: unknown, download?: string) =>
  fileResponse(`${JSON.stringify(value, null, 2)}\n`, "application/json; charset=utf-8", download);
