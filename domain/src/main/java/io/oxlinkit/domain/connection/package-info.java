/** Connections of a user to a provider, their channels and statuses. */
package io.oxlinkit.domain.connection;
