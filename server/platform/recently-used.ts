/**
 * A map of at most `max` entries that drops the least recently used first,
 * for what is kept to save work rather than because it must be (a Map keeps
 * its keys in the order they were set: a used key is set again, last).
 */
export class RecentlyUsed<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(readonly max: number) {}

  get(key: K): V | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  set(key: K, value: V): void {
    this.entries.delete(key);
    if (this.entries.size >= this.max) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, value);
  }

  /** `value` in the place of `was`, unless another has replaced it already: it stays where it was in the order. */
  replace(key: K, was: V, value: V): void {
    if (this.entries.get(key) === was) this.entries.set(key, value);
  }

  delete(key: K): void {
    this.entries.delete(key);
  }

  get size(): number {
    return this.entries.size;
  }
}
