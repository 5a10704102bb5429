// Addresses that moved when the site became a folder of static files. Pure.
import type { Redirect } from "../data/redirects";

/**
 * `/api/v1/indicators` was a file beside the folder `/api/v1/indicators/` of the records; a folder of
 * static files cannot hold both, so the list is now `/api/v1/indicators.json`.
 */
export const MOVED: Redirect[] = [{ from: "/api/v1/indicators", to: "/api/v1/indicators.json", subpaths: false }];
