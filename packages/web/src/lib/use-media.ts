import { useSyncExternalStore } from 'react';

/** Whether a CSS media query matches, kept current as the window is resized or rotated. */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const mql = window.matchMedia(query);
      mql.addEventListener('change', onChange);
      return () => mql.removeEventListener('change', onChange);
    },
    () => window.matchMedia(query).matches,
    () => false,
  );
}

/** Phones and narrow windows: below antd's `md` breakpoint (768 px), like the CSS in app.css. */
export function useIsNarrow(): boolean {
  return useMediaQuery('(max-width: 767px)');
}
