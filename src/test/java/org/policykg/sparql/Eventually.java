package org.policykg.sparql;

import java.util.function.BooleanSupplier;

/** Waiting in a test for something another thread does, e.g. a query stopped after its client left. */
public final class Eventually {

    private Eventually() {
    }

    /** Whether {@code condition} holds within {@code millis} ms, looked at every 50 ms. */
    public static boolean within(long millis, BooleanSupplier condition) throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > end) {
                return false;
            }
            Thread.sleep(50);
        }
        return true;
    }
}
