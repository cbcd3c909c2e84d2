package org.paniercommun.mail;

import static org.junit.jupiter.api.Assertions.fail;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import java.util.List;

/**
 * The scheduled sender may pick an e-mail up just before the test's own {@code sendDue()} does (skip
 * locked: then the test's call skips it); these waits let it finish.
 */
public final class MailAssertions {

    private MailAssertions() {
    }

    public static List<Mail> awaitMails(MockMailbox mailbox, String to, int count) {
        long until = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < until) {
            List<Mail> mails = mailbox.getMailsSentTo(to);
            if (mails != null && mails.size() >= count) {
                return mails;
            }
            sleep();
        }
        fail("Expected " + count + " e-mail(s) to " + to);
        return List.of();
    }

    static OutboxEmail awaitSent(OutboxTestSupport support, long id) {
        long until = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < until) {
            OutboxEmail row = support.find(id);
            if (row.sentAt != null) {
                return row;
            }
            sleep();
        }
        fail("E-mail " + id + " not marked sent");
        return null;
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
