/** The channel lifecycle: what each status requires from the user, expiry and renewal. */
package io.oxlinkit.domain.lifecycle;
