package io.oxlinkit.adapter.crypto;

import java.time.Instant;
import java.util.Optional;
import org.bouncycastle.openpgp.PGPPublicKey;

/**
 * The (sub)key chosen to receive credentials from one OXLIN key, and when the key itself expires.
 *
 * @param key the encryption-capable public key (a subkey when one qualifies, else the primary)
 * @param expiresAt the earliest of the primary's and the chosen key's own expirations, when set
 */
record RecipientKey(PGPPublicKey key, Optional<Instant> expiresAt) {}
