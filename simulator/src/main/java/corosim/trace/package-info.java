/**
 * The record of a run: an append-only, columnar {@link corosim.trace.Trace} of handle runs, task
 * life events and printed lines, written by a {@link corosim.trace.Recorder}; imports no other
 * layer, so analyzers and charts can read a trace without the loop.
 */
package corosim.trace;
