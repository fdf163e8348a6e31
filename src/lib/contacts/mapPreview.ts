import type { MapPerson } from './map-types';
import { closenessLevels, contexts, roles, type Closeness, type ContactContext, type ContactRole } from './types';

/**
 * The people a stored contact map would draw, read from its stored text before the schema has checked it, so the map
 * can be laid out while the page still loads its checking code. Only what the map shows is read (name, contexts,
 * closeness, roles, connector), in the stored order. Anything it does not recognise makes it give up (null) rather
 * than guess: an unreadable or newer file, another kind, a person whose fields have the wrong types. The checked data
 * always replaces what this gives; it is never saved.
 */
export function previewMapPeople(raw: string, kind: string, version: number): MapPerson[] | null {
  let envelope: unknown;
  try {
    envelope = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!isRecord(envelope) || envelope.kind !== kind || typeof envelope.version !== 'number' || envelope.version > version) return null;
  const data = envelope.data;
  if (!isRecord(data) || !isRecord(data.people) || !Array.isArray(data.order)) return null;
  const people: MapPerson[] = [];
  for (const id of data.order) {
    const p = typeof id === 'string' && Object.prototype.hasOwnProperty.call(data.people, id) ? data.people[id] : undefined;
    const person = isRecord(p) ? readPerson(id as string, p) : null;
    if (!person) return null;
    people.push(person);
  }
  return people;
}

function readPerson(id: string, p: Record<string, unknown>): MapPerson | null {
  const connector = p.connector ?? false;
  if (p.id !== id || typeof p.name !== 'string' || typeof connector !== 'boolean') return null;
  if (!(p.closeness === null || closenessLevels.includes(p.closeness as Closeness))) return null;
  if (!allOf(p.contexts, contexts) || !allOf(p.roles, roles)) return null;
  return {
    id,
    name: p.name,
    contexts: p.contexts as ContactContext[],
    closeness: p.closeness as Closeness | null,
    roles: p.roles as ContactRole[],
    connector,
  };
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const allOf = (value: unknown, known: readonly string[]): boolean =>
  Array.isArray(value) && value.every((v) => typeof v === 'string' && known.includes(v));

/** Whether two lists hold the same people as the map draws them (what the layout reads), in the same order. */
export function sameMapPeople(a: readonly MapPerson[], b: readonly MapPerson[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const p = a[i]!;
    const q = b[i]!;
    if (p === q) continue;
    if (p.id !== q.id || p.name !== q.name || p.closeness !== q.closeness || p.connector !== q.connector) return false;
    if (!sameList(p.contexts, q.contexts) || !sameList(p.roles, q.roles)) return false;
  }
  return true;
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((v, i) => v === b[i]);
