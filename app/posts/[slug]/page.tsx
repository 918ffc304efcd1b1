import { JournalLink } from "@/components/mdx/journal-link";
import { notFound } from "next/navigation";
import { CopyCode } from "@/components/copy-code";
import { FigureZoom } from "@/components/figure-zoom";
import { PostHeader } from "@/components/post-header";
import { PostPager } from "@/components/post-pager";
import { PostStructuredData } from "@/components/post-structured-data";
import { RelatedPosts } from "@/components/related-posts";
import { SeriesBox, SeriesNext } from "@/components/series-box";
import { TableOfContents } from "@/components/table-of-contents";
import {
  getAdjacentPosts,
  getPost,
  getPosts,
  getRelatedPosts,
  getSeriesOf,
  postFile,
  postFilesOf,
  postText,
} from "@/lib/content/collection";
import { authorModified } from "@/lib/content/publishing";
import { postCard } from "@/lib/publish/card-address";
import { renderMdx } from "@/lib/render/mdx";
import { pageMetadata } from "@/lib/publish/metadata";
import { editUrl } from "@/lib/site";

type Props = { params: Promise<{ slug: string }> };

// Only the posts known at build time exist; any other slug is the site's 404.
export const dynamicParams = false;

export function generateStaticParams() {
  return getPosts().map((post) => ({ slug: post.slug }));
}

export async function generateMetadata({ params }: Props) {
  const { slug } = await params;
  const post = getPost(slug);
  if (!post) return {};
  return pageMetadata({
    title: post.title,
    description: post.summary,
    path: post.url,
    article: {
      publishedTime: post.date,
      modifiedTime: authorModified(post),
      authors: [post.author.name],
      tags: post.tags,
    },
    card: postCard(post),
  });
}

export default async function PostPage({ params }: Props) {
  const { slug } = await params;
  const post = getPost(slug);
  if (!post) notFound();
  const { content: body, headings } = await renderMdx(postText(post), postFile(post), postFilesOf(post));
  const series = getSeriesOf(post);
  return (
    <>
      {/* The search index reads only this element of the build's HTML (lib/search/build-index.ts). */}
      <article data-pagefind-body>
        <PostHeader post={post} />
        <PostStructuredData post={post} series={series?.series} />
        {series && <SeriesBox place={series} />}
        <TableOfContents headings={headings} />
        <div className="prose max-w-measure leading-relaxed text-pretty lg:prose-lg prose-headings:scroll-mt-6 prose-headings:tracking-tight prose-code:before:content-none prose-code:after:content-none prose-pre:p-0">
          {post.summary.split(/\n\s*\n/).map((paragraph) => (
            <p key={paragraph} className="text-lede text-muted">
              {paragraph}
            </p>
          ))}
          {body}
        </div>
        {series && <SeriesNext place={series} />}
        <footer
          data-print-hidden
          className="mt-12 flex flex-wrap justify-between gap-4 border-t border-line pt-6 text-sm"
        >
          <JournalLink href="/" className="text-accent hover:underline">
            ← Back to the journal
          </JournalLink>
          <a data-print-hidden href={editUrl(post._raw.sourceFilePath)} className="text-muted underline hover:text-ink">
            Edit this post
          </a>
        </footer>
      </article>
      <CopyCode />
      <FigureZoom />
      <PostPager {...getAdjacentPosts(post)} />
      <RelatedPosts posts={getRelatedPosts(post)} />
    </>
  );
}
