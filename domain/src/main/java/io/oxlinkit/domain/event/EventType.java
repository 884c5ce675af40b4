package io.oxlinkit.domain.event;

import io.oxlinkit.domain.wire.WireEnums;
import java.util.Map;

/**
 * Event types of the {@code connections} topic. The guide names the two USER_INPUT_REQUESTED types;
 * the success and failure names are this library's reading (see docs/domain.md), with the spellings
 * other clients use accepted as aliases. Anything else is {@link #UNKNOWN}.
 */
public enum EventType {
    LIST_ACCOUNTS_USER_INPUT_REQUESTED(SyncPhase.LIST_ACCOUNTS),
    LIST_ACCOUNTS_SUCCESS(SyncPhase.LIST_ACCOUNTS),
    LIST_ACCOUNTS_FAILURE(SyncPhase.LIST_ACCOUNTS),
    SYNC_ALL_USER_INPUT_REQUESTED(SyncPhase.SYNC_ALL),
    SYNC_ALL_SUCCESS(SyncPhase.SYNC_ALL),
    SYNC_ALL_FAILURE(SyncPhase.SYNC_ALL),
    /** A value this version does not know. */
    UNKNOWN(SyncPhase.UNKNOWN);

    private static final Map<String, EventType> ALIASES = Map.of(
            "LIST_ACCOUNTS_SUCCEEDED", LIST_ACCOUNTS_SUCCESS,
            "LIST_ACCOUNTS_FAILED", LIST_ACCOUNTS_FAILURE,
            "SYNC_ALL_SUCCEEDED", SYNC_ALL_SUCCESS,
            "SYNC_ALL_FAILED", SYNC_ALL_FAILURE);

    private final SyncPhase phase;

    EventType(SyncPhase phase) {
        this.phase = phase;
    }

    /** The synchronization this event belongs to. */
    public SyncPhase phase() {
        return phase;
    }

    /** Tolerant parse of the wire value. */
    public static EventType fromWire(String raw) {
        return WireEnums.parse(EventType.class, raw, UNKNOWN, ALIASES);
    }

    /** The name of the payload property that carries the challenge ({@code list_accounts_user_input_requested}). */
    public String payloadProperty() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
