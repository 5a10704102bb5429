// Starting the production server (scripts/serve.ts) from a measuring script, and reading its memory.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";

/**
 * The server runs as npx → tsx → node, in a process group of its own: stopServer ends the whole
 * group, since ending npx alone would leave the real server holding its port.
 */
export async function startServer(port: number, env: NodeJS.ProcessEnv = process.env): Promise<ChildProcess> {
  const server = spawn("npx", ["--no-install", "tsx", "scripts/serve.ts"], {
    env: { ...env, PORT: String(port) },
    stdio: ["ignore", "pipe", "inherit"],
    detached: true,
  });
  await new Promise<void>((resolve, reject) => {
    server.stdout!.on("data", (d: Buffer) => d.toString().includes("Serving on") && resolve());
    server.on("exit", (code) => reject(new Error(`the server exited with ${code}`)));
  });
  return server;
}

/** Resident memory of a process and everything it started (the server runs under npx and tsx), in bytes. */
export function residentBytes(pid: number): number {
  const own = Number(spawnSync("ps", ["-o", "rss=", "-p", String(pid)], { encoding: "utf8" }).stdout.trim() || 0) * 1024;
  const children = spawnSync("pgrep", ["-P", String(pid)], { encoding: "utf8" }).stdout.trim().split("\n").filter(Boolean);
  return own + children.map((c) => residentBytes(Number(c))).reduce((a, b) => a + b, 0);
}

export function stopServer(server: ChildProcess): void {
  try {
    process.kill(-server.pid!, "SIGTERM");
  } catch {
    // Already gone.
  }
}
