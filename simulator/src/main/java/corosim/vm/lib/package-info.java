/**
 * The standard-library modules scenarios import besides asyncio ({@code random}, {@code math},
 * {@code json}, {@code collections}, {@code dataclasses}, ...): part of the {@code vm} layer,
 * written in Java where speed or bit-exactness matters and in Python (resources under
 * {@code corosim/lib/}, compiled by corosim's own compiler) where CPython's module is itself
 * plain Python. {@link corosim.vm.lib.Library} is the table of them.
 */
package corosim.vm.lib;
