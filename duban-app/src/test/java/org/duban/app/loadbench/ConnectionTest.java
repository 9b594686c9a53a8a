package org.duban.app.loadbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ConnectionTest {

  private final ByteArrayOutputStream sent = new ByteArrayOutputStream();

  private Connection answering(String... answers) {
    InputStream in =
        new ByteArrayInputStream(String.join("", answers).getBytes(StandardCharsets.UTF_8));
    return new Connection(null, in, sent);
  }

  private static final byte[] REQUEST = Connection.get(URI.create("http://127.0.0.1:8080/api/x"));

  @Test
  void asksForJsonWithTheRawPathAndQuery() {
    String request =
        new String(
            Connection.get(URI.create("http://127.0.0.1:18642/api/search?q=%E5%A2%9E&limit=5")),
            StandardCharsets.US_ASCII);

    assertThat(request)
        .startsWith("GET /api/search?q=%E5%A2%9E&limit=5 HTTP/1.1\r\n")
        .contains("Host: 127.0.0.1:18642\r\n", "Accept: application/json\r\n")
        .endsWith("\r\n\r\n");
  }

  @Test
  void readsAnswersByLengthAndByChunksOneAfterTheOtherOnOneConnection() throws IOException {
    String body = "{\"名\":\"长宁区\"}";
    int bytes = body.getBytes(StandardCharsets.UTF_8).length;
    Connection c =
        answering(
            "HTTP/1.1 200 \r\nContent-Type: application/json\r\nContent-Length: "
                + bytes
                + "\r\n\r\n"
                + body,
            "HTTP/1.1 400 \r\ntransfer-encoding: chunked\r\n\r\n5\r\nhello\r\n"
                + "3;x=y\r\nabc\r\n0\r\n\r\n",
            "HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");

    assertThat(c.exchange(REQUEST)).isEqualTo(200);
    assertThat(c.closing()).isFalse();
    assertThat(c.exchange(REQUEST)).isEqualTo(400);
    assertThat(c.exchange(REQUEST)).isEqualTo(200);
    assertThat(c.closing()).isTrue();
    assertThat(sent.toByteArray()).hasSize(3 * REQUEST.length);
  }

  @Test
  void anAnswerCutShortIsAnError() {
    Connection c = answering("HTTP/1.1 200 \r\nContent-Length: 10\r\n\r\n12345");

    assertThatThrownBy(() -> c.exchange(REQUEST)).isInstanceOf(EOFException.class);
  }

  @Test
  void refusesWhatIsNotAnHttpAnswer() {
    assertThatThrownBy(() -> answering("SSH-2.0-OpenSSH\r\n").exchange(REQUEST))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("not an HTTP answer");
    assertThatThrownBy(
            () ->
                answering("HTTP/1.1 200 \r\nContent-Type: text/plain\r\n\r\nxyz").exchange(REQUEST))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("without Content-Length");
  }
}
