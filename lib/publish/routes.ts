/** The addresses of the journal's listing pages, so routes, links and tests spell them once. */

/** The journal index is paginated: page 1 is the index itself, later pages live under /page/N. */
export function indexPagePath(number: number): string {
  return number === 1 ? "/" : `/page/${number}`;
}

export function authorPath(slug: string): string {
  return `/authors/${slug}`;
}

export function tagPath(slug: string): string {
  return `/tags/${slug}`;
}

/** The addresses of an index page's neighbours, for its links and its <link rel="prev"/"next">. */
export function indexNeighbourPaths(page: { previous: number | undefined; next: number | undefined }) {
  return {
    previous: page.previous === undefined ? undefined : indexPagePath(page.previous),
    next: page.next === undefined ? undefined : indexPagePath(page.next),
  };
}

export function seriesPath(slug: string): string {
  return `/series/${slug}`;
}
