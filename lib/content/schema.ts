/**
 * The content's schema: the document types contentlayer generates (contentlayer.config.ts) and the content check
 * reads (lib/check/). Only contentlayer's definition helpers are imported here, not its source plugin (its
 * telemetry, watcher and effect runtime), which would make the check several times slower to start.
 */
import { defineDocumentType, defineNestedType } from "contentlayer2/source-files/schema";
import { postSlug } from "./post-files";

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

/** One entry of the tag registry; exported for `npm run check` (lib/check/registry.ts). */
export const Tag = defineNestedType(() => ({
  name: "Tag",
  fields: {
    slug: { type: "string", required: true },
    label: { type: "string", required: true },
    description: { type: "string", required: true },
  },
}));

/** The tag registry: posts may only use the tags it lists (checked in lib/content/field-rules.ts). */
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

/** The series registry: a post's `series` must be one of these (checked in lib/content/field-rules.ts). */
export const SeriesRegistry = defineDocumentType(() => ({
  name: "SeriesRegistry",
  filePathPattern: "series.yml",
  contentType: "data",
  isSingleton: true,
  fields: { series: { type: "list", of: SeriesEntry, required: true } },
}));

export const Post = defineDocumentType(() => ({
  name: "Post",
  // Sub-folders (e.g. posts/2017/) are allowed for tidiness; the slug is the file name alone, or the folder's name
  // for a post with files of its own (posts/<slug>/index.mdx: lib/content/post-files.ts).
  filePathPattern: "posts/**/*.mdx",
  // "markdown" with a step that parses nothing (contentlayer.config.ts): the body is parsed once, by the content
  // check's compile (lib/render/mdx-compile.ts), whose result the pages and feeds use.
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
    slug: { type: "string", resolve: (post) => postSlug(post._raw.sourceFilePath) },
    url: { type: "string", resolve: (post) => `/posts/${postSlug(post._raw.sourceFilePath)}` },
  },
}));
