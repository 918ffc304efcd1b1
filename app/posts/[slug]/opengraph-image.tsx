import { notFound } from "next/navigation";
import { getPost, getPosts } from "@/lib/content/content";
import { postCard, socialCard, socialCardSize } from "@/lib/publish/social-card";

// Generated once at build time (a static export requires it to be said).
export const dynamic = "force-static";

export const alt = "The post's title, author and date on the Flight journal card";
export const size = socialCardSize;
export const contentType = "image/png";
export const dynamicParams = false;

export function generateStaticParams() {
  return getPosts().map((post) => ({ slug: post.slug }));
}

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const post = getPost((await params).slug);
  if (!post) notFound();
  return socialCard(postCard(post));
}
