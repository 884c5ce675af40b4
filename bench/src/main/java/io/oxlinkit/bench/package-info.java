/** Benchmarks (JMH) and harnesses comparing the adapters with raw baselines in the same run. */
package io.oxlinkit.bench;
