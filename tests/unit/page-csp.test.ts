import { describe, expect, it } from 'vitest';
import { cspHash, keepOwnHashes } from '../../src/integrations/page-csp';

const styleHere = 'body{margin:0}';
const scriptHere = 'console.log(1)';
const elsewhere = [cspHash('.other-page{color:red}'), cspHash('otherPage()')];
const page = (policy: string, body: string) =>
  `<html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`;
const policyOf = (html: string) => /content-security-policy" content="([^"]*)"/.exec(html)![1]!;

describe('keepOwnHashes', () => {
  it("keeps the hashes of the page's own inline scripts and styles and drops the other pages'", () => {
    const policy = `default-src 'none'; script-src 'self' ${cspHash(scriptHere)} ${elsewhere[1]}; style-src 'self' ${elsewhere[0]} ${cspHash(styleHere)}`;
    const html = keepOwnHashes(page(policy, `<style>${styleHere}</style><script type="module">${scriptHere}</script>`));
    expect(policyOf(html)).toBe(`default-src 'none'; script-src 'self' ${cspHash(scriptHere)}; style-src 'self' ${cspHash(styleHere)}`);
  });

  it('does not count a script loaded from a file as inline', () => {
    const hashOfEmpty = cspHash('');
    const html = keepOwnHashes(page(`script-src 'self' ${hashOfEmpty}`, '<script type="module" src="/_astro/a.js"></script>'));
    expect(policyOf(html)).toBe("script-src 'self'");
  });

  it('leaves the rest of the page as it was', () => {
    const body = `<style media="print">${styleHere}</style><p>Tekst</p>`;
    const html = keepOwnHashes(page(`style-src 'self' ${cspHash(styleHere)}`, body));
    expect(html).toBe(page(`style-src 'self' ${cspHash(styleHere)}`, body));
  });
});
