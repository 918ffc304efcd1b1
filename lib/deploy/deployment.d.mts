export type SiteEnvironment = "production" | "preview" | "development";
export type SiteOutput = "server" | "export";

export declare const siteEnvironments: readonly SiteEnvironment[];
export declare const siteOutputs: readonly SiteOutput[];

/** One build's deployment: read once from the environment by readDeployment. */
export type Deployment = {
  environment: SiteEnvironment;
  /** The production journal's public address, without a trailing slash (SITE_URL). */
  siteUrl: string;
  /** The sub-path this build is served under, "" at the root (BASE_PATH). */
  basePath: string;
  output: SiteOutput;
  /** Entries on each page of the journal index (POSTS_PER_PAGE). */
  postsPerPage: number;
  /** The branch and commit a preview was built from, when known. */
  branch: string | undefined;
  commit: string | undefined;
  shortCommit: string | undefined;
  /** Vercel's stable address of the branch's latest preview (VERCEL_BRANCH_URL). */
  branchUrl: string | undefined;
  showsUnpublished: boolean;
  indexable: boolean;
};

export declare function readDeployment(
  env?: Readonly<Record<string, string | undefined>>,
  options?: { readGit?: (args: string[]) => string | undefined },
): Deployment;

export declare function withBasePath(basePath: string, path: string): string;
