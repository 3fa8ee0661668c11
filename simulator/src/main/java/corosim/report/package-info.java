/**
 * Reports drawn from a finished run: Gantt charts (PNG and SVG) of when each task ran, waited and
 * was ready; reads only a {@link corosim.trace.Trace} and imports no layer but {@code trace}.
 */
package corosim.report;
