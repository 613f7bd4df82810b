/** The rolebook command line. Not built yet (issue #5). */
package dev.rolebook.cli;
