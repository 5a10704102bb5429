import { ImageResponse } from "next/og";
import { imageFonts } from "@/lib/charts/imageFonts";
import { previewText, type PreviewCard } from "@/lib/pageMetadata/previewCard";

export const PREVIEW_SIZE = { width: 1200, height: 630 };

const TONE = { actual: "#8b1a1a", target: "#1e40af", plain: "#111827" };

/** A link preview (1200×630), laid out for next/og: flex boxes and inline styles only. */
export function PreviewImage({ card }: { card: PreviewCard }) {
  return (
    <div style={{ ...PREVIEW_SIZE, display: "flex", flexDirection: "column", background: "#fff", color: "#111827" }}>
      <div style={{ display: "flex", background: "#8b1a1a", color: "#fff", fontSize: 30, padding: "22px 56px" }}>{card.kicker}</div>
      <div style={{ display: "flex", flexDirection: "column", flex: 1, padding: "36px 56px 0" }}>
        <div style={{ fontSize: card.title.length > 16 ? 52 : 64, fontWeight: 700, lineHeight: 1.2 }}>{card.title}</div>
        <div style={{ display: "flex", gap: 48, marginTop: 36 }}>
          {card.figures.map((f) => (
            <div key={f.label} style={{ display: "flex", flexDirection: "column", flex: 1 }}>
              <div style={{ fontSize: 28, color: "#4b5563" }}>{f.label}</div>
              <div style={{ fontSize: f.value.length > 10 ? 36 : 64, fontWeight: 700, color: TONE[f.tone], lineHeight: 1.2, marginTop: 8 }}>
                {f.value}
              </div>
            </div>
          ))}
        </div>
        {card.progress && (
          <div style={{ display: "flex", flexDirection: "column", marginTop: 28 }}>
            <div style={{ display: "flex", width: 1088, height: 24, background: "#e5e7eb", borderRadius: 12 }}>
              <div style={{ width: Math.round(1088 * Math.min(Math.max(card.progress.share, 0), 1)), height: 24, background: "#8b1a1a", borderRadius: 12 }} />
            </div>
            <div style={{ fontSize: 26, marginTop: 8 }}>{card.progress.label}</div>
          </div>
        )}
        {card.note && <div style={{ fontSize: 28, marginTop: 20, color: "#374151" }}>{card.note}</div>}
      </div>
      <div style={{ display: "flex", fontSize: 24, color: "#4b5563", padding: "18px 56px", borderTop: "2px solid #d1d5db" }}>{card.footer}</div>
    </div>
  );
}

/** The PNG of a card, for opengraph-image.tsx and twitter-image.tsx. */
export async function previewImageResponse(card: PreviewCard): Promise<ImageResponse> {
  return new ImageResponse(<PreviewImage card={card} />, { ...PREVIEW_SIZE, fonts: await imageFonts(previewText(card)) });
}
