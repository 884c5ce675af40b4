/** Part of adapter-http: resilience. */
package io.oxlinkit.adapter.http.resilience;
