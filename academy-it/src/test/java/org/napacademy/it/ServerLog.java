package org.napacademy.it;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What the Payara Micro under test logs while a test runs. Arquillian's Payara adapter prints every line of
 * the server's output with {@code System.out.println}, so the lines are recorded by standing between it and
 * the console (they still reach the console).
 */
final class ServerLog implements AutoCloseable {
    /** A frame of a printed stack trace ("	at org.x.Y.z(Y.java:12)"), or a "Caused by:" line. */
    private static final Pattern STACK_TRACE_LINE = Pattern.compile("^\\s+at [\\w$.<>/]+\\(.*\\)\\s*$|^Caused by: ");

    private final PrintStream console;
    private final ByteArrayOutputStream recorded = new ByteArrayOutputStream();

    private ServerLog() {
        console = System.out;
        var tee = new PrintStream(new java.io.OutputStream() {
            @Override public void write(int b) {
                console.write(b);
                synchronized (recorded) { recorded.write(b); }
            }

            @Override public void write(byte[] bytes, int offset, int length) {
                console.write(bytes, offset, length);
                synchronized (recorded) { recorded.write(bytes, offset, length); }
            }
        }, true, StandardCharsets.UTF_8);
        System.setOut(tee);
    }

    /** Records from now until {@link #close()}. */
    static ServerLog record() {
        return new ServerLog();
    }

    List<String> lines() {
        String text;
        synchronized (recorded) { text = recorded.toString(StandardCharsets.UTF_8); }
        return List.of(text.split("\\R"));
    }

    /** Every stack trace printed, as its first frames with the line logged before them. */
    List<String> stackTraces() {
        var lines = lines();
        var traces = new ArrayList<String>();
        for (int i = 0; i < lines.size(); i++) {
            if (!STACK_TRACE_LINE.matcher(lines.get(i)).find()) continue;
            int start = Math.max(0, i - 2);
            int end = i;
            while (end < lines.size() && STACK_TRACE_LINE.matcher(lines.get(end)).find()) end++;
            traces.add(String.join("\n", lines.subList(start, Math.min(end, i + 4))));
            i = end;
        }
        return traces;
    }

    @Override
    public void close() {
        System.setOut(console);
    }
}
