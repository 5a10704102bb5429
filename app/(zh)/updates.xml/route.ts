import { atomResponse } from "@/lib/sharing/atomResponse";

// The Atom feed of the data's changelog in one language (/updates.xml, /en/updates.xml), written once at build time (a static file).
export const dynamic = "force-static";

export function GET() {
  return atomResponse("zh");
}
