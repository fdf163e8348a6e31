/* The route map is needed by `src/lib` (article paths, feeds) as much as by pages; it lives in `src/lib/site/routes.ts`. */
export * from '../lib/site/routes';
