// The deck covers the screen alike in both languages (components/DeckFrame.tsx).
export { default } from "@/components/DeckFrame";
