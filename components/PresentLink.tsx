import Link from "next/link";
import type { Slide } from "@/lib/deck/deck";

/** "Present this": opens the projector slide that shows what this page is about. */
export function PresentLink({ slide }: { slide: Slide }) {
  return (
    <Link
      href={`/present/${slide.slug}`}
      className="inline-flex min-h-11 items-center gap-1 rounded border-2 border-link px-3 text-sm font-semibold no-underline hover:bg-wash"
      data-present-link
    >
      <span aria-hidden="true">▶</span>演示<span className="sr-only">：在投影模式中打开“{slide.title}”</span>
    </Link>
  );
}
