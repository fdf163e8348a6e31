import { CLEARANCE } from './map-types';

/**
 * The obstacles placed so far (the centre disc, markers and labels), in a uniform grid so that a
 * check looks only at the boxes nearby. Each grid cell holds a linked list of box ids in typed
 * arrays: no array per cell to allocate on every attempt. What was added after a `mark` can be taken
 * back (`rollback`), so a ring that did not fit is placed again without building the grid anew.
 */
export class Obstacles {
  /** The half-width of the square the grid covers; boxes outside it still count, in the grid's edge cells. */
  readonly extent: number;
  /** Per box, x0, y0, x1, y1. */
  private box: Float64Array;
  private boxes = 0;
  /** Per grid cell, the first entry of its list, or -1. */
  private readonly head: Int32Array;
  /** Per entry, its box id, the next entry of the same cell, and its cell. */
  private entryBox: Int32Array;
  private entryNext: Int32Array;
  private entryCell: Int32Array;
  private entries = 0;
  private readonly size: number;
  private readonly cells: number;

  /** A grid over the square [-extent, extent]², cells of `cell` units. */
  constructor(extent: number, cell: number) {
    this.extent = extent;
    this.size = cell;
    this.cells = Math.max(1, Math.ceil((2 * extent) / cell) + 1);
    this.head = new Int32Array(this.cells * this.cells).fill(-1);
    this.box = new Float64Array(4 * 256);
    this.entryBox = new Int32Array(1024);
    this.entryNext = new Int32Array(1024);
    this.entryCell = new Int32Array(1024);
  }

  private index(v: number): number {
    return Math.min(this.cells - 1, Math.max(0, Math.floor((v + this.extent) / this.size)));
  }

  add(x0: number, y0: number, x1: number, y1: number): void {
    const id = this.boxes++;
    if (4 * this.boxes > this.box.length) this.box = grown(this.box);
    this.box[4 * id] = x0;
    this.box[4 * id + 1] = y0;
    this.box[4 * id + 2] = x1;
    this.box[4 * id + 3] = y1;
    for (let gy = this.index(y0); gy <= this.index(y1); gy++) {
      for (let gx = this.index(x0); gx <= this.index(x1); gx++) {
        if (this.entries === this.entryBox.length) {
          this.entryBox = grown(this.entryBox);
          this.entryNext = grown(this.entryNext);
          this.entryCell = grown(this.entryCell);
        }
        const cell = gy * this.cells + gx;
        this.entryBox[this.entries] = id;
        this.entryNext[this.entries] = this.head[cell]!;
        this.entryCell[this.entries] = cell;
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
    const box = this.box;
    const gx1 = this.index(x1);
    const gy1 = this.index(y1);
    for (let gy = this.index(y0); gy <= gy1; gy++) {
      for (let gx = this.index(x0); gx <= gx1; gx++) {
        for (let e = this.head[gy * this.cells + gx]!; e >= 0; e = this.entryNext[e]!) {
          const b = 4 * this.entryBox[e]!;
          if (x0 < box[b + 2]! && box[b]! < x1 && y0 < box[b + 3]! && box[b + 1]! < y1) return true;
        }
      }
    }
    return false;
  }

  /** The same boxes in a grid over [-extent, extent]², for a map that has outgrown this one. */
  regrid(extent: number): Obstacles {
    const next = new Obstacles(extent, this.size);
    for (let b = 0; b < 4 * this.boxes; b += 4) next.add(this.box[b]!, this.box[b + 1]!, this.box[b + 2]!, this.box[b + 3]!);
    return next;
  }

  /** A point to come back to with `rollback`. */
  mark(): { boxes: number; entries: number } {
    return { boxes: this.boxes, entries: this.entries };
  }

  /** Takes back every box added since `at` was marked. */
  rollback(at: { boxes: number; entries: number }): void {
    // Entries go to the front of their cell's list, so undoing them newest first restores every list.
    for (let e = this.entries - 1; e >= at.entries; e--) this.head[this.entryCell[e]!] = this.entryNext[e]!;
    this.entries = at.entries;
    this.boxes = at.boxes;
  }
}

function grown<T extends Int32Array | Float64Array>(a: T): T {
  const b = new (a.constructor as new (n: number) => T)(2 * a.length);
  b.set(a);
  return b;
}
