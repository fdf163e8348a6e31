import { CLEARANCE } from './map-types';

/**
 * The obstacles placed so far (the centre disc, markers and labels), in a uniform grid so that a
 * check looks only at the boxes nearby. Each grid cell holds a linked list of box ids in typed
 * arrays: no array per cell to allocate on every attempt.
 */
export class Obstacles {
  private readonly x0: number[] = [];
  private readonly y0: number[] = [];
  private readonly x1: number[] = [];
  private readonly y1: number[] = [];
  /** Per grid cell, the first entry of its list, or -1. */
  private readonly head: Int32Array;
  /** Per entry, its box id and the next entry of the same cell. */
  private entryBox: Int32Array;
  private entryNext: Int32Array;
  private entries = 0;
  private readonly size: number;
  private readonly cells: number;
  private readonly origin: number;

  /** A grid over the square [-extent, extent]², cells of `cell` units. */
  constructor(extent: number, cell: number) {
    this.size = cell;
    this.origin = extent;
    this.cells = Math.max(1, Math.ceil((2 * extent) / cell) + 1);
    this.head = new Int32Array(this.cells * this.cells).fill(-1);
    this.entryBox = new Int32Array(1024);
    this.entryNext = new Int32Array(1024);
  }

  private index(v: number): number {
    return Math.min(this.cells - 1, Math.max(0, Math.floor((v + this.origin) / this.size)));
  }

  add(x0: number, y0: number, x1: number, y1: number): void {
    const id = this.x0.length;
    this.x0.push(x0);
    this.y0.push(y0);
    this.x1.push(x1);
    this.y1.push(y1);
    for (let gy = this.index(y0); gy <= this.index(y1); gy++) {
      for (let gx = this.index(x0); gx <= this.index(x1); gx++) {
        if (this.entries === this.entryBox.length) {
          const box = new Int32Array(this.entries * 2);
          const next = new Int32Array(this.entries * 2);
          box.set(this.entryBox);
          next.set(this.entryNext);
          this.entryBox = box;
          this.entryNext = next;
        }
        const cell = gy * this.cells + gx;
        this.entryBox[this.entries] = id;
        this.entryNext[this.entries] = this.head[cell]!;
        this.head[cell] = this.entries++;
      }
    }
  }

  /** Whether the box comes within `CLEARANCE` of anything placed. */
  hits(x0: number, y0: number, x1: number, y1: number): boolean {
    x0 -= CLEARANCE;
    y0 -= CLEARANCE;
    x1 += CLEARANCE;
    y1 += CLEARANCE;
    const gx1 = this.index(x1);
    const gy1 = this.index(y1);
    for (let gy = this.index(y0); gy <= gy1; gy++) {
      for (let gx = this.index(x0); gx <= gx1; gx++) {
        for (let e = this.head[gy * this.cells + gx]!; e >= 0; e = this.entryNext[e]!) {
          const id = this.entryBox[e]!;
          if (x0 < this.x1[id]! && this.x0[id]! < x1 && y0 < this.y1[id]! && this.y0[id]! < y1) return true;
        }
      }
    }
    return false;
  }
}
