package org.itagen.thai;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BoundedCacheTest {
    @Test
    void computesOnceAndReturnsTheSameValue() {
        BoundedCache<String, String> cache = new BoundedCache<>(10);
        AtomicInteger calls = new AtomicInteger();
        assertThat(cache.computeIfAbsent("a", k -> k + calls.incrementAndGet())).isEqualTo("a1");
        assertThat(cache.computeIfAbsent("a", k -> k + calls.incrementAndGet())).isEqualTo("a1");
        assertThat(calls).hasValue(1);
    }

    @Test
    void neverHoldsMoreThanItsBound() {
        BoundedCache<Integer, Integer> cache = new BoundedCache<>(100);
        for (int i = 0; i < 10_000; i++) {
            assertThat(cache.computeIfAbsent(i, k -> k * 2)).isEqualTo(i * 2);
            assertThat(cache.size()).isLessThanOrEqualTo(100);
        }
    }

    @Test
    void parallelUseGivesCorrectValuesAndStaysBounded() throws Exception {
        BoundedCache<Integer, String> cache = new BoundedCache<>(64);
        int threads = 4;
        List<Future<Boolean>> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            for (int t = 0; t < threads; t++) {
                int seed = t;
                results.add(pool.submit(() -> {
                    boolean ok = true;
                    for (int i = 0; i < 20_000; i++) {
                        int key = (i * 31 + seed) % 500;
                        ok &= cache.computeIfAbsent(key, k -> "v" + k).equals("v" + key);
                        // Racing inserts may pass the bound by at most one entry per thread.
                        ok &= cache.size() <= 64 + threads;
                    }
                    return ok;
                }));
            }
            for (Future<Boolean> f : results) assertThat(f.get()).isTrue();
        }
    }

    @Test
    void refusesNullValuesAndEmptyBounds() {
        assertThatThrownBy(() -> new BoundedCache<String, String>(0)).isInstanceOf(IllegalArgumentException.class);
        BoundedCache<String, String> cache = new BoundedCache<>(1);
        assertThatThrownBy(() -> cache.computeIfAbsent("x", k -> null)).isInstanceOf(NullPointerException.class);
    }
}
