package org.paniercommun.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * One client of the app: logs in once with the form (cookie {@code panier_session}) and reuses the cookie, as a
 * browser or a paper-entry tablet does. HTTP Basic per request would spend every call in bcrypt.
 */
final class Api {

    static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

    /** The app's address; with two instances (bench.instances=2) both, taken in turn request by request. */
    private final String[] bases;
    private final java.util.concurrent.atomic.AtomicInteger turn = new java.util.concurrent.atomic.AtomicInteger();
    private volatile String cookie;

    record Reply(int status, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("Not JSON: " + text(), e);
            }
        }

        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    Api(String base) {
        this.bases = base.split(",");
    }

    /** The next instance, round robin (always the same one with a single instance). */
    private String base() {
        return bases[Math.floorMod(turn.getAndIncrement(), bases.length)];
    }

    private static final java.util.regex.Pattern TOKEN_FIELD = java.util.regex.Pattern
            .compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    /** Logs in as a browser does: loads the login page (its CSRF token cookie and field), then posts the form. */
    static Api login(String base, String user, String password) {
        Api api = new Api(base);
        HttpResponse<String> page;
        try {
            page = HTTP.send(HttpRequest.newBuilder(URI.create(api.base() + "/login")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("GET /login: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        java.util.regex.Matcher field = TOKEN_FIELD.matcher(page.body());
        String tokenCookie = page.headers().allValues("set-cookie").stream().filter(c -> c.startsWith("panier_csrf="))
                .map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';'))).findFirst().orElse(null);
        if (!field.find() || tokenCookie == null) {
            throw new IllegalStateException("The login page gave no CSRF token (HTTP " + page.statusCode() + ")");
        }
        String form = "j_username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&j_password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&csrf-token="
                + URLEncoder.encode(field.group(1), StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(api.base() + "/j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", tokenCookie)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        Reply reply = api.send(request);
        if (api.cookie == null) {
            throw new IllegalStateException("Login failed for " + user + ": HTTP " + reply.status());
        }
        return api;
    }

    Reply get(String path) {
        return send(builder(path).GET().build());
    }

    Reply put(String path, Object body) {
        return send(builder(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(bytes(body))).build());
    }

    Reply post(String path, Object body) {
        HttpRequest.Builder b = builder(path);
        if (body == null) {
            b.POST(HttpRequest.BodyPublishers.noBody());
        } else {
            b.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(bytes(body)));
        }
        return send(b.build());
    }

    /** Like {@link #get} etc. but fails on a non-2xx answer (dataset building). */
    static Reply ok(Reply reply, String what) {
        if (!reply.ok()) {
            throw new IllegalStateException(what + ": HTTP " + reply.status() + " " + reply.text());
        }
        return reply;
    }

    private HttpRequest.Builder builder(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofMinutes(10))
                .header("Accept", "application/json, text/html, application/pdf, */*");
        if (cookie != null) {
            b.header("Cookie", "panier_session=" + cookie);
        }
        return b;
    }

    private Reply send(HttpRequest request) {
        try {
            HttpResponse<byte[]> response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
            // The form authentication renews the cookie from time to time: keep the newest.
            for (String header : response.headers().allValues("set-cookie")) {
                if (header.startsWith("panier_session=")) {
                    String value = header.substring("panier_session=".length());
                    int semi = value.indexOf(';');
                    value = semi < 0 ? value : value.substring(0, semi);
                    if (!value.isEmpty()) {
                        cookie = value;
                    }
                }
            }
            return new Reply(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes(Object body) {
        try {
            return JSON.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    Optional<String> cookie() {
        return Optional.ofNullable(cookie);
    }
}
