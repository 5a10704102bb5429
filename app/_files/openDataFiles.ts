// The responses of the open-data files (API records, downloads): the routes fetch, these wrap what
// they are handed.
/** A static file's response. `download` names the file a browser saves. */
export function fileResponse(body: string, contentType: string, download?: string): Response {
  const headers: Record<string, string> = { "Content-Type": contentType };
  if (download) headers["Content-Disposition"] = `attachment; filename="${download}"`;
  return new Response(body, { headers });
}

export const jsonResponse = (value: unknown, download?: string) =>
  fileResponse(`${JSON.stringify(value, null, 2)}\n`, "application/json; charset=utf-8", download);
