import { describe, expect, it } from 'vitest';
import { FNV_MODULE, fnv1aBytes, fnv1aUtf8 } from '../../src/lib/storage/fnv1a';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('fnv1aUtf8', () => {
  it('gives the published FNV-1a values', () => {
    // Test vectors of the FNV reference (32-bit FNV-1a): "" and "a" and "foobar".
    expect(fnv1aUtf8('')).toBe(0x811c9dc5);
    expect(fnv1aUtf8('a')).toBe(0xe40c292c);
    expect(fnv1aUtf8('foobar')).toBe(0xbf9cf968);
  });

  it('hashes the UTF-8 bytes: Danish letters, emoji and lone surrogates as TextEncoder writes them', () => {
    for (const text of ['Søren Ågård', 'æøå ÆØÅ', 'Café 👋🏽 ok', 'lone \ud800 half', '\udc00 at the start']) {
      expect(fnv1aUtf8(text)).toBe(fnv1aBytes(utf8(text)));
    }
  });

  it('gives the same value for a text longer than the module memory, whatever falls on the seams', () => {
    const person = '{"name":"Mette Østergaard","notes":"mødes 👋 på Café Ø"},';
    for (const repeat of [1, 1_200, 5_000]) {
      const text = person.repeat(repeat);
      expect(fnv1aUtf8(text)).toBe(fnv1aBytes(utf8(text)));
    }
    // A surrogate pair on every possible seam of the 65,536-byte page.
    for (let shift = 0; shift < 4; shift++) {
      const text = 'x'.repeat(21_843 + shift) + '👋'.repeat(30_000);
      expect(fnv1aUtf8(text)).toBe(fnv1aBytes(utf8(text)));
    }
  });

  it('tells texts apart that differ in one character', () => {
    const text = '{"closeness":"close"}'.repeat(3_000);
    expect(fnv1aUtf8(text)).not.toBe(fnv1aUtf8(text.replace(/close"}$/, 'xlose"}')));
  });
});

/** Signed LEB128, as WebAssembly writes an `i32.const` operand. */
function signedLeb(value: number): number[] {
  const out: number[] = [];
  let n = value | 0;
  for (;;) {
    const byte = n & 0x7f;
    n >>= 7;
    if ((n === 0 && (byte & 0x40) === 0) || (n === -1 && (byte & 0x40) !== 0)) return [...out, byte];
    out.push(byte | 0x80);
  }
}
/** Unsigned LEB128, as WebAssembly writes sizes and counts. */
function unsignedLeb(value: number): number[] {
  const out: number[] = [];
  let n = value >>> 0;
  do {
    const byte = n & 0x7f;
    n >>>= 7;
    out.push(n === 0 ? byte : byte | 0x80);
  } while (n !== 0);
  return out;
}
const section = (id: number, body: number[]) => [id, ...unsignedLeb(body.length), ...body];
const name = (text: string) => [text.length, ...Array.from(text, (c) => c.charCodeAt(0))];
const [HASH, LENGTH, I] = [0, 1, 2];
const [localGet, localSet, i32Const] = [0x20, 0x21, 0x41];

// prettier-ignore
const fnvBody = [
  1, 1, 0x7f,                                    // (local $i i32)
  0x02, 0x40,                                    // block
  0x03, 0x40,                                    // loop
  localGet, I, localGet, LENGTH, 0x4f,           //   i32.ge_u $i $length
  0x0d, 1,                                       //   br_if 1
  localGet, HASH, localGet, I, 0x2d, 0, 0,       //   $hash, i32.load8_u $i
  0x73,                                          //   i32.xor
  i32Const, ...signedLeb(16777619), 0x6c,        //   i32.mul by the FNV prime
  localSet, HASH,                                //   → $hash
  localGet, I, i32Const, 1, 0x6a, localSet, I,   //   $i + 1 → $i
  0x0c, 0,                                       //   br 0
  0x0b, 0x0b,                                    // end loop, end block
  localGet, HASH,                                // $hash
  0x0b,                                          // end
];
// prettier-ignore
const assembled = [
  0x00, 0x61, 0x73, 0x6d, 1, 0, 0, 0,                              // "\0asm", version 1
  ...section(1, [1, 0x60, 2, 0x7f, 0x7f, 1, 0x7f]),                // type 0: (i32, i32) → i32
  ...section(3, [1, 0]),                                           // one function, of type 0
  ...section(5, [1, 0, 1]),                                        // one memory of one page, no maximum
  ...section(7, [2, ...name('fnv'), 0, 0, ...name('memory'), 2, 0]), // exports: function 0, memory 0
  ...section(10, [1, ...unsignedLeb(fnvBody.length), ...fnvBody]), // code
];

describe('the WebAssembly module', () => {
  it('is the module its text describes, assembled instruction by instruction', () => {
    expect(FNV_MODULE).toBe(Buffer.from(assembled).toString('base64'));
  });
});

describe('the compiled module', () => {
  it('compiles, and hashes bytes in its memory as the JavaScript version does', () => {
    const module = new WebAssembly.Module(Buffer.from(FNV_MODULE, 'base64'));
    const { fnv, memory } = new WebAssembly.Instance(module).exports as {
      fnv: (hash: number, length: number) => number;
      memory: WebAssembly.Memory;
    };
    const bytes = utf8('Søren Ågård 👋 '.repeat(100));
    new Uint8Array(memory.buffer).set(bytes);
    expect(fnv(0x811c9dc5, bytes.length) >>> 0).toBe(fnv1aBytes(bytes));
    expect(fnv(fnv1aBytes(bytes.subarray(0, 10)), 0) >>> 0).toBe(fnv1aBytes(bytes.subarray(0, 10)));
  });
});
