/** The command line: picocli commands ({@code corosim run}), exit codes, output stamping; imports all layers. */
package corosim.cli;
