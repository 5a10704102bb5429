import { captionLines, IMAGE, IMAGE_HEIGHT, shapesDataUri, type ChartCaption } from "@/lib/charts/chartImage";
import type { ChartScene } from "@/lib/charts/chartScene";

/**
 * The chart PNG, as next/og draws it: the same scene and caption as the SVG download. next/og
 * renders text only with the fonts it is given, not inside an SVG, so the shapes are an SVG image
 * and the labels are laid over them here.
 */
export function ChartImage({ scene, caption }: { scene: ChartScene; caption: ChartCaption }) {
  const { title, legend, footer } = captionLines(caption);
  const box = 400;
  return (
    <div style={{ width: IMAGE.width, height: IMAGE_HEIGHT, display: "flex", flexDirection: "column", background: "#fff" }}>
      <div style={{ height: IMAGE.top, display: "flex", flexDirection: "column", justifyContent: "center", padding: "0 40px" }}>
        <div style={{ fontSize: 32, fontWeight: 700, color: "#111827" }}>{title}</div>
        <div style={{ fontSize: 20, color: "#4b5563", marginTop: 6 }}>{legend}</div>
      </div>
      <div style={{ position: "relative", width: IMAGE.width, height: IMAGE.chartHeight, display: "flex" }}>
        {/* eslint-disable-next-line @next/next/no-img-element -- next/og draws plain <img> only */}
        <img src={shapesDataUri(scene)} width={IMAGE.width} height={IMAGE.chartHeight} alt="" />
        {scene.labels.map(({ attrs, text }, i) => {
          const [x, y, size] = [Number(attrs.x) * IMAGE.scale, Number(attrs.y) * IMAGE.scale, Number(attrs["font-size"]) * IMAGE.scale];
          const anchor = attrs["text-anchor"];
          const left = anchor === "start" ? x : anchor === "end" ? x - box : x - box / 2;
          return (
            <div
              key={i}
              style={{
                position: "absolute", left, top: y - size * 0.88, width: box, lineHeight: 1, fontSize: size,
                fontWeight: Number(attrs["font-weight"] ?? 400), color: String(attrs.fill),
                display: "flex", justifyContent: anchor === "start" ? "flex-start" : anchor === "end" ? "flex-end" : "center",
              }}
            >
              {text}
            </div>
          );
        })}
      </div>
      <div style={{ height: IMAGE.bottom, display: "flex", flexDirection: "column", justifyContent: "center", padding: "0 40px", fontSize: 18, color: "#4b5563" }}>
        {footer.map((line, i) => (
          <div key={i} style={{ color: i === 0 ? "#111827" : "#4b5563", marginTop: i ? 6 : 0 }}>{line}</div>
        ))}
      </div>
    </div>
  );
}
