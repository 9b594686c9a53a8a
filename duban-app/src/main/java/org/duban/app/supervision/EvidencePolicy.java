package org.duban.app.supervision;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.tika.Tika;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Which evidence files a report may carry: at most {@code duban.supervision.evidence.max-files}
 * files of at most {@code max-bytes} each (default 5 files of 10 MB), of the kinds offices hand in
 * (PDF, Word, Excel, images, plain text, OFD), the kind judged by the bytes and not only the name.
 */
@Component
class EvidencePolicy {

  /** A file as uploaded. */
  record Upload(String fileName, byte[] bytes) {}

  /** A file accepted, with the type it was found to be. */
  record Accepted(String fileName, String contentType, byte[] bytes) {}

  /** The types allowed, by the extensions that may carry them. */
  private static final Map<String, List<String>> TYPES =
      Map.ofEntries(
          Map.entry("pdf", List.of("application/pdf")),
          Map.entry("doc", List.of("application/msword", "application/x-tika-msoffice")),
          Map.entry(
              "docx",
              List.of(
                  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                  "application/x-tika-ooxml",
                  "application/zip")),
          Map.entry("xls", List.of("application/vnd.ms-excel", "application/x-tika-msoffice")),
          Map.entry(
              "xlsx",
              List.of(
                  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                  "application/x-tika-ooxml",
                  "application/zip")),
          Map.entry("jpg", List.of("image/jpeg")),
          Map.entry("jpeg", List.of("image/jpeg")),
          Map.entry("png", List.of("image/png")),
          Map.entry("txt", List.of("text/plain")),
          Map.entry("ofd", List.of("application/zip", "application/ofd")));

  private final Tika tika = new Tika();
  private final int maxFiles;
  private final int maxBytes;

  EvidencePolicy(
      @Value("${duban.supervision.evidence.max-files:5}") int maxFiles,
      @Value("${duban.supervision.evidence.max-bytes:10485760}") int maxBytes) {
    this.maxFiles = maxFiles;
    this.maxBytes = maxBytes;
  }

  int maxBytes() {
    return maxBytes;
  }

  /**
   * Checks every file before any is stored.
   *
   * @throws ActionRefused naming the first file that breaks a limit and the limit
   */
  List<Accepted> check(List<Upload> uploads) {
    if (uploads.size() > maxFiles) {
      throw ActionRefused.invalid(
          "一次反馈最多附 " + maxFiles + " 个佐证材料，收到 " + uploads.size() + " 个；未保存任何内容");
    }
    return uploads.stream().map(this::check).toList();
  }

  private Accepted check(Upload upload) {
    String name = upload.fileName() == null ? "" : upload.fileName().strip();
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    if (name.isEmpty()) {
      throw ActionRefused.invalid("佐证材料缺少文件名；未保存任何内容");
    }
    if (upload.bytes().length == 0) {
      throw ActionRefused.invalid("佐证材料「" + name + "」是空文件；未保存任何内容");
    }
    if (upload.bytes().length > maxBytes) {
      throw ActionRefused.invalid(
          "佐证材料「"
              + name
              + "」有 "
              + megabytes(upload.bytes().length)
              + "，超过每个文件 "
              + megabytes(maxBytes)
              + " 的上限；请压缩或拆分后再传；未保存任何内容");
    }
    int dot = name.lastIndexOf('.');
    String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    List<String> allowed = TYPES.get(extension);
    if (allowed == null) {
      throw ActionRefused.invalid(
          "佐证材料「" + name + "」的类型不在允许之列；可上传 PDF、Word、Excel、JPG、PNG、TXT、OFD 文件；未保存任何内容");
    }
    String detected = detect(upload.bytes());
    if (!allowed.contains(detected)) {
      throw ActionRefused.invalid(
          "佐证材料「" + name + "」的内容不是 ." + extension + " 文件（识别为 " + detected + "）；未保存任何内容");
    }
    return new Accepted(name, allowed.get(0), upload.bytes());
  }

  private String detect(byte[] bytes) {
    try {
      // The bytes alone: a name promising a PDF must not make a PDF of a program.
      return tika.detect(new ByteArrayInputStream(bytes));
    } catch (IOException e) {
      return "application/octet-stream";
    }
  }

  private static String megabytes(int bytes) {
    return String.format(Locale.ROOT, "%.1f MB", bytes / 1024.0 / 1024.0);
  }
}
