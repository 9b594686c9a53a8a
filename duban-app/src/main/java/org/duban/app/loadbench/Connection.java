package org.duban.app.loadbench;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * One client's HTTP/1.1 connection, kept open between requests: writes a GET prepared once as bytes
 * and reads the whole answer (status line, headers, every byte of the body, by its length or its
 * chunks) into one buffer reused for every request.
 *
 * <p>The load benchmark's clients run on the same cores as the server they measure; the JDK's
 * clients spent more CPU per request than the server answering it (headers parsed into maps,
 * strings and objects per request, and for {@code java.net.http} three threads per request).
 */
final class Connection implements Closeable {

  private static final int MAX_HEAD = 64 * 1024;

  private final Socket socket;
  private final InputStream in;
  private final OutputStream out;
  private final byte[] buffer = new byte[64 * 1024];
  private int position;
  private int limit;
  private boolean closeAfter;

  Connection(Socket socket) throws IOException {
    this(socket, socket.getInputStream(), socket.getOutputStream());
  }

  Connection(Socket socket, InputStream in, OutputStream out) {
    this.socket = socket;
    this.in = in;
    this.out = out;
  }

  /** The bytes of a GET of {@code target} (path and query), asking for JSON. */
  static byte[] get(URI target) {
    String pathAndQuery =
        target.getRawPath() + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery());
    String host = target.getHost() + (target.getPort() < 0 ? "" : ":" + target.getPort());
    return ("GET "
            + pathAndQuery
            + " HTTP/1.1\r\nHost: "
            + host
            + "\r\nAccept: application/json\r\nUser-Agent: duban-bench-load\r\n\r\n")
        .getBytes(StandardCharsets.US_ASCII);
  }

  /** Sends a request and reads its whole answer; returns the answer's status code. */
  int exchange(byte[] request) throws IOException {
    out.write(request);
    out.flush();
    int status = -1;
    long length = -1;
    boolean chunked = false;
    closeAfter = false;
    String line = line();
    if (!line.startsWith("HTTP/1.") || line.length() < 12) {
      throw new IOException("not an HTTP answer: " + line);
    }
    status = Integer.parseInt(line.substring(9, 12));
    for (line = line(); !line.isEmpty(); line = line()) {
      int colon = line.indexOf(':');
      if (colon < 0) {
        continue;
      }
      String name = line.substring(0, colon).trim();
      String value = line.substring(colon + 1).trim();
      if (name.equalsIgnoreCase("Content-Length")) {
        length = Long.parseLong(value);
      } else if (name.equalsIgnoreCase("Transfer-Encoding")) {
        chunked = value.toLowerCase(java.util.Locale.ROOT).contains("chunked");
      } else if (name.equalsIgnoreCase("Connection")) {
        closeAfter = value.equalsIgnoreCase("close");
      }
    }
    if (chunked) {
      for (long size = chunkSize(); size > 0; size = chunkSize()) {
        skip(size);
        if (!line().isEmpty()) {
          throw new IOException("a chunk does not end where its size says");
        }
      }
      while (!line().isEmpty()) {
        // trailers
      }
    } else if (length >= 0) {
      skip(length);
    } else {
      throw new IOException("an answer without Content-Length or chunks");
    }
    return status;
  }

  /** Whether the server said it closes the connection after the last answer. */
  boolean closing() {
    return closeAfter;
  }

  private long chunkSize() throws IOException {
    String line = line();
    int end = line.indexOf(';');
    return Long.parseLong((end < 0 ? line : line.substring(0, end)).trim(), 16);
  }

  /** The next line, without its CRLF (headers and chunk sizes are ASCII). */
  private String line() throws IOException {
    StringBuilder line = new StringBuilder(64);
    while (true) {
      if (position == limit) {
        fill();
      }
      byte b = buffer[position++];
      if (b == '\n') {
        int n = line.length();
        return n > 0 && line.charAt(n - 1) == '\r' ? line.substring(0, n - 1) : line.toString();
      }
      if (line.length() >= MAX_HEAD) {
        throw new IOException("a header line longer than " + MAX_HEAD + " bytes");
      }
      line.append((char) (b & 0xFF));
    }
  }

  /** Reads and drops {@code n} bytes of body. */
  private void skip(long n) throws IOException {
    while (n > 0) {
      if (position == limit) {
        fill();
      }
      int step = (int) Math.min(n, limit - position);
      position += step;
      n -= step;
    }
  }

  private void fill() throws IOException {
    int n = in.read(buffer, 0, buffer.length);
    if (n < 0) {
      throw new EOFException("the server closed the connection in the middle of an answer");
    }
    position = 0;
    limit = n;
  }

  @Override
  public void close() throws IOException {
    if (socket != null) {
      socket.close();
    } else {
      in.close();
    }
  }
}
