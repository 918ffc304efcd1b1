/**
 * Reads the attributes MDX hands to the journal's components. With blockJS, MDX can only pass literal
 * strings (`width="640"`, `initial="true"`) and bare booleans (`initial`), and nothing checks them before
 * render: every reader here throws an Error naming the component, the prop and what was expected, so a
 * mistake fails the build instead of drawing something wrong.
 */
export type Props = Record<string, unknown>;

export function isProps(value: unknown): value is Props {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === true) return "a bare attribute";
  if (typeof value === "string") return JSON.stringify(value);
  return `a ${Array.isArray(value) ? "list" : typeof value}`;
}

/** `got` is already described (see describeValue), so callers can explain what is wrong with it. */
export function propError(tag: string, prop: string, expected: string, got: string, where?: string): Error {
  const place = where ? ` in ${where}` : "";
  return new Error(`${tag}${place}: prop "${prop}": expected ${expected}; got ${got}.`);
}

/** A tag as the author wrote it, e.g. `<Transition from="a" to="b">`, so an error points at the line. */
export function describeTag(component: string, props: Props, shown: readonly string[]): string {
  const attributes = shown
    .filter((name) => typeof props[name] === "string" || props[name] === true)
    .map((name) => (props[name] === true ? name : `${name}=${JSON.stringify(props[name])}`));
  return `<${[component, ...attributes].join(" ")}>`;
}

export type PropReader = {
  tag: string;
  text(name: string): string;
  optionalText(name: string): string | undefined;
  flag(name: string): boolean;
  oneOf<T extends string>(name: string, options: readonly T[], fallback: T): T;
  /** An error for prop `name`; `got` describes the value when the reason is not the value alone. */
  fail(name: string, expected: string, got?: string): Error;
};

/**
 * Checks that `props` holds only `allowed` names (a misspelt attribute would otherwise vanish) and returns
 * typed readers for them. `shown` names the attributes that identify the tag in error messages.
 */
export function readProps(
  component: string,
  props: Props,
  allowed: readonly string[],
  options: { shown?: readonly string[]; where?: string } = {},
): PropReader {
  const tag = describeTag(component, props, options.shown ?? []);
  const { where } = options;
  const fail = (name: string, expected: string, got = describeValue(props[name])) =>
    propError(tag, name, expected, got, where);

  for (const name of Object.keys(props)) {
    if (!allowed.includes(name)) {
      const expected = allowed.length ? `one of ${allowed.join(", ")}` : "no props";
      throw fail(name, `a known prop (${expected})`);
    }
  }

  const optionalText = (name: string) => {
    const value = props[name];
    if (value === undefined) return undefined;
    if (typeof value !== "string" || value.trim() === "") throw fail(name, `non-empty text, e.g. ${name}="…"`);
    return value.trim();
  };

  return {
    tag,
    fail,
    optionalText,
    text(name) {
      const value = optionalText(name);
      if (value === undefined) throw fail(name, `non-empty text, e.g. ${name}="…"`);
      return value;
    },
    flag(name) {
      const value = props[name];
      if (value === undefined || value === "false") return false;
      // "true" as well as the bare attribute: lib/content/body-tree.ts currently rejects bare attributes.
      if (value === true || value === "true") return true;
      throw fail(name, `a bare attribute (${name}) or ${name}="true"`);
    },
    oneOf(name, choices, fallback) {
      const value = props[name];
      if (value === undefined) return fallback;
      const match = choices.find((choice) => choice === value);
      if (match === undefined) throw fail(name, `one of ${choices.map((c) => `"${c}"`).join(", ")}`);
      return match;
    },
  };
}
