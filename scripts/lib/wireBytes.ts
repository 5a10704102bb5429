// What one response costs on the wire: the bytes a server sends for a request over plain HTTP/1.1,
// its status line and headers and its body, counted on the socket. Used by `npm run bench`.
import net from "node:net";

export interface WireBytes {
  headers: number;
  body: number;
}

export function wireBytes(url: string, acceptEncoding?: string): Promise<WireBytes> {
  const { hostname, port, pathname, search } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname === "localhost" ? "127.0.0.1" : hostname);
    const chunks: Buffer[] = [];
    socket.on("data", (chunk) => chunks.push(chunk));
    socket.on("error", reject);
    socket.on("end", () => {
      const all = Buffer.concat(chunks);
      const headers = all.indexOf("\r\n\r\n") + 4;
      resolve({ headers, body: all.length - headers });
    });
    const encoding = acceptEncoding ? `Accept-Encoding: ${acceptEncoding}\r\n` : "";
    socket.write(`GET ${pathname}${search} HTTP/1.1\r\nHost: ${hostname}\r\n${encoding}Connection: close\r\n\r\n`);
  });
}
