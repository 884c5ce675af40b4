package io.oxlinkit.application.port;

/**
 * The whole OXLIN API v2.1 as one outbound port, split by resource. Implemented by
 * {@code adapter-http} in production and by the testkit's fake in tests. Implementations must be
 * thread-safe, must never log or put in an exception a token, a password or a credential value, and
 * must throw only {@link OxlinApiException} (and its subclasses) for API and transport failures.
 */
public interface OxlinApi extends UsersApi, ProvidersApi, KeysApi, ConnectionsApi, QueuesApi, AccountsApi, WidgetApi {}
