/** Test helpers shared by the modules; never part of what rolebook ships. */
package dev.rolebook.testing;
