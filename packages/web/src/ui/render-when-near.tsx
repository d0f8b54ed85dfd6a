import { useEffect, useRef, useState, type ReactNode } from 'react';
import { SkeletonBlock } from './page-states';

/**
 * Mounts heavy content (a 19,200-cell canvas) only when it comes near the viewport, or once the
 * page has settled, so it never delays what is above the fold: the table and charts first.
 */
export function RenderWhenNear({
  children,
  minHeight,
  idleMs = 1500,
}: {
  children: ReactNode;
  minHeight: number;
  idleMs?: number;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el || near) return;
    const io = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setNear(true), {
      rootMargin: '200px',
    });
    io.observe(el);
    const timer = window.setTimeout(() => setNear(true), idleMs);
    return () => {
      io.disconnect();
      window.clearTimeout(timer);
    };
  }, [near, idleMs]);
  return (
    <div ref={ref} style={{ minHeight }}>
      {near ? children : <SkeletonBlock rows={6} />}
    </div>
  );
}
