import { sectorRecord } from "@/lib/openData";
import { jsonResponse, openDataContext } from "@/lib/openDataSource";
import { listSectors } from "@/lib/queries";

export const dynamic = "force-static";

export async function GET() {
  const [sectors, { edition }] = await Promise.all([listSectors(), openDataContext()]);
  return jsonResponse({ edition, sectors: sectors.map(sectorRecord) });
}
