/** Drives connections to Done in tests and benchmarks that are not about the steps. */
package io.oxlinkit.testkit.drive;
