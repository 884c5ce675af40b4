/** The user's per-account consent after LIST_ACCOUNTS. */
package io.oxlinkit.domain.consent;
