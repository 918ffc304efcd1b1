import { defineDocumentType, defineNestedType } from "contentlayer2/source-files";
import { makeSource } from "contentlayer2/source-remote-files";
import { CONTENT_COPY, syncContentCopy } from "./lib/content/content-source";
import { mdxSourceStep } from "./lib/content/mdx-source";
import { readingTime } from "./lib/content/reading-time";
import { reportContentProblems } from "./lib/content/content-rules";

const CONTENT_DIR = process.env.CONTENT_DIR ?? "content";
// `npm run dev` (scripts/dev.ts) sets CONTENT_INVALID=skip: the journal keeps running without an invalid document
// while the dev banner shows the check's report on every page. Every build fails on one instead.
const skipInvalid = process.env.CONTENT_INVALID === "skip";

const fileStem = (path: string) => path.replace(/^.*\//, "").replace(/\.[^.]+$/, "");

export const Author = defineDocumentType(() => ({
  name: "Author",
  filePathPattern: "authors/*.yml",
  contentType: "data",
  fields: {
    name: { type: "string", required: true },
    role: { type: "string", required: true },
    avatar: { type: "string", description: "Path under public/, e.g. /authors/ada.jpg" },
    bio: { type: "string" },
  },
  computedFields: {
    slug: { type: "string", resolve: (author) => fileStem(author._raw.sourceFilePath) },
  },
}));

/** One entry of the tag registry; exported for `npm run check` (lib/check/tag-registry.ts). */
export const Tag = defineNestedType(() => ({
  name: "Tag",
  fields: {
    slug: { type: "string", required: true },
    label: { type: "string", required: true },
    description: { type: "string", required: true },
  },
}));

/** The tag registry: posts may only use the tags it lists (checked in lib/content/content-rules.ts). */
export const TagRegistry = defineDocumentType(() => ({
  name: "TagRegistry",
  filePathPattern: "tags.yml",
  contentType: "data",
  isSingleton: true,
  fields: { tags: { type: "list", of: Tag, required: true } },
}));

/** One entry of the series registry; exported for `npm run check` (lib/check/registry.ts). */
export const SeriesEntry = defineNestedType(() => ({
  name: "SeriesEntry",
  fields: {
    slug: { type: "string", required: true },
    title: { type: "string", required: true },
    description: { type: "string", required: true },
  },
}));

/** The series registry: a post's `series` must be one of these (checked in lib/content/content-rules.ts). */
export const SeriesRegistry = defineDocumentType(() => ({
  name: "SeriesRegistry",
  filePathPattern: "series.yml",
  contentType: "data",
  isSingleton: true,
  fields: { series: { type: "list", of: SeriesEntry, required: true } },
}));

export const Post = defineDocumentType(() => ({
  name: "Post",
  // Sub-folders (e.g. posts/2017/) are allowed for tidiness; the slug is the file name alone.
  filePathPattern: "posts/**/*.mdx",
  // "markdown" (not "mdx"): this step only parses and checks the body; lib/render/mdx.tsx compiles it once, at render.
  contentType: "markdown",
  fields: {
    title: { type: "string", required: true },
    // Strings, not contentlayer dates: those roll 2025-02-30 over to 2025-03-02 instead of failing.
    date: {
      type: "string",
      required: true,
      description: "Publication day, YYYY-MM-DD, or a date-time with its zone (2024-05-01T09:30:00Z)",
    },
    updated: { type: "string", description: "Day (or date-time) of the last change readers should know about" },
    author: { type: "reference", of: Author, embedDocument: false, required: true },
    summary: { type: "string", required: true },
    tags: { type: "list", of: { type: "string" }, default: [] },
    series: { type: "string", description: "Slug of the series in content/series.yml the post is a part of" },
    draft: { type: "boolean", default: false },
  },
  computedFields: {
    slug: { type: "string", resolve: (post) => fileStem(post._raw.sourceFilePath) },
    url: { type: "string", resolve: (post) => `/posts/${fileStem(post._raw.sourceFilePath)}` },
    // body.html is the body's plain text (see lib/content/mdx-source.ts), so markup is not counted as words.
    readingTime: { type: "number", resolve: (post) => readingTime(post.body.html).minutes },
  },
}));

// contentlayer calls onSuccess even when it has already failed and written nothing; it reports that itself.
async function generatedData<T>(getData: () => Promise<T>): Promise<T | undefined> {
  try {
    return await getData();
  } catch {
    return undefined;
  }
}

export default makeSource({
  // contentlayer reads a vetted copy of CONTENT_DIR, never the files themselves: see lib/content/content-source.ts.
  contentDirPath: CONTENT_COPY,
  syncFiles: (copyDir) => syncContentCopy(CONTENT_DIR, copyDir, { skipRefused: skipInvalid }),
  documentTypes: [Post, Author, TagRegistry, SeriesRegistry],
  markdown: (builder) => mdxSourceStep(builder, { reject: !skipInvalid }),
  // contentlayer2 skips invalid documents by default; a post must never vanish silently (in dev, the banner says why).
  onMissingOrIncompatibleData: skipInvalid ? "skip-warn" : "fail",
  onExtraFieldData: skipInvalid ? "warn" : "fail",
  onUnknownDocuments: skipInvalid ? "skip-warn" : "fail",
  disableImportAliasWarning: true,
  onSuccess: async (getData) => reportContentProblems(await generatedData(getData)),
});
