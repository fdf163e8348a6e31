/**
 * The contact map with 1,000 people. The exercise (`/oevelser/netvaerkskort/`) is not built yet, so this measures
 * nothing and the table says "not built yet"; it never makes numbers up.
 */
import type { Browser } from 'playwright-core';

export interface ContactMapTiming {
  /** Milliseconds from navigation until the map with 1,000 people is drawn. */
  render: number | null;
  /** Milliseconds from a click on a person to the updated map on screen. */
  interaction: number | null;
  /** Main-thread blocking time during the render, in milliseconds. */
  blocking: number | null;
}

/**
 * TODO(contact-map): when the island exists, seed its storage key with 1,000 generated people
 * (the way tests/e2e seed stores), load `url` on a phone-sized context with CPU throttling (CDP
 * `Emulation.setCPUThrottlingRate` 4), and time: navigation → map drawn, a click on a person → map updated,
 * and the blocking time (long tasks over 50 ms). Return null until then, so the report shows "not built yet".
 */
export async function measureContactMap(_browser: Browser, _url: string): Promise<ContactMapTiming | null> {
  return null;
}
