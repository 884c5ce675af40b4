/** PGP encryption keys created through the API for EMBEDDED credentials. */
package io.oxlinkit.domain.key;
