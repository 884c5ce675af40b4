/** Micrometer meters and observations for the kit's telemetry, its API calls and its Resilience4j chain. */
package io.oxlinkit.adapter.micrometer;
