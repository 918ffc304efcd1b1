export type Header = { key: string; value: string };
/** Headers for every path matching `path` ("*": any characters); a later rule's header replaces an earlier one's. */
export type HeaderRule = { path: string; headers: Header[] };
type Options = { basePath: string; indexable: boolean };

export declare const contentSecurityPolicy: string;
export declare const immutableCache: string;
export declare const shortLivedCache: string;
export declare const mediaSecurityPolicy: string;
export declare function securityHeaders(options: { indexable: boolean }): Header[];
export declare function headerRules(options: Options): HeaderRule[];
export declare function nextHeaders(options: { indexable: boolean }): { source: string; headers: Header[] }[];
export declare function headersFile(options: Options): string;
export declare function vercelConfig(options: Options): {
  cleanUrls: boolean;
  trailingSlash: boolean;
  headers: { source: string; headers: Header[] }[];
};
export declare function nginxConfig(options: Options & { root: string }): string;
export declare function serveConfig(options: { indexable: boolean }): {
  cleanUrls: boolean;
  trailingSlash: boolean;
  directoryListing: boolean;
  headers: { source: string; headers: Header[] }[];
};
