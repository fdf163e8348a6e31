/** The element the page's address points at (`#id`), if any. */
export function hashTarget(): HTMLElement | null {
  try {
    return location.hash.length > 1 ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  } catch {
    return null; // not a valid escape: no element has that id
  }
}
