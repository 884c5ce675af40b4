package io.oxlinkit.application.port;

/** A storage port failed; the previous stored state is intact. Never carries a secret. */
public class StorageException extends RuntimeException {

    /** Creates the exception with its cause. */
    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
