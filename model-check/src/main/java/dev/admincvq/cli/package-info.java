/**
 * The {@code admincvq} command line: one class per subcommand, parsing arguments and printing what
 * the other packages return; no logic of its own.
 */
package dev.admincvq.cli;
