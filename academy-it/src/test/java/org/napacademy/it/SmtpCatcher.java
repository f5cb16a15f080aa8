package org.napacademy.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The smallest SMTP server the reminder digest can talk to, on a free port of the loopback address: it takes
 * every mail (no TLS, no sign-in) and keeps it for the test to read. Enough of RFC 5321 for Jakarta Mail.
 */
final class SmtpCatcher implements AutoCloseable {

    /** One mail as received: the envelope's recipients and the message as sent (headers, blank line, body). */
    record Mail(List<String> recipients, String message) {
        String header(String name) {
            return message.lines().takeWhile(line -> !line.isEmpty())
                    .filter(line -> line.toLowerCase(Locale.ROOT).startsWith(name.toLowerCase(Locale.ROOT) + ":"))
                    .map(line -> line.substring(name.length() + 1).trim()).findFirst().orElse("");
        }

        String body() {
            var start = message.indexOf("\r\n\r\n");
            return start < 0 ? "" : message.substring(start + 4);
        }
    }

    private final ServerSocket server;
    private final List<Mail> mails = new CopyOnWriteArrayList<>();
    private final Thread acceptor;

    SmtpCatcher() throws IOException {
        server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        acceptor = new Thread(this::acceptAll, "smtp-catcher");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() { return server.getLocalPort(); }

    String host() { return server.getInetAddress().getHostAddress(); }

    List<Mail> mailsTo(String address) {
        return mails.stream().filter(mail -> mail.recipients().stream().anyMatch(r -> r.contains(address))).toList();
    }

    private void acceptAll() {
        while (!server.isClosed()) {
            try (var socket = server.accept()) {
                socket.setSoTimeout(30_000);
                converse(socket);
            } catch (IOException closedOrBroken) {
                // the next connection starts afresh; close() ends the loop
            }
        }
    }

    private void converse(Socket socket) throws IOException {
        var in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        var out = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8);
        reply(out, "220 localhost SMTP catcher");
        var recipients = new ArrayList<String>();
        String line;
        while ((line = in.readLine()) != null) {
            var command = line.toUpperCase(Locale.ROOT);
            if (command.startsWith("EHLO")) reply(out, "250-localhost\r\n250 8BITMIME");
            else if (command.startsWith("HELO") || command.startsWith("MAIL FROM") || command.startsWith("NOOP")) reply(out, "250 OK");
            else if (command.startsWith("RCPT TO")) {
                recipients.add(line.substring("RCPT TO:".length()).trim());
                reply(out, "250 OK");
            } else if (command.startsWith("RSET")) {
                recipients.clear();
                reply(out, "250 OK");
            } else if (command.equals("DATA")) {
                reply(out, "354 End data with <CR><LF>.<CR><LF>");
                var message = new StringBuilder();
                while ((line = in.readLine()) != null && !line.equals(".")) message.append(line.startsWith("..") ? line.substring(1) : line).append("\r\n");
                mails.add(new Mail(List.copyOf(recipients), message.toString()));
                recipients.clear();
                reply(out, "250 OK queued");
            } else if (command.startsWith("QUIT")) {
                reply(out, "221 Bye");
                return;
            } else reply(out, "502 Command not implemented");
        }
    }

    private static void reply(Writer out, String text) throws IOException {
        out.write(text + "\r\n");
        out.flush();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
