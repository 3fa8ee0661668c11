/**
 * The interpreter: heap frames, the bytecode dispatch loop, Python values and their operations,
 * builtins and the native standard-library modules; imports {@code corosim.lang},
 * {@code corosim.compile} and {@code corosim.loop}.
 */
package corosim.vm;
