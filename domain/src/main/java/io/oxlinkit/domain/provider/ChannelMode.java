package io.oxlinkit.domain.provider;

import io.oxlinkit.domain.wire.WireEnums;

/** How a user authenticates on a channel: at the bank (PSD2 redirect) or through a client-side form. */
public enum ChannelMode {
    /** The user is redirected to the bank's authorize page (PSD2 OAuth). */
    REDIRECT,
    /** The client builds a credentials form; {@code encrypt:true} values are PGP-encrypted. */
    EMBEDDED,
    /** A value this version does not know. */
    UNKNOWN;

    /** Tolerant parse of the wire value. */
    public static ChannelMode fromWire(String raw) {
        return WireEnums.parse(ChannelMode.class, raw, UNKNOWN);
    }
}
