package org.duban.app.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.duban.core.text.SourceText;

/**
 * Uploads texts to a running {@link DemoLedgerTest} ledger as its administrator and removes them
 * again, so a test can add documents of its own and leave the shared ledger as it found it.
 */
public final class LedgerUploads {

  private final int port;
  private final HttpClient http = HttpClient.newHttpClient();
  private final String credentials =
      "Basic "
          + Base64.getEncoder()
              .encodeToString(
                  ("admin:" + DemoLedgerTest.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));

  public LedgerUploads(int port) {
    this.port = port;
  }

  /** Stores {@code texts} and returns the ids of the documents they gave. */
  public List<Long> upload(SourceText... texts) throws IOException, InterruptedException {
    String boundary = "duban-test-" + System.nanoTime();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (SourceText t : texts) {
      body.writeBytes(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                  + t.name()
                  + "\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n")
              .getBytes(StandardCharsets.UTF_8));
      body.writeBytes(t.text().getBytes(StandardCharsets.UTF_8));
      body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/documents"))
                .header("Authorization", credentials)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          "upload failed: " + response.statusCode() + " " + response.body());
    }
    List<Long> ids = new ArrayList<>();
    for (JsonNode file : new ObjectMapper().readTree(response.body()).get("files")) {
      file.get("documentIds").forEach(id -> ids.add(id.asLong()));
    }
    return ids;
  }

  /** Removes the documents of {@code ids}. */
  public void delete(List<Long> ids) throws IOException, InterruptedException {
    for (long id : ids) {
      http.send(
          HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/documents/" + id))
              .header("Authorization", credentials)
              .DELETE()
              .build(),
          HttpResponse.BodyHandlers.discarding());
    }
  }
}
