/**
 * The virtual-clock event loop: handles, the timer heap, futures, tasks and the coroutine
 * protocol they drive, mirroring CPython 3.11's asyncio base loop, Future and Task; imports only
 * {@code corosim.trace}, so Java tests can drive it with hand-written coroutines.
 */
package corosim.loop;
