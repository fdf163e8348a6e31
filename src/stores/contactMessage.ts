import { atom } from 'nanostores';

/** The contact map's message bar: what the last action did, and how to undo it (shared by the page's two islands). */
export const $contactMessage = atom<{ text: string; undo?: () => void }>({ text: '' });
