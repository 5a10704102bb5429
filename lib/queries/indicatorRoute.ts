// The GET handler of a file under /indicators/[slug]/ (data.csv, chart.png, …): finds the indicator
// and hands it to `render`. The route's own file declares it static, as Next.js needs to read that there.
import "server-only";
import { notFound } from "next/navigation";
import type { IndicatorDetail } from "../model/views";
import { getIndicator } from "./queries";

type Context = { params: Promise<{ slug: string }> };

export function indicatorFile(render: (indicator: IndicatorDetail) => Promise<Response>) {
  return async function GET(_request: Request, { params }: Context): Promise<Response> {
    const indicator = await getIndicator((await params).slug);
    if (!indicator) notFound();
    return render(indicator);
  };
}
