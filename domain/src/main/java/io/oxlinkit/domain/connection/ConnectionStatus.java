package io.oxlinkit.domain.connection;

import io.oxlinkit.domain.wire.WireEnums;

/** Overall status of a connection, summarizing its channels. */
public enum ConnectionStatus {
    RUNNING,
    SUCCESS,
    PARTIAL_SUCCESS,
    FAILED,
    CLOSED,
    NONE,
    /** A value this version does not know. */
    UNKNOWN;

    /** Tolerant parse of the wire value. */
    public static ConnectionStatus fromWire(String raw) {
        return WireEnums.parse(ConnectionStatus.class, raw, UNKNOWN);
    }
}
