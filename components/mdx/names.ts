/** The components authors may use in MDX; the content check rejects any other capitalised tag. */
export const mdxComponentNames = [] as const;
