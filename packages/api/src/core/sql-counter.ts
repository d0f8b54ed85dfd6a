import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Counts the SQL statements a request sends, through AsyncLocalStorage, so benchmarks and tests
 * can prove that a list does not grow its statement count with its length.
 */
const store = new AsyncLocalStorage<{ count: number }>();

export function withSqlCounter<T>(fn: () => T): { result: T; counter: { count: number } } {
  const counter = { count: 0 };
  const result = store.run(counter, fn);
  return { result, counter };
}

export function runWithSqlCounter<T>(counter: { count: number }, fn: () => T): T {
  return store.run(counter, fn);
}

export function onSqlStatement(): void {
  const c = store.getStore();
  if (c) c.count++;
}
