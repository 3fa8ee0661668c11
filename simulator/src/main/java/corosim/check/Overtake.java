package corosim.check;

/**
 * A FIFO violation: {@code overtaker} asked for the resource after {@code waiter} did, yet got it
 * first, at {@code at} (trace event {@code event}) while the waiter still waited.
 */
public record Overtake(
    int resource, int waiter, String waiterLabel, int overtaker, String overtakerLabel, double at, int event) {}
