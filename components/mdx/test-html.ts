/** Small readers of rendered HTML for the components' tests. */
export const count = (html: string, pattern: RegExp) => [...html.matchAll(new RegExp(pattern, "g"))].length;

export const attributes = (html: string, name: string) =>
  [...html.matchAll(new RegExp(`\\s${name}="([^"]*)"`, "g"))].map((m) => m[1] ?? "");

export const textOf = (html: string) => html.replace(/<[^>]+>/g, "");
