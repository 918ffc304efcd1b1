import { Children, isValidElement, type ReactNode } from "react";
import { isProps, type Props } from "@/lib/diagrams/props";

/**
 * Reads a diagram's children as data. Markers such as <State> render nothing: the parent reads their
 * props. MDX wraps markers written on one line in a paragraph, so paragraphs are looked into; any
 * other child (text, a list, another component) would be dropped from the diagram, so it fails.
 */
export function collectMarkers<Kind extends string>(
  children: ReactNode,
  parent: string,
  kinds: ReadonlyMap<unknown, Kind>,
): Array<{ kind: Kind; props: Props }> {
  const markers: Array<{ kind: Kind; props: Props }> = [];
  const expected = [...kinds.values()].map((kind) => `<${kind}>`).join(" and ");
  const fail = (got: string) => new Error(`${parent}: children: expected only ${expected} markers; got ${got}.`);

  const visit = (node: unknown) => {
    Children.forEach(node, (child) => {
      if (child === null || child === undefined || typeof child === "boolean") return;
      if (typeof child === "string" || typeof child === "number") {
        if (String(child).trim()) throw fail(`the text ${JSON.stringify(String(child).trim())}`);
        return;
      }
      if (!isValidElement(child) || !isProps(child.props)) throw fail("something that is not an element");
      const kind = kinds.get(child.type);
      if (kind !== undefined) markers.push({ kind, props: child.props });
      else if (child.type === "p") visit(child.props.children);
      else throw fail(`<${typeof child.type === "string" ? child.type : "another component"}>`);
    });
  };
  visit(children);
  return markers;
}
