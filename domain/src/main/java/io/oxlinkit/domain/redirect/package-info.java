/** REDIRECT (PSD2) channels: authorize requests, the host's state and the browser's callback. */
package io.oxlinkit.domain.redirect;
