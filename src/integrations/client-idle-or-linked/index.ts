import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';

/** Adds the `client:idleOrLinked` directive (see `directive.ts`). */
export default function clientIdleOrLinked(): AstroIntegration {
  return {
    name: 'netvaerkskompasset:client-idle-or-linked',
    hooks: {
      'astro:config:setup': ({ addClientDirective }) => {
        // A path: Astro bundles the directive with esbuild, which does not resolve file URLs.
        addClientDirective({ name: 'idleOrLinked', entrypoint: fileURLToPath(new URL('./directive.ts', import.meta.url)) });
      },
    },
  };
}
