declare module 'astro' {
  interface AstroClientDirectives {
    /** Hydrate when the browser is idle, or at once when the address's fragment points inside the island. */
    'client:idleOrLinked'?: boolean;
  }
}
export {};
