package dev.armature.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

/**
 * An HTTP client of the running application, anonymous or with HTTP Basic credentials. Every reply is
 * checked against the rules that hold for all of them: never a 5xx for anything a test sends, every error
 * is {@code application/problem+json}, no body ever shows a stack trace, and, behind an {@link OpenApiProxy},
 * the exchange agrees with the generated OpenAPI description ({@link Conformance}).
 */
public final class Api {

  public static final String JSON = "application/json";
  public static final String MERGE_PATCH = "application/merge-patch+json";

  private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();
  /** "at com.example.Foo.bar(Foo.java:12)", "java.lang.IllegalStateException: ..." */
  private static final Pattern STACK_TRACE = Pattern.compile(
      "\\bat [\\w$.]+\\([\\w$]+\\.java:\\d+\\)|\\b(java|jakarta|org\\.springframework|org\\.hibernate)\\.[\\w.$]+(Exception|Error)\\b");

  private final URI base;
  /** The app itself, for paths outside {@code /api/} and for bodies that are not JSON (a proxy would answer those itself). */
  private final URI direct;
  private final String authorization;

  public Api(URI base) {
    this(base, base, null);
  }

  /** Through {@code base} (e.g. an {@link OpenApiProxy}), except paths outside {@code /api/} and non-JSON bodies. */
  public Api(URI base, URI direct) {
    this(base, direct, null);
  }

  private Api(URI base, URI direct, String authorization) {
    this.base = base;
    this.direct = direct;
    this.authorization = authorization;
  }

  public Api as(String username, String password) {
    String token = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    return new Api(base, direct, "Basic " + token);
  }

  public Api anonymous() {
    return new Api(base, direct, null);
  }

  public Reply get(String path, String... headers) {
    return send("GET", path, null, null, headers);
  }

  public Reply post(String path, Object body, String... headers) {
    return send("POST", path, JSON, body, headers);
  }

  public Reply put(String path, Object body, String... headers) {
    return send("PUT", path, JSON, body, headers);
  }

  public Reply patch(String path, String contentType, Object body, String... headers) {
    return send("PATCH", path, contentType, body, headers);
  }

  public Reply delete(String path, String... headers) {
    return send("DELETE", path, null, null, headers);
  }

  /** {@code headers}: alternating names and values. {@code body}: a String as is, anything else as JSON. */
  public Reply send(String method, String path, String contentType, Object body, String... headers) {
    try {
      return check(sendAsync(method, path, contentType, body, headers).join());
    } catch (java.util.concurrent.CompletionException e) {
      throw new AssertionError(method + " " + path + " failed: " + e.getCause(), e.getCause());
    }
  }

  /** The same, not waiting; the reply is checked when it arrives. */
  public CompletableFuture<Reply> sendAsync(String method, String path, String contentType, Object body,
      String... headers) {
    HttpRequest request = request(method, path, contentType, body, headers);
    String description = describe(method, path, body, headers);
    return HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
        .thenApply(r -> check(new Reply(description, r.statusCode(), r.headers(), r.body())));
  }

  private HttpRequest request(String method, String path, String contentType, Object body, String... headers) {
    // the description covers /api/** only; the project's own pages and actuator are not its business
    URI target = path.startsWith("/api/") && (body == null || isJson(body)) ? base : direct;
    HttpRequest.Builder builder = HttpRequest.newBuilder(target.resolve(path)).timeout(Duration.ofSeconds(60));
    builder.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofString(Json.write(body), StandardCharsets.UTF_8));
    if (body != null && contentType != null) {
      builder.header("Content-Type", contentType);
    }
    builder.header("Accept", "application/json, application/problem+json");
    if (authorization != null) {
      builder.header("Authorization", authorization);
    }
    for (int i = 0; i + 1 < headers.length; i += 2) {
      builder.setHeader(headers[i], headers[i + 1]);
    }
    return builder.build();
  }

  /** Prism answers a body it cannot parse with its own error, so such a body goes to the app directly. */
  private static boolean isJson(Object body) {
    if (!(body instanceof String text)) {
      return true;
    }
    try {
      Json.MAPPER.readTree(text);
      return true;
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      return false;
    }
  }

  private String describe(String method, String path, Object body, String... headers) {
    StringBuilder text = new StringBuilder(method).append(' ').append(path);
    if (authorization != null) {
      text.append(" [as admin]");
    }
    for (int i = 0; i + 1 < headers.length; i += 2) {
      text.append(" [").append(headers[i]).append(": ").append(headers[i + 1]).append(']');
    }
    if (body != null) {
      text.append(' ').append(Json.write(body));
    }
    return text.toString();
  }

  private static Reply check(Reply reply) {
    // problem+json is the generated API's promise; the project's pages and actuator answer as Boot makes them
    boolean api = reply.request().split(" ", 3)[1].startsWith("/api/");
    // the one server error the contract has: the database failed, not the request (503, retry later)
    boolean retryLater = api && reply.status() == 503 && reply.header("Retry-After").isPresent();
    assertThat(reply.status() < 500 || retryLater)
        .as("no server error (other than the API's 503 with Retry-After) for %s", reply).isTrue();
    assertThat(STACK_TRACE.matcher(reply.body()).find()).as("a stack trace in %s", reply).isFalse();
    if (api && reply.status() >= 400) {
      assertThat(reply.header("Content-Type")).as("Content-Type of the error %s", reply)
          .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    }
    assertThat(Conformance.violations(reply)).as("where the OpenAPI description disagrees with %s", reply).isEmpty();
    return reply;
  }
}
