import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * `public/_headers` (Netlify, Cloudflare Pages), the nginx and Apache examples in the README, and the
 * page CSP in `astro.config.mjs`: checked as text, without a build.
 */
const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

/** The `_headers` rules: a path line, then indented `Name: value` lines; `#` starts a comment. */
function parseHeadersFile(text: string): { path: string; headers: Map<string, string> }[] {
  const rules: { path: string; headers: Map<string, string> }[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: new Map() });
      continue;
    }
    const rule = rules[rules.length - 1];
    const colon = line.indexOf(':');
    if (!rule || colon < 0) throw new Error(`not a header line: ${line}`);
    const name = line.slice(0, colon).trim();
    if (rule.headers.has(name)) throw new Error(`${name} twice`);
    rule.headers.set(name, line.slice(colon + 1).trim());
  }
  return rules;
}

/** A CSP as directive name → sources. */
const cspDirectives = (policy: string) =>
  new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name!, sources.join(' ')]),
  );

const rules = parseHeadersFile(read('public/_headers'));
const all = rules.find((r) => r.path === '/*');
const header = (name: string) => all?.headers.get(name);

const expected = ['Content-Security-Policy', 'X-Frame-Options', 'X-Content-Type-Options', 'Referrer-Policy', 'Permissions-Policy'];

describe('public/_headers', () => {
  it('has one rule, for every path (/*), with every header', () => {
    expect(rules.map((r) => r.path)).toEqual(['/*']);
    expect([...(all?.headers.keys() ?? [])].sort()).toEqual([...expected].sort());
  });

  it('forbids framing, sniffing and referrers', () => {
    expect(cspDirectives(header('Content-Security-Policy') ?? '').get('frame-ancestors')).toBe("'none'");
    expect(header('X-Frame-Options')).toBe('DENY');
    expect(header('X-Content-Type-Options')).toBe('nosniff');
    expect(header('Referrer-Policy')).toBe('no-referrer');
  });

  it('has a CSP no stricter than the page CSP for what the pages load, and the same where both set a directive', () => {
    const header_ = cspDirectives(header('Content-Security-Policy') ?? '');
    expect([...header_.keys()].sort()).toEqual(['base-uri', 'form-action', 'frame-ancestors', 'object-src']);
    // A fetch directive in the header would be enforced as well as the page's hashes, and block them.
    for (const blocked of ['default-src', 'script-src', 'style-src', 'img-src', 'font-src', 'connect-src', 'worker-src', 'manifest-src'])
      expect(header_.has(blocked), blocked).toBe(false);
    const config = read('astro.config.mjs');
    const page = new Map([...config.matchAll(/"([a-z-]+) ([^"]+)"/g)].map((m) => [m[1]!, m[2]!]));
    expect(page.get('default-src')).toBe("'none'");
    expect(header_.get('object-src')).toBe("'none'");
    for (const [name, sources] of header_) if (page.has(name)) expect(sources, name).toBe(page.get(name));
    expect(header_.get('base-uri')).toBe(page.get('base-uri'));
    expect(header_.get('form-action')).toBe(page.get('form-action'));
  });

  it('grants the camera to the site itself and nothing else to anyone', () => {
    const features = new Map(
      (header('Permissions-Policy') ?? '').split(',').map((f) => {
        const [name, allow] = f.trim().split('=');
        return [name!, allow!] as const;
      }),
    );
    expect(features.get('camera')).toBe('(self)');
    for (const off of ['microphone', 'geolocation', 'payment', 'usb', 'browsing-topics']) expect(features.get(off), off).toBe('()');
    const granted = [...features].filter(([, allow]) => allow !== '()');
    expect(granted).toEqual([['camera', '(self)']]);
  });
});

describe('README: the same headers for nginx and Apache', () => {
  const readme = read('README.md');
  it.each(expected)('%s', (name) => {
    const value = header(name)!;
    expect(readme).toContain(`add_header ${name} "${value}" always;`);
    expect(readme).toContain(`Header always set ${name} "${value}"`);
  });
  it('no longer says no host configuration is needed', () => {
    expect(readme).not.toMatch(/no host configuration is required/);
  });
});
