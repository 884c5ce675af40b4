/** Part of adapter-http: token. */
package io.oxlinkit.adapter.http.token;
