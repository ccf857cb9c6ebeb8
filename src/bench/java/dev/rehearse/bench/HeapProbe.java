package dev.rehearse.bench;

import java.lang.management.BufferPoolMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * Heap retained by what a build leaves behind: used heap after full collections, before and after.
 * Whatever else is alive at both moments cancels out of the difference.
 */
final class HeapProbe {

    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private HeapProbe() {
    }

    /** Used heap after collecting until it stops shrinking (a few full GCs). */
    static long settledUsedHeap() {
        long previous = Long.MAX_VALUE;
        long used = usedAfterGc();
        for (int i = 0; i < 8 && used < previous - (previous >> 8); i++) {
            previous = used;
            used = usedAfterGc();
        }
        return used;
    }

    private static long usedAfterGc() {
        System.gc();
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return MEMORY.getHeapMemoryUsage().getUsed();
    }

    /** Bytes of files mapped into memory (Lucene's MMapDirectory on Java 17), outside the heap. */
    static long mappedBytes() {
        for (BufferPoolMXBean pool : ManagementFactory.getPlatformMXBeans(BufferPoolMXBean.class)) {
            if (pool.getName().equals("mapped")) {
                return pool.getMemoryUsed();
            }
        }
        return 0;
    }
}
