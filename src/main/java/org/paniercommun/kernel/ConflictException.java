package org.paniercommun.kernel;

/** An action that the current state forbids (e.g. an invalid state transition). Answered with 409. */
public class ConflictException extends RuntimeException {
    public ConflictException(String message) {
        super(message);
    }
}
