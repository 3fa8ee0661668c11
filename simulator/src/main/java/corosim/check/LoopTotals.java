package corosim.check;

/**
 * Where the loop's virtual time went: {@code busy} running handles, of which {@code blocked}
 * inside blocking calls ({@code time.sleep}, blocking work), and {@code idle} waiting for the next
 * timer; with the number of iterations and handles run. In virtual time code takes no time, so
 * busy time is blocking time, and {@code busy + idle} is the elapsed time of the loop's runs.
 */
public record LoopTotals(
    double elapsed, double busy, double blocked, double idle, long iterations, long handles) {}
