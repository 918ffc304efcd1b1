import type { MDXComponents } from "mdx/types";
import type { ComponentProps } from "react";

/** Wide content (tables) scrolls inside its own box instead of widening the page on small screens. */
function Table(props: ComponentProps<"table">) {
  return (
    <div className="overflow-x-auto">
      <table {...props} />
    </div>
  );
}

export const mdxComponents: MDXComponents = { table: Table };
