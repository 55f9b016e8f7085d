/**
 * The {@code newsdesk} command: picocli subcommands over the core's front doors. Results go to
 * standard output; progress, warnings and rejections to standard error. Exit code 0 on success, 1
 * when some inputs were rejected, 2 on usage errors.
 */
package dev.newsdesk.cli;
