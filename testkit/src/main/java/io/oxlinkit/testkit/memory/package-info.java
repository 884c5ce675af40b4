/** Thread-safe in-memory implementations of every storage port, with failure seams for tests. */
package io.oxlinkit.testkit.memory;
