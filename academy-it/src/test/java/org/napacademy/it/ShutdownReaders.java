package org.napacademy.it;

import jakarta.json.Json;
import java.io.IOException;
import java.io.StringReader;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Clients downloading a large export again and again while the app is told to stop (SIGTERM): each
 * download must either complete, whole and parseable, or be refused before it started (connection
 * refused, or a 503). A download cut off half-way is what graceful shutdown rules out.
 */
final class ShutdownReaders {
    private final URI export;
    private final String authorization = "Basic " + Base64.getEncoder().encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8));
    private final AtomicInteger completed = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();
    private final List<String> cutOff = Collections.synchronizedList(new ArrayList<>());

    ShutdownReaders(String base, String exportPath) {
        this.export = URI.create(base + exportPath);
    }

    /** One client's loop until {@code stop}; a fresh connection each time, so no idle connection is mistaken for a dropped request. */
    void read(AtomicBoolean stop) {
        while (!stop.get()) {
            try {
                var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
                var response = client.send(HttpRequest.newBuilder(export).header("Authorization", authorization)
                        .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    try (var reader = Json.createReader(new StringReader(response.body()))) {
                        reader.read();
                    }
                    completed.incrementAndGet();
                } else if (response.statusCode() == 503) {
                    refused.incrementAndGet();
                } else {
                    cutOff.add(response.statusCode() + " " + response.body());
                }
            } catch (ConnectException notListening) {
                refused.incrementAndGet();
                PackagedApp.pause(Duration.ofMillis(50));
            } catch (IOException | RuntimeException broken) {
                cutOff.add(broken.toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    int completed() { return completed.get(); }
    int refused() { return refused.get(); }
    List<String> cutOff() { return List.copyOf(cutOff); }
}
