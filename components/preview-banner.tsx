import { deployment } from "@/lib/site";

/**
 * On every page of a preview deployment: which branch and commit this is, and that drafts show and crawlers
 * are turned away. Production renders nothing.
 */
export function PreviewBanner() {
  if (deployment.environment !== "preview") return null;
  const { branch, shortCommit, commit, branchUrl } = deployment;
  return (
    <aside
      aria-label="Preview deployment"
      data-preview-banner
      data-print-hidden
      className="bg-warn px-4 py-2 text-center text-sm text-paper"
    >
      <strong className="font-semibold">Preview</strong>
      {branch ? (
        <>
          {" "}
          of branch <code className="font-mono">{branch}</code>
        </>
      ) : null}
      {shortCommit ? (
        <>
          {" "}
          at commit{" "}
          <code className="font-mono" title={commit}>
            {shortCommit}
          </code>
        </>
      ) : null}
      . Drafts and scheduled posts are shown; search engines are asked not to index this deployment.
      {branchUrl ? (
        <>
          {" "}
          <a className="underline" href={branchUrl}>
            Latest preview of this branch
          </a>
        </>
      ) : null}
    </aside>
  );
}
