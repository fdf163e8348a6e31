import H2 from './H2.astro';
import H3 from './H3.astro';
import Link from './Link.astro';
import { linksNeedBase } from './linksNeedBase';

/** Replacements for plain Markdown elements in every MDX body we render (links only under a sub-path: see linksNeedBase). */
export const mdxComponents = linksNeedBase(import.meta.env.BASE_URL) ? { h2: H2, h3: H3, a: Link } : { h2: H2, h3: H3 };
