/**
 * The {@code asyncio} module scenarios import, written in Java against the loop's API: run,
 * sleep, tasks, gather, the event-loop functions, and the Python types of Future, Task,
 * handles and loops; imports {@code corosim.vm}, {@code corosim.loop} and {@code corosim.trace}.
 */
package corosim.aio;
