package org.itagen.cli;

/** Test helpers of this package that tests elsewhere use. */
public final class HardeningCliAccess {
    private HardeningCliAccess() {
    }

    /** A process id that no running process has. */
    public static long deadPid() {
        return HardeningCliTest.deadPid();
    }
}
