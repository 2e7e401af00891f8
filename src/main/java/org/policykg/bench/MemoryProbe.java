package org.policykg.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Peak memory of this JVM over one phase: resident set (VmHWM of /proc/self/status, reset through
 * /proc/self/clear_refs), the sum of the heap pools' peaks, and the largest heap left after a garbage
 * collection, which is the live data the phase really needed.
 */
final class MemoryProbe implements AutoCloseable {

    /**
     * {@code rssSincePhase} is false when the resident peak could not be reset and so covers the run so far.
     * {@code rssFileBytes}: of the resident set at the end, the file-backed part (memory-mapped store files).
     */
    record Peak(OptionalLong rssBytes, boolean rssSincePhase, long heapPeakBytes, long liveHeapBytes, OptionalLong rssFileBytes) {}

    private final AtomicLong liveAfterGc = new AtomicLong();
    private final boolean rssReset;
    private final NotificationListener listener = (n, h) -> {
        if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
            Map<String, MemoryUsage> after = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData())
                    .getGcInfo().getMemoryUsageAfterGc();
            long heap = heapPools().stream().mapToLong(p -> {
                MemoryUsage u = after.get(p.getName());
                return u == null ? 0 : u.getUsed();
            }).sum();
            liveAfterGc.accumulateAndGet(heap, Math::max);
        }
    };

    /** Collects garbage, then starts watching from the current level. */
    MemoryProbe() {
        System.gc();
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
        rssReset = resetResidentPeak();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter e) {
                e.addNotificationListener(listener, null, null);
            }
        }
    }

    Peak peak() {
        long heapPeak = heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        long live = Math.max(liveAfterGc.get(), ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        Path status = Path.of("/proc/self/status");
        return new Peak(statusField(status, "VmHWM:"), rssReset, heapPeak, live, statusField(status, "RssFile:"));
    }

    @Override
    public void close() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter e) {
                try {
                    e.removeNotificationListener(listener);
                } catch (javax.management.ListenerNotFoundException ignored) {
                    // never added to this collector
                }
            }
        }
    }

    /** VmHWM of a Linux process status file, in bytes; empty elsewhere. */
    static OptionalLong residentPeak(Path status) {
        return statusField(status, "VmHWM:");
    }

    private static OptionalLong statusField(Path status, String field) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith(field)) {
                    return OptionalLong.of(Long.parseLong(line.replaceAll("\\D", "")) * 1024);
                }
            }
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
        return OptionalLong.empty();
    }

    /** Writing 5 to clear_refs resets the peak resident size to the current one (Linux 4.0+). */
    private static boolean resetResidentPeak() {
        try {
            Files.writeString(Path.of("/proc/self/clear_refs"), "5");
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
    }
}
