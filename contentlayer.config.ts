import { makeSource } from "contentlayer2/source-remote-files";
import { CONTENT_COPY, syncContentCopy } from "./lib/content/vetted-copy";
import { journalContentDir } from "./lib/content/post-files";
// The document types live in lib/content/schema.ts, which the content check reads too.
import { Author, Post, SeriesRegistry, TagRegistry } from "./lib/content/schema";

// `npm run dev` (scripts/dev.ts) sets CONTENT_INVALID=skip: the journal keeps running without an invalid document
// while the dev banner shows the check's report on every page. Every build fails on one instead.
const skipInvalid = process.env.CONTENT_INVALID === "skip";

export default makeSource({
  // contentlayer reads a vetted copy of CONTENT_DIR, never the files themselves: see lib/content/vetted-copy.ts.
  contentDirPath: CONTENT_COPY,
  syncFiles: (copyDir) => syncContentCopy(journalContentDir(), copyDir, { skipRefused: skipInvalid }),
  documentTypes: [Post, Author, TagRegistry, SeriesRegistry],
  // The body is parsed once, by the content check's compile (lib/render/mdx-compile.ts): contentlayer keeps its
  // text (`body.raw`) and parses nothing. `parser` and `compiler` are unified's own documented processor fields.
  markdown: (builder) => {
    builder.parser = () => ({ type: "root", children: [] });
    builder.compiler = () => "";
  },
  // contentlayer2 skips invalid documents by default; a post must never vanish silently (in dev, the banner says why).
  onMissingOrIncompatibleData: skipInvalid ? "skip-warn" : "fail",
  onExtraFieldData: skipInvalid ? "warn" : "fail",
  onUnknownDocuments: skipInvalid ? "skip-warn" : "fail",
  disableImportAliasWarning: true,
});
