// Starting the production servers from a measuring script, and reading their memory: `npm start`
// (scripts/start.ts) or nginx (scripts/serve-nginx.ts), both serving the static export.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";

export type ServerKind = "npm start" | "nginx";

const COMMANDS: Record<ServerKind, string[]> = {
  "npm start": ["node", "--import", "tsx", "scripts/start.ts"],
  nginx: ["npx", "--no-install", "tsx", "scripts/serve-nginx.ts"],
};

/**
 * The server runs in a process group of its own: stopServer ends the whole group, since ending the
 * wrapper alone (npx, tsx) could leave the real server holding its port.
 */
export async function startServer(port: number, env: NodeJS.ProcessEnv = process.env, kind: ServerKind = "npm start"): Promise<ChildProcess> {
  const [cmd, ...args] = COMMANDS[kind];
  const server = spawn(cmd, args, { env: { ...env, PORT: String(port) }, stdio: ["ignore", "pipe", "inherit"], detached: true });
  await new Promise<void>((resolve, reject) => {
    server.stdout!.on("data", (d: Buffer) => d.toString().includes("Serving on") && resolve());
    server.on("exit", (code) => reject(new Error(`${kind} exited with ${code}`)));
  });
  // nginx prints before its workers listen; wait until the port answers.
  for (let i = 0; i < 100; i++) {
    if (await fetch(`http://localhost:${port}/`).then(() => true, () => false)) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return server;
}

/** Resident memory of a process and everything it started, in bytes; `only` keeps the processes whose command it names. */
export function residentBytes(pid: number, only?: string): number {
  const [rss, comm] = spawnSync("ps", ["-o", "rss=,comm=", "-p", String(pid)], { encoding: "utf8" }).stdout.trim().split(/\s+/);
  const own = !only || comm === only ? Number(rss || 0) * 1024 : 0;
  const children = spawnSync("pgrep", ["-P", String(pid)], { encoding: "utf8" }).stdout.trim().split("\n").filter(Boolean);
  return own + children.map((c) => residentBytes(Number(c), only)).reduce((a, b) => a + b, 0);
}

/** The memory of the server itself: nginx's master and workers, not the script that started them. */
export const serverBytes = (server: ChildProcess, kind: ServerKind) => residentBytes(server.pid!, kind === "nginx" ? "nginx" : undefined);

export function stopServer(server: ChildProcess): void {
  try {
    process.kill(-server.pid!, "SIGTERM");
  } catch {
    // Already gone.
  }
}
