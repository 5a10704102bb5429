// The two servers the browser suite runs against (playwright.config.ts starts both): `npm start`
// and nginx with the generated configuration, and a way to send them an address exactly as spelt.
import http from "node:http";

export const START_PORT = Number(process.env.E2E_PORT ?? 3123);
// E2E_PORT + 1 is taken by the "newsroom" of journalists.spec.ts, which frames the embed page.
export const NGINX_PORT = Number(process.env.E2E_NGINX_PORT ?? START_PORT + 2);

export const SERVERS = [
  { name: "npm start", baseURL: `http://localhost:${START_PORT}` },
  { name: "nginx", baseURL: `http://localhost:${NGINX_PORT}` },
] as const;

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/**
 * One request with the path sent byte for byte: fetch and Playwright's request context both resolve
 * dot segments and backslashes (and read `//host/` as another host) before anything is sent.
 */
export function rawRequest(
  baseURL: string,
  method: string,
  path: string,
  headers: Record<string, string> = {},
  agent?: http.Agent,
  timeout = 30_000,
): Promise<RawResponse> {
  const { hostname, port } = new URL(baseURL);
  return new Promise((resolve, reject) => {
    const request = http.request({ host: hostname === "localhost" ? "127.0.0.1" : hostname, port, method, path, headers, agent, timeout }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }));
      response.on("error", reject);
    });
    request.on("error", reject);
    request.on("timeout", () => request.destroy(new Error(`no answer within ${timeout} ms`)));
    request.end();
  });
}
