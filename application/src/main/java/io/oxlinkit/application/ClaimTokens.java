package io.oxlinkit.application;

import java.util.UUID;

/**
 * Claim and lease tokens, fresh for each attempt: the instance's worker name (for the operator reading the
 * tables) and a random part, so that two threads of one instance, or a restarted instance reusing its
 * name, never hold one claim together.
 */
final class ClaimTokens {

    /** Longest part of the worker name kept (the token fits the stores' 128-character columns). */
    static final int MAX_WORKER = 80;

    private ClaimTokens() {}

    static String next(String worker) {
        String name = worker.length() > MAX_WORKER ? worker.substring(0, MAX_WORKER) : worker;
        return name + "#" + UUID.randomUUID();
    }
}
