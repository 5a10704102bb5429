// The two servers the browser suite runs against (playwright.config.ts starts both): `npm start`
// (serve-handler with deploy/serve.json) and nginx with the generated configuration.
export const START_PORT = Number(process.env.E2E_PORT ?? 3123);
// E2E_PORT + 1 is taken by the "newsroom" of journalists.spec.ts, which frames the embed page.
export const NGINX_PORT = Number(process.env.E2E_NGINX_PORT ?? START_PORT + 2);

export const SERVERS = [
  { name: "npm start", baseURL: `http://localhost:${START_PORT}` },
  { name: "nginx", baseURL: `http://localhost:${NGINX_PORT}` },
] as const;
