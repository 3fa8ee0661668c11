package corosim.check;

/** A line the program printed: trace event, printing task (-1 outside tasks), virtual time, text. */
public record PrintedLine(int event, int task, double time, String text) {}
