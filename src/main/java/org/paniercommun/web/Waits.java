package org.paniercommun.web;

import org.paniercommun.kernel.AppMessages;
import org.paniercommun.kernel.Texts;

/** A wait in words, for the person told when to retry: "45 secondes", "2 minutes" (rounded up). */
public final class Waits {

    private Waits() {
    }

    public static String french(long seconds) {
        AppMessages messages = Texts.of(AppMessages.class);
        if (seconds < 60) {
            return messages.wait_seconds(seconds);
        }
        return messages.wait_minutes((seconds + 59) / 60);
    }
}
