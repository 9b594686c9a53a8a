package org.duban.app.answer;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.LongSupplier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Answers a repeated query of the ledger's busiest read-only API calls with the bytes it answered
 * last time, until the ledger or the search index changes.
 *
 * <p>The features already cache their answers as objects, so under load a repeated query cost
 * Spring MVC's binding of its parameters, the call and Jackson's serialisation of the same objects
 * again: most of the server's time (profile in docs/benchmarks.md). It sits behind Spring Security,
 * so every request is still authorised and gets the security headers; only successful JSON answers
 * without cookies are kept, each under the exact path, query string and {@code Accept} header it
 * answered, with the versions of the ledger and of the search index read before it was computed (an
 * answer computed across a change is kept under the older versions, which no later request asks
 * for).
 */
final class AnswerCache extends OncePerRequestFilter {

  /** The calls whose answer depends on nothing but the query and the ledger's content. */
  static final Set<String> PATHS = Set.of("/api/search", "/api/facts", "/api/targets");

  /** Room for the kept answers, in bytes of their bodies. */
  static final long MAX_BYTES = 64L << 20;

  private final LongSupplier ledgerVersion;
  private final LongSupplier indexGeneration;
  private final Cache<Key, Answer> answers =
      Caffeine.newBuilder()
          .maximumWeight(MAX_BYTES)
          .<Key, Answer>weigher((k, a) -> a.body().length)
          .build();

  private record Key(long ledger, long index, String path, String query, String accept) {}

  /** What the call answered: its headers (in order, as set by the application) and body. */
  private record Answer(String contentType, List<String[]> headers, byte[] body) {}

  AnswerCache(LongSupplier ledgerVersion, LongSupplier indexGeneration) {
    this.ledgerVersion = ledgerVersion;
    this.indexGeneration = indexGeneration;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"GET".equals(request.getMethod()) || !PATHS.contains(request.getRequestURI());
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Key key =
        new Key(
            ledgerVersion.getAsLong(),
            indexGeneration.getAsLong(),
            request.getRequestURI(),
            request.getQueryString(),
            request.getHeader(HttpHeaders.ACCEPT));
    Answer known = answers.getIfPresent(key);
    if (known != null) {
      write(known, response);
      return;
    }
    ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
    chain.doFilter(request, buffered);
    Answer answer = keepable(buffered);
    if (answer != null) {
      answers.put(key, answer);
    }
    buffered.copyBodyToResponse();
  }

  /** The answer, when it may be given again: a 200 in JSON that sets no cookie. */
  private static Answer keepable(ContentCachingResponseWrapper response) {
    String type = response.getContentType();
    if (response.getStatus() != HttpServletResponse.SC_OK
        || type == null
        || !MediaType.APPLICATION_JSON.isCompatibleWith(MediaType.parseMediaType(type))
        || response.containsHeader(HttpHeaders.SET_COOKIE)) {
      return null;
    }
    List<String[]> headers = new ArrayList<>();
    for (String name : response.getHeaderNames()) {
      if (!name.equalsIgnoreCase(HttpHeaders.CONTENT_TYPE)
          && !name.equalsIgnoreCase(HttpHeaders.CONTENT_LENGTH)) {
        for (String value : response.getHeaders(name)) {
          headers.add(new String[] {name, value});
        }
      }
    }
    return new Answer(type, List.copyOf(headers), response.getContentAsByteArray());
  }

  private static void write(Answer answer, HttpServletResponse response) throws IOException {
    response.setStatus(HttpServletResponse.SC_OK);
    for (String[] header : answer.headers()) {
      response.addHeader(header[0], header[1]);
    }
    response.setContentType(answer.contentType());
    response.setContentLength(answer.body().length);
    response.getOutputStream().write(answer.body());
  }
}
