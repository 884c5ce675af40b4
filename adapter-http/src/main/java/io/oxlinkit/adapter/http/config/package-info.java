/** The adapter's configuration: endpoints, credentials, timeouts, resilience. */
package io.oxlinkit.adapter.http.config;
