declare module 'astro' {
  interface AstroClientDirectives {
    /** Hydrate when the browser is idle, or at once when the address's fragment points inside the island. */
    'client:idleOrLinked'?: boolean;
    /** Hydrate near the viewport, once the reader uses the page, or at once when linked inside the island. */
    'client:nearOrLinked'?: boolean;
  }
}
export {};
