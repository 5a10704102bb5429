import { atomResponse } from "@/app/_files/updatesFeedFile";
import { listUpdates } from "@/lib/queries/queries";

// The Atom feed of the data's changelog in one language (/updates.xml, /en/updates.xml), written once at build time (a static file).
export const dynamic = "force-static";

export async function GET() {
  return atomResponse("zh", await listUpdates());
}
