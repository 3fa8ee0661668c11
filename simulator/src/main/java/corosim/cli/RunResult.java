package corosim.cli;

import corosim.trace.Trace;

/** What a run produced: its exit code, standard output and error, and the trace (or null). */
public record RunResult(int exitCode, String stdout, String stderr, Trace trace) {}
