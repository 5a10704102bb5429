// How the audience window and the speaker view (/present/speaker) keep to the same slide: messages on
// a BroadcastChannel, which joins windows of one origin in one browser with no server and no network.
// Pure: the words of the conversation and the clicker's keys.

/** One channel per language: an English speaker view follows the English deck. */
export const deckChannelName = (lang: string) => `pingcheng-deck-${lang}`;

export type DeckMessage =
  /** The audience window shows this slide (sent when a slide opens, and in answer to "where"). */
  | { type: "at"; slug: string }
  /** The speaker view asks the audience window to show this slide. */
  | { type: "go"; slug: string }
  /** The speaker view has just opened and asks where the audience window is. */
  | { type: "where" };

export function isDeckMessage(value: unknown): value is DeckMessage {
  if (typeof value !== "object" || value === null) return false;
  const m = value as { type?: unknown; slug?: unknown };
  return m.type === "where" || ((m.type === "at" || m.type === "go") && typeof m.slug === "string");
}

export type ClickerMove = "next" | "previous" | "first" | "last";

/**
 * What a key does in the deck: what a wireless clicker sends (PageDown/PageUp, sometimes arrows or
 * Space), plus Home/End. Undefined for any other key. The audience window and the speaker view share it.
 */
export function clickerMove(key: string, shift: boolean): ClickerMove | undefined {
  switch (key) {
    case "ArrowRight":
    case "PageDown":
      return "next";
    case " ":
      return shift ? "previous" : "next";
    case "ArrowLeft":
    case "PageUp":
      return "previous";
    case "Home":
      return "first";
    case "End":
      return "last";
    default:
      return undefined;
  }
}
