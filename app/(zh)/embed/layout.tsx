// Embeds are framed alike in both languages (components/EmbedFrame.tsx).
export { default, metadata } from "@/components/EmbedFrame";
