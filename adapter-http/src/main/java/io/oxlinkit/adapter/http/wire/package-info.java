/** Part of adapter-http: wire. */
package io.oxlinkit.adapter.http.wire;
