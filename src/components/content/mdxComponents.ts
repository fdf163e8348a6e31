import H2 from './H2.astro';
import H3 from './H3.astro';
import Link from './Link.astro';

/** Replacements for plain Markdown elements in every MDX body we render. */
export const mdxComponents = { h2: H2, h3: H3, a: Link };
