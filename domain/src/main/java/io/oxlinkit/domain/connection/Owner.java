package io.oxlinkit.domain.connection;

import java.time.Instant;
import java.util.Optional;

/**
 * The account holder as the bank reports it; every part may be missing (OXLIN often sends {@code {}}).
 *
 * @param name the holder's name
 * @param address the postal address
 * @param birthDate the birth date
 * @param birthPlace the birth place
 * @param phoneNumber a phone number, usually masked by the bank
 */
public record Owner(
        Optional<String> name,
        Optional<String> address,
        Optional<Instant> birthDate,
        Optional<String> birthPlace,
        Optional<String> phoneNumber) {

    /** An owner with nothing known. */
    public static Owner unknown() {
        return new Owner(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }
}
