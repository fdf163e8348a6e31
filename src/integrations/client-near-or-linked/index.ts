import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';

/** Adds the `client:nearOrLinked` directive (see `directive.ts`). */
export default function clientNearOrLinked(): AstroIntegration {
  return {
    name: 'netvaerkskompasset:client-near-or-linked',
    hooks: {
      'astro:config:setup': ({ addClientDirective }) => {
        addClientDirective({ name: 'nearOrLinked', entrypoint: fileURLToPath(new URL('./directive.ts', import.meta.url)) });
      },
    },
  };
}
