/** Holders of user secrets: redacted, wipeable, compared in constant time. */
package io.oxlinkit.domain.secret;
