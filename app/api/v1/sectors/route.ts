import { sectorRecord } from "@/lib/sharing/openData";
import { jsonResponse, openDataContext } from "@/lib/sharing/openDataSource";
import { listSectors } from "@/lib/queries/queries";

export const dynamic = "force-static";

export async function GET() {
  const [sectors, { edition }] = await Promise.all([listSectors(), openDataContext()]);
  return jsonResponse({ edition, sectors: sectors.map(sectorRecord) });
}
