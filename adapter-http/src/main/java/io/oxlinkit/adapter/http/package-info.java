/** The OXLIN API port over HTTP: Feign, Jackson, Resilience4j, tokens, typed errors, redacted logs. */
package io.oxlinkit.adapter.http;
