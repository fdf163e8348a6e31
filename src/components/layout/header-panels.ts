/**
 * The phone header's two panels (search and sections) are <details>, so they work without this script.
 * It adds what a reader expects of a menu: opening search puts the cursor in the field, opening one
 * panel closes the other, and Escape or a click outside closes it with focus back on its button.
 */
export function enhanceHeader(doc: Document): void {
  const panels = [...doc.querySelectorAll<HTMLDetailsElement>('[data-header-panel]')];
  const phone = () => !matchMedia('(min-width: 37.5rem)').matches;
  for (const panel of panels) {
    panel.addEventListener('toggle', () => {
      if (!panel.open || !phone()) return;
      for (const other of panels) if (other !== panel) other.open = false;
      panel.querySelector<HTMLInputElement>('input[type="search"]')?.focus();
    });
  }
  doc.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape') return;
    const open = panels.find((p) => p.open && p.contains(doc.activeElement));
    if (!open || !phone()) return;
    open.open = false;
    open.querySelector('summary')?.focus();
  });
  doc.addEventListener('click', (e) => {
    if (!phone()) return;
    for (const p of panels) if (p.open && !p.contains(e.target as Node)) p.open = false;
  });
}
