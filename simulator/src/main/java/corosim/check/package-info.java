/**
 * Checks of a run, reading only its {@link corosim.trace.Trace}: analyzers (ready-wait, loop
 * blocking, timers, resource fairness, output order, deadlock, per-task statistics) whose
 * results are records, the simulator's own invariants, and the fluent {@link
 * corosim.check.TraceAssert}; imports only {@code corosim.trace} and {@code corosim.prop}.
 */
package corosim.check;
