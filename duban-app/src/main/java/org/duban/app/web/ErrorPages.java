package org.duban.app.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * What the server answers for an error no controller answered itself (an unknown path, a refused
 * upload size, a failure): JSON ({@link ErrorBody}) under {@code /api/}, whatever the client
 * accepts, and the Chinese problem page elsewhere. A failure's own message is not shown: it may
 * name server internals; the log has it.
 */
@Controller
final class ErrorPages implements ErrorController {

  private final ObjectMapper json;

  ErrorPages(ObjectMapper json) {
    this.json = json;
  }

  @RequestMapping("/error")
  ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws IOException {
    HttpStatus status = status(request);
    String path = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    if (path == null) {
      path = request.getRequestURI();
    }
    String reason = (String) request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
    if (isApi(request, path)) {
      response.setStatus(status.value());
      response.setContentType(MediaType.APPLICATION_JSON_VALUE);
      response.setCharacterEncoding("UTF-8");
      json.writeValue(
          response.getOutputStream(),
          new ErrorBody(
              status.value(), status.getReasonPhrase(), message(status, reason, path), path));
      return null;
    }
    return new ModelAndView(
        "problem", Map.of("title", title(status), "message", chinese(status, reason)), status);
  }

  private static boolean isApi(HttpServletRequest request, String path) {
    String context = request.getContextPath();
    String p = path.startsWith(context) ? path.substring(context.length()) : path;
    return p.startsWith("/api/") || p.startsWith("/v3/api-docs");
  }

  private static HttpStatus status(HttpServletRequest request) {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    HttpStatus status =
        code instanceof Integer c ? HttpStatus.resolve(c) : HttpStatus.INTERNAL_SERVER_ERROR;
    return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
  }

  private static boolean useful(String reason) {
    return reason != null && !reason.isBlank();
  }

  private static String message(HttpStatus status, String reason, String path) {
    if (status.is5xxServerError()) {
      return "the server failed on this request; its log says why";
    }
    if (useful(reason)) {
      return reason;
    }
    return switch (status) {
      case NOT_FOUND -> "no such resource: " + path;
      case METHOD_NOT_ALLOWED -> "this method is not allowed on " + path;
      case UNAUTHORIZED -> "log in first";
      case FORBIDDEN -> "not allowed";
      default -> status.getReasonPhrase();
    };
  }

  private static String title(HttpStatus status) {
    return switch (status) {
      case NOT_FOUND -> "未找到";
      case BAD_REQUEST -> "请求有误";
      case UNAUTHORIZED -> "需要登录";
      case FORBIDDEN -> "无权访问";
      case METHOD_NOT_ALLOWED -> "不支持的操作";
      case PAYLOAD_TOO_LARGE -> "文件过大";
      case TOO_MANY_REQUESTS -> "请求过于频繁";
      default -> status.is5xxServerError() ? "服务器出错" : "请求未能完成";
    };
  }

  /** The page's message: the refusal's own when it was written for people, else a plain one. */
  private static String chinese(HttpStatus status, String reason) {
    if (useful(reason) && reason.codePoints().anyMatch(c -> c >= 0x4E00 && c <= 0x9FFF)) {
      return reason;
    }
    return switch (status) {
      case NOT_FOUND -> "没有这个页面。请检查地址，或从首页进入。";
      case BAD_REQUEST -> "请求的参数有误，请检查后重试。";
      case UNAUTHORIZED -> "请先登录。";
      case FORBIDDEN -> "当前用户无权进行此操作。";
      case METHOD_NOT_ALLOWED -> "此页面不支持这种操作。";
      default ->
          status.is5xxServerError()
              ? "服务器处理这个请求时出错，已记入服务器日志。请稍后重试，或告知管理员。"
              : "请求未能完成（" + status.value() + "）。";
    };
  }
}
