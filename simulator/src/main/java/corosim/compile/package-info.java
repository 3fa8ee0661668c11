/**
 * Syntax tree to bytecode: scope analysis, the {@link corosim.compile.Compiler}, the instruction
 * set ({@link corosim.compile.Opcode}) and {@link corosim.compile.CodeObject}; imports only
 * {@code corosim.lang}.
 */
package corosim.compile;
