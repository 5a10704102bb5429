// The English deck covers the screen like the Chinese one (app/(zh)/present/layout.tsx).
export { default } from "@/app/(zh)/present/layout";
