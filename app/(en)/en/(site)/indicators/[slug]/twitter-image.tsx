// The same card as the Open Graph image. (Next.js reads the two settings below from this file
// itself, so they are written here rather than re-exported.)
export { alt, contentType, default, generateStaticParams, size } from "./opengraph-image";
export const dynamic = "force-static";
export const dynamicParams = false;
