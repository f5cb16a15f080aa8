package org.napacademy.infrastructure.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.napacademy.application.MailFailure;
import org.napacademy.application.MailSender;
import org.napacademy.application.OutgoingMail;

/**
 * Mails through the SMTP server named by {@code academy.mail.smtp.host} (off while it is unset), with
 * Jakarta Mail as Payara provides it. STARTTLS is required unless {@code academy.mail.smtp.starttls} is false;
 * with {@code academy.mail.smtp.user} set, it signs in.
 */
@ApplicationScoped
public class JakartaMailSender implements MailSender {
    private static final String TIMEOUT_MILLIS = "20000";

    @Inject @ConfigProperty(name = "academy.mail.smtp.host") Optional<String> host;
    @Inject @ConfigProperty(name = "academy.mail.smtp.port", defaultValue = "587") int port;
    @Inject @ConfigProperty(name = "academy.mail.smtp.starttls", defaultValue = "true") boolean startTls;
    @Inject @ConfigProperty(name = "academy.mail.smtp.user") Optional<String> user;
    @Inject @ConfigProperty(name = "academy.mail.smtp.password") Optional<String> password;
    @Inject @ConfigProperty(name = "academy.mail.from", defaultValue = "academy@localhost") String from;

    private Session session;

    @Override public boolean isConfigured() { return host.filter(name -> !name.isBlank()).isPresent(); }

    @Override public void send(OutgoingMail mail) {
        if (!isConfigured()) throw new IllegalStateException("No SMTP server is configured (academy.mail.smtp.host)");
        try {
            var message = new MimeMessage(session());
            message.setFrom(new InternetAddress(from));
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.to(), true));
            message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
            message.setText(mail.body(), StandardCharsets.UTF_8.name());
            message.setSentDate(new Date());
            Transport.send(message);
        } catch (MessagingException e) {
            throw new MailFailure("The SMTP server " + host.orElse("") + ":" + port + " did not take the mail to " + mail.to(), e);
        }
    }

    private synchronized Session session() {
        if (session != null) return session;
        var properties = new Properties();
        properties.put("mail.smtp.host", host.orElseThrow().trim());
        properties.put("mail.smtp.port", String.valueOf(port));
        properties.put("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.timeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.writetimeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.starttls.enable", String.valueOf(startTls));
        properties.put("mail.smtp.starttls.required", String.valueOf(startTls));
        var account = user.filter(name -> !name.isBlank());
        properties.put("mail.smtp.auth", String.valueOf(account.isPresent()));
        session = account.isPresent()
                ? Session.getInstance(properties, new Authenticator() {
                    @Override protected PasswordAuthentication getPasswordAuthentication() {
                        return new PasswordAuthentication(account.get(), password.orElse(""));
                    }
                })
                : Session.getInstance(properties);
        return session;
    }
}
