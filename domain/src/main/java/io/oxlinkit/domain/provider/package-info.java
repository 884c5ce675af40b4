/** Providers (banks), their channel definitions and the credential forms built from them. */
package io.oxlinkit.domain.provider;
