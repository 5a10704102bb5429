import type { Server } from "node:http";

/** An HTTP server (not yet listening) for the folder `root` with a serve.json `config`. */
export function createStaticServer(root: string, config: object): Server;
