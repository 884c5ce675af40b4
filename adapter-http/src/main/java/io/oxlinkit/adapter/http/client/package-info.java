/** Feign interfaces, one per resource of the OXLIN API; all return the raw response for the adapter to read. */
package io.oxlinkit.adapter.http.client;
