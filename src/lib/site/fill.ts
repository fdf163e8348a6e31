/**
 * Fill `{name}` placeholders in a UI string; unknown placeholders stay visible. A value that ends with a full stop
 * where the string has one right after it ("Kender: {names}." with "Emil E." last) gives one full stop, not two.
 */
export function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string, offset: number) => {
    if (!(name in vars)) return match;
    const value = String(vars[name]);
    const stopAfter = template[offset + match.length] === '.';
    return stopAfter && value.endsWith('.') && !value.endsWith('..') ? value.slice(0, -1) : value;
  });
}
