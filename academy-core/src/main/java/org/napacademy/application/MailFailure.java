package org.napacademy.application;

/** The SMTP server could not be reached or refused a mail. */
public class MailFailure extends RuntimeException {

    public MailFailure(String message, Throwable cause) { super(message, cause); }
}
