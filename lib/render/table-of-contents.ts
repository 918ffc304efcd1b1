/** A post's table of contents: its h2 sections, each with the h3 subsections that follow it. */
export type TocHeading = { id: string; text: string; depth: 2 | 3 };
export type TocSection = TocHeading & { subsections: TocHeading[] };

/** Nests headings in document order; an h3 before any h2 stands as a section of its own. */
export function tableOfContents(headings: readonly TocHeading[]): TocSection[] {
  const sections: TocSection[] = [];
  for (const heading of headings) {
    const current = sections[sections.length - 1];
    if (heading.depth === 3 && current) current.subsections.push(heading);
    else sections.push({ ...heading, subsections: [] });
  }
  return sections;
}
