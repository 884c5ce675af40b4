package io.oxlinkit.application.port;

import io.oxlinkit.domain.id.UserId;

/** OXLIN users. Every method may throw {@link OxlinApiException}. */
public interface UsersApi {

    /**
     * Creates a user with the client token ({@code POST /users}). Not idempotent: the caller must not
     * repeat it after a response was received.
     *
     * @return the new user's id, read from the {@code Location} header
     */
    UserId createUser(NewUser user);

    /**
     * The id of the user these login values belong to ({@code GET /users/me} with a token obtained for them): how
     * the kit finds a user it created when the answer to {@code POST /users} was lost.
     *
     * @throws OxlinApiException.Unauthorized when OXLIN refuses the login
     */
    UserId identify(NewUser user);

    /** Deletes a user and every resource of theirs at OXLIN. Idempotent: an absent user is not an error. */
    void deleteUser(UserId user);
}
