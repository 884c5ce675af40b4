/** Abstract JUnit 5 contract suites: every implementation of a port extends the same one. */
package io.oxlinkit.testkit.contract;
