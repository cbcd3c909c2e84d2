package org.paniercommun.mail;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.mailer.reactive.ReactiveMailer;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;

/**
 * Tests only: Quarkus's mock mailbox keeps what it receives in plain hash maps, and two senders storing at the same
 * moment make it throw a ConcurrentModificationException, which the outbox records as a failed attempt (seen once in
 * TwoInstancesTest, whose two senders run at once beside the app's scheduled one). A real SMTP server takes concurrent
 * mails; the tests' mock is handed one at a time, through the same reactive mailer Quarkus's blocking one waits on.
 * The outbox's claiming of rows stays concurrent.
 */
@Alternative
@Priority(1)
@ApplicationScoped
class OneSendAtATimeInTests implements Mailer {

    @Inject
    ReactiveMailer reactive;

    @Override
    public synchronized void send(Mail... mails) {
        reactive.send(mails).await().indefinitely();
    }
}
