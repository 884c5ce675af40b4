/** Part of adapter-http: log. */
package io.oxlinkit.adapter.http.log;
