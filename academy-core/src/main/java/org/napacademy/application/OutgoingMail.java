package org.napacademy.application;

/** A plain-text e-mail to one recipient, ready for a {@link MailSender}. */
public record OutgoingMail(String to, String subject, String body) {
}
