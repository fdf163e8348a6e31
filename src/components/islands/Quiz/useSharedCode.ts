import { useEffect, useState } from 'react';
import { decodeShareCode, type ShareDecode } from '../../../lib/quiz/share';

export /** Reads the shared result in the URL fragment, if there is one. Only in the browser, after hydration. */
function useSharedCode(maxItems: number): ShareDecode | null {
  const [shared, setShared] = useState<ShareDecode | null>(null);
  useEffect(() => {
    const read = () => setShared(location.hash.length > 1 ? decodeShareCode(location.hash, maxItems) : null);
    read();
    window.addEventListener('hashchange', read);
    return () => window.removeEventListener('hashchange', read);
  }, [maxItems]);
  return shared;
}
