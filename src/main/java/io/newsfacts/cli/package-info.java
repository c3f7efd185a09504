/** The command line: picocli subcommands that return exit codes. */
package io.newsfacts.cli;
