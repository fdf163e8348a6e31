import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';

/** The site's own client directives, each in a folder of its own with its `directive.ts`. */
const directives = {
  // `client:idleOrLinked`: like `client:idle`, and at once when a link opened the page inside the island.
  idleOrLinked: './client-idle-or-linked/directive.ts',
  // `client:nearOrLinked`: near the screen, once the reader uses the page, or at once when linked inside the island.
  nearOrLinked: './client-near-or-linked/directive.ts',
} as const;

/** Adds the site's client directives (typed in `src/client-directives.d.ts`). */
export default function clientDirectives(): AstroIntegration {
  return {
    name: 'netvaerkskompasset:client-directives',
    hooks: {
      'astro:config:setup': ({ addClientDirective }) => {
        for (const [name, file] of Object.entries(directives)) {
          // A path: Astro bundles the directive with esbuild, which does not resolve file URLs.
          addClientDirective({ name, entrypoint: fileURLToPath(new URL(file, import.meta.url)) });
        }
      },
    },
  };
}
