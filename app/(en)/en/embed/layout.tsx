// English embeds are framed like the Chinese ones (app/(zh)/embed/layout.tsx): no header or footer.
export { default, metadata } from "@/app/(zh)/embed/layout";
