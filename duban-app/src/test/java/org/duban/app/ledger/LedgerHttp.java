package org.duban.app.ledger;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A client of the running test ledger as scripts and browsers talk to it: anonymous, with HTTP
 * Basic credentials, or as a browser session logged in through the form (cookies kept, the CSRF
 * token read from the pages as a browser would).
 */
public final class LedgerHttp {

  private static final Pattern FORM_TOKEN =
      Pattern.compile(
          "name=\"_csrf\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"_csrf\"");
  private static final Pattern META_TOKEN =
      Pattern.compile("<meta name=\"csrf-token\" content=\"([^\"]+)\"");

  private final String base;
  private final HttpClient http;
  private String basic;

  private LedgerHttp(int port, HttpClient http) {
    this.base = "http://localhost:" + port;
    this.http = http;
  }

  /** A client without credentials and without cookies. */
  public static LedgerHttp anonymous(int port) {
    return new LedgerHttp(port, HttpClient.newHttpClient());
  }

  /** A script sending HTTP Basic credentials with every request, without cookies. */
  public static LedgerHttp basic(int port, String user, String password) {
    LedgerHttp client = anonymous(port);
    client.basic =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return client;
  }

  /** A browser: keeps cookies, does not follow redirects. */
  public static LedgerHttp browser(int port) {
    return new LedgerHttp(port, HttpClient.newBuilder().cookieHandler(new CookieManager()).build());
  }

  /** A browser that logged in through the form; fails unless the login succeeded. */
  public static LedgerHttp loggedIn(int port, String user, String password) {
    LedgerHttp browser = browser(port);
    HttpResponse<String> response = browser.login(user, password);
    if (response.statusCode() != 302
        || response.headers().firstValue("Location").orElse("").contains("error")) {
      throw new IllegalStateException(
          "login of " + user + " failed: " + response.statusCode() + " " + response.body());
    }
    return browser;
  }

  /** Posts the login form as a browser does, with the token of the login page. */
  public HttpResponse<String> login(String user, String password) {
    String token = formToken(get("/login").body());
    return postForm("/login", Map.of("username", user, "password", password, "_csrf", token));
  }

  public String url(String path) {
    return base + path;
  }

  public HttpResponse<String> get(String path) {
    return send(request(path).GET(), Map.of());
  }

  public HttpResponse<String> get(String path, Map<String, String> headers) {
    return send(request(path).GET(), headers);
  }

  public HttpResponse<byte[]> getBytes(String path) {
    try {
      return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public HttpResponse<String> delete(String path, Map<String, String> headers) {
    return send(request(path).DELETE(), headers);
  }

  public HttpResponse<String> postForm(String path, Map<String, String> fields) {
    return postForm(path, fields, Map.of());
  }

  public HttpResponse<String> postForm(
      String path, Map<String, String> fields, Map<String, String> headers) {
    StringBuilder body = new StringBuilder();
    fields.forEach(
        (k, v) ->
            body.append(body.isEmpty() ? "" : "&")
                .append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
    Map<String, String> all = new LinkedHashMap<>(headers);
    all.put("Content-Type", "application/x-www-form-urlencoded");
    return send(request(path).POST(HttpRequest.BodyPublishers.ofString(body.toString())), all);
  }

  /** Uploads one file as the multipart field {@code file}. */
  public HttpResponse<String> upload(
      String path, String fileName, byte[] content, Map<String, String> headers) {
    String boundary = "duban-" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    byte[] head =
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + fileName
                + "\"\r\nContent-Type: text/plain\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8);
    body.writeBytes(head);
    body.writeBytes(content);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    Map<String, String> all = new LinkedHashMap<>(headers);
    all.put("Content-Type", "multipart/form-data; boundary=" + boundary);
    return send(
        request(path).POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())), all);
  }

  /** The CSRF token a logged-in page carries for its htmx requests. */
  public String pageToken() {
    Matcher m = META_TOKEN.matcher(get("/").body());
    if (!m.find()) {
      throw new IllegalStateException("the start page carries no CSRF token: not logged in?");
    }
    return m.group(1);
  }

  public static String formToken(String html) {
    Matcher m = FORM_TOKEN.matcher(html);
    if (!m.find()) {
      throw new IllegalStateException("no _csrf field in the page");
    }
    return m.group(1) != null ? m.group(1) : m.group(2);
  }

  public static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path));
    if (basic != null) {
      builder.header("Authorization", basic);
    }
    return builder;
  }

  private HttpResponse<String> send(HttpRequest.Builder request, Map<String, String> headers) {
    headers.forEach(request::header);
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
