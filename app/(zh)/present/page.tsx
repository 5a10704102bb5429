import type { Metadata } from "next";
import { SlideFrame } from "@/components/SlideFrame";
import { getDeck } from "@/lib/queries";

export const metadata: Metadata = {
  title: "投影演示",
  description: "平城区“四步走”目标与2023年成绩的投影演示：用键盘或翻页笔翻页，每张幻灯片都有二维码通往网页。",
};

/**
 * The deck opens at its first slide. Printed, /present is the whole deck as a handout, one slide a
 * page: the other slides are in the page for print only.
 */
export default async function PresentPage() {
  const deck = await getDeck();
  return deck.map((slide, index) =>
    index === 0 ? (
      <SlideFrame key={slide.slug} deck={deck} index={index} controls />
    ) : (
      <div key={slide.slug} className="hidden print:block">
        <SlideFrame deck={deck} index={index} controls={false} />
      </div>
    ),
  );
}
