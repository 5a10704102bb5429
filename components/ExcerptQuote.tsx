import Link from "next/link";
import type { FigureView } from "@/lib/queries/queries";
import { excerptId } from "@/lib/source/sourceReader";

/**
 * The source's own words for a figure, with our note on damage or definitions kept visibly separate,
 * and a link to the excerpt highlighted in the full source text, so a reader can check it in context.
 */
export function ExcerptQuote({ figure, sourceTitle }: { figure: Pick<FigureView, "excerpt" | "noteZh" | "sourceId" | "excerptStart">; sourceTitle: string }) {
  return (
    <div className="mt-2 text-sm">
      <blockquote className="border-l-4 border-line bg-wash px-3 py-2">
        <p className="text-ink">
          <span className="mr-1 font-semibold text-muted">原文：</span>“{figure.excerpt}”
        </p>
        <footer className="mt-1 text-muted">
          ——《{sourceTitle}》 ·{" "}
          <Link href={`/sources/${figure.sourceId}#${excerptId(figure.excerptStart, figure.excerpt)}`} data-testid="excerpt-link">
            在原文中查看
          </Link>
        </footer>
      </blockquote>
      {figure.noteZh && (
        <p className="mt-1 text-muted">
          <span className="font-semibold">编者注（本站）：</span>
          {figure.noteZh}
        </p>
      )}
    </div>
  );
}
