/**
 * 32-bit FNV-1a over the UTF-8 bytes of a text, for `textMark`.
 *
 * The hash runs on every visit, over the whole stored text (300 KB for a thousand contacts), in the task that runs
 * the island's code, and only once: a JavaScript loop never gets past the browser's slow first tiers. Measured in a
 * fresh Chromium page each time (8 pages, no CPU slowdown), that text took 9–25 ms in JavaScript, and 5–8 ms in
 * WebAssembly with the text encoded by the browser's own `TextEncoder`, compiling the module included; in Lighthouse's
 * traces of the contact map, about 8–10 ms against 3–5 ms. The module is tiny (below) and is compiled synchronously
 * the first time it is needed. Where WebAssembly is not offered, the same hash is worked out in JavaScript.
 */

const OFFSET_BASIS = 0x811c9dc5;
const PRIME = 16777619;

/** The hash of `bytes`, continuing from `hash`: the JavaScript version, and the reference the module is tested against. */
export function fnv1aBytes(bytes: Uint8Array, hash = OFFSET_BASIS): number {
  let h = hash | 0;
  for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ bytes[i]!, PRIME);
  return h >>> 0;
}

/**
 * The module, in WebAssembly's text format:
 *
 *     (module
 *       (memory (export "memory") 1)
 *       (func (export "fnv") (param $hash i32) (param $length i32) (result i32) (local $i i32)
 *         (block (loop
 *           (br_if 1 (i32.ge_u (local.get $i) (local.get $length)))
 *           (local.set $hash (i32.mul (i32.xor (local.get $hash) (i32.load8_u (local.get $i))) (i32.const 16777619)))
 *           (local.set $i (i32.add (local.get $i) (i32.const 1)))
 *           (br 0)))
 *         (local.get $hash)))
 *
 * `fnv` hashes the first `$length` bytes of its one page of memory, continuing from `$hash`. Below in binary, base64;
 * tests/unit/fnv1a.test.ts assembles it from the text above, instruction by instruction, and compares.
 */
export const FNV_MODULE =
  'AGFzbQEAAAABBwFgAn9/AX8DAgEABQMBAAEHEAIDZm52AAAGbWVtb3J5AgAKLgEsAQF/AkADQCACIAFPDQEgACACLQAAc0GTg4AIbCEAIAJBAWohAgwACwsgAAs=';

/** The text's bytes go through the module's page in pieces of this size. */
const PAGE = 65536;

interface Hasher {
  fnv(hash: number, length: number): number;
  page: Uint8Array;
}

let hasher: Hasher | null | undefined;
function wasmHasher(): Hasher | null {
  if (hasher !== undefined) return hasher;
  try {
    const { exports } = new WebAssembly.Instance(new WebAssembly.Module(Uint8Array.from(atob(FNV_MODULE), (c) => c.charCodeAt(0))));
    const memory = exports.memory as WebAssembly.Memory;
    hasher = { fnv: exports.fnv as Hasher['fnv'], page: new Uint8Array(memory.buffer, 0, PAGE) };
  } catch {
    // No WebAssembly, or a policy that forbids compiling it.
    hasher = null;
  }
  return hasher;
}

const encoder = new TextEncoder();

/** 32-bit FNV-1a of `text` as UTF-8. */
export function fnv1aUtf8(text: string): number {
  const wasm = wasmHasher();
  if (!wasm) return fnv1aBytes(encoder.encode(text));
  let hash = OFFSET_BASIS;
  // A UTF-16 unit is at most 3 bytes of UTF-8: a piece of PAGE / 3 units always fits the page whole.
  const piece = Math.floor(PAGE / 3);
  for (let start = 0; start < text.length;) {
    let end = Math.min(start + piece, text.length);
    // Never split a surrogate pair: its halves alone would be encoded as two replacement characters.
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
    const { written } = encoder.encodeInto(text.slice(start, end), wasm.page);
    hash = wasm.fnv(hash, written);
    start = end;
  }
  return hash >>> 0;
}
