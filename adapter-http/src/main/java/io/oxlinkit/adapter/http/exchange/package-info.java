/** One HTTP exchange: send, map errors, read the body. */
package io.oxlinkit.adapter.http.exchange;
