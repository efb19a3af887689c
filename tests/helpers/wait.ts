/** Polls `cond` until it holds or `ms` pass; returns its last value. */
export async function waitFor<T>(cond: () => T | Promise<T>, ms = 10_000, every = 50): Promise<T> {
  const end = Date.now() + ms;
  let v = await cond();
  while (!v && Date.now() < end) {
    await new Promise((r) => setTimeout(r, every));
    v = await cond();
  }
  return v;
}
