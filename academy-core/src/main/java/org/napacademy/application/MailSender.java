package org.napacademy.application;

/** Sends e-mail; the platform mails nothing while no SMTP server is configured. */
public interface MailSender {

    /** True when an SMTP server is configured. */
    boolean isConfigured();

    /** Hands the mail to the SMTP server; a failure throws {@link MailFailure}. */
    void send(OutgoingMail mail);
}
