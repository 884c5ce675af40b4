/** Checking what a user types (credential forms, challenge answers, consents) into submissions. */
package io.oxlinkit.domain.input;
