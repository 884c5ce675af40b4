package io.oxlinkit.adapter.http.resilience;

/** Whether repeating a call is harmless. */
public enum Safety {
    /** GET, PUT, DELETE (and the token endpoint): retried on 5xx, 429 and transport failures. */
    IDEMPOTENT,
    /** POST that creates something: retried only when the request never reached the server. */
    UNSAFE
}
