/**
 * The interpreter: heap frames, the bytecode dispatch loop, Python values and their operations,
 * builtins and the native standard-library modules; imports {@code corosim.lang},
 * {@code corosim.compile}, {@code corosim.loop} and {@code corosim.trace} (only to hand the
 * run's recorder to the loop environment it creates).
 */
package corosim.vm;
