/** Part of adapter-http: error. */
package io.oxlinkit.adapter.http.error;
