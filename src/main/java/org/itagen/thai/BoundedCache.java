package org.itagen.thai;

import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A thread-safe memo for pure functions whose results are worth keeping across documents in a
 * batch (line breaks, shaped text). Bounded: when it holds {@code maxEntries}, it is emptied and
 * refills with what is used next. Cheaper than LRU bookkeeping on every hit, and what a batch
 * reuses (template sentences, labels) comes back within a document or two.
 *
 * <p>Values must be immutable (or never changed by callers) and {@code compute} must give equal
 * values for equal keys: two threads may compute the same key at once and either result is kept.
 */
public final class BoundedCache<K, V> {
    private final int maxEntries;
    private final ConcurrentHashMap<K, V> map;

    public BoundedCache(int maxEntries) {
        if (maxEntries < 1) throw new IllegalArgumentException("maxEntries must be at least 1: " + maxEntries);
        this.maxEntries = maxEntries;
        this.map = new ConcurrentHashMap<>(Math.min(maxEntries, 1024));
    }

    /** The cached value for key, computing it (outside any lock) when absent. */
    public V computeIfAbsent(K key, Function<? super K, ? extends V> compute) {
        V v = map.get(key);
        if (v != null) return v;
        v = Objects.requireNonNull(compute.apply(key), "cached value");
        if (map.size() >= maxEntries) map.clear();
        V raced = map.putIfAbsent(key, v);
        return raced != null ? raced : v;
    }

    public int size() {
        return map.size();
    }

    public int maxEntries() {
        return maxEntries;
    }
}
