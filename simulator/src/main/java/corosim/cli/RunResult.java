package corosim.cli;

import corosim.trace.Trace;

/**
 * What a run produced: its exit code, standard output and error, the task steps (lines of
 * {@code --steps}, empty unless asked for) and the trace (or null).
 */
public record RunResult(int exitCode, String stdout, String stderr, String steps, Trace trace) {}
