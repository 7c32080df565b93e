import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';

/**
 * A search box whose text is kept in the URL's filter: the input follows every keystroke, the filter only
 * the trimmed text once typing pauses (350 ms), so a list page asks the server once per word, not per key.
 * `onSearch` receives the new text, or undefined for an empty box.
 */
export function useSearchText(current: string | undefined, onSearch: (cari: string | undefined) => void) {
  const [text, setText] = useState(current ?? '');
  const [debounced] = useDebouncedValue(text.trim(), 350);
  useEffect(() => {
    if ((current ?? '') !== debounced) onSearch(debounced || undefined);
  }, [debounced]);
  return [text, setText] as const;
}
