package dev.armature.examples.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Smoke test of the example as a newcomer meets it: the application starts on a random port with its
 * sample data, and the generated API answers over real HTTP, with its security.
 */
@SpringBootTest(
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = {"armature.admin.username=admin", "armature.admin.password=test-secret"})
class LibraryApplicationTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http = HttpClient.newHttpClient();

  @Value("${local.server.port}")
  int port;

  @Test
  void listsTheSampleBooksPublicly() throws Exception {
    HttpResponse<String> response = send(get("/api/books?sort=title"));

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode body = JSON.readTree(response.body());
    assertThat(body.get("page").get("totalElements").asLong()).isGreaterThanOrEqualTo(5); // + any test-created
    assertThat(body.get("content").get(0).get("title").asString()).isEqualTo("A Wizard of Earthsea");
    assertThat(body.get("content").get(0).has("authorId")).isTrue();
  }

  @Test
  void filtersBooksByTitle() throws Exception {
    JsonNode body = JSON.readTree(send(get("/api/books?title=DUNE")).body());

    assertThat(body.get("content")).hasSize(1);
    assertThat(body.get("content").get(0).get("title").asString()).isEqualTo("Dune");
  }

  @Test
  void createsABookAsAdmin() throws Exception {
    String json = """
        {"title": "The Dispossessed", "isbn": "9780061054884", "authorId": 1,
         "genre": "SCIENCE_FICTION", "price": 11.99, "internalNote": "signed copy"}""";

    HttpResponse<String> response = send(post("/api/books", json).header("Authorization", basic("admin", "test-secret")));

    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/api/books/"));
    JsonNode book = JSON.readTree(response.body());
    assertThat(book.get("title").asString()).isEqualTo("The Dispossessed");
    assertThat(book.has("createdAt")).isTrue();
    assertThat(book.has("internalNote")).isFalse();
  }

  @Test
  void writesNeedCredentials() throws Exception {
    HttpResponse<String> response = send(post("/api/books", "{}"));

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
  }

  @Test
  void membersAreNotPublic() throws Exception {
    assertThat(send(get("/api/members")).statusCode()).isEqualTo(401);
    assertThat(send(get("/api/members").header("Authorization", basic("admin", "test-secret"))).statusCode())
        .isEqualTo(200);
  }

  @Test
  void rejectsAFieldOutsideTheUpdateSurface() throws Exception {
    HttpRequest.Builder patch = request("/api/books/1")
        .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"isbn\": \"9780000000000\"}"))
        .header("Content-Type", "application/merge-patch+json")
        .header("Authorization", basic("admin", "test-secret"));

    HttpResponse<String> response = send(patch);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("isbn");
  }

  @Test
  void servesTheOpenApiDescription() throws Exception {
    HttpResponse<String> response = send(get("/api/openapi.yaml"));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("openapi: 3.1").contains("/api/books");
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
  }

  private HttpRequest.Builder get(String path) {
    return request(path).GET();
  }

  private HttpRequest.Builder post(String path, String json) {
    return request(path).POST(HttpRequest.BodyPublishers.ofString(json)).header("Content-Type", "application/json");
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }
}
