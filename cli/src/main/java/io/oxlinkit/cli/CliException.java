package io.oxlinkit.cli;

/** A failure the command line reports as one clear line, with a non-zero exit. */
final class CliException extends RuntimeException {

    CliException(String message) {
        super(message);
    }
}
