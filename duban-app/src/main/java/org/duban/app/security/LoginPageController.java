package org.duban.app.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The login page (登录), and the same page answering 429 while a login is locked out. */
@Controller
final class LoginPageController {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  @GetMapping("/login")
  String form(
      @RequestParam(required = false) String error,
      @RequestParam(required = false) String logout,
      Model model) {
    if (error != null) {
      model.addAttribute("problem", "用户名或密码错误，请重新输入。");
    }
    if (logout != null) {
      model.addAttribute("notice", "您已退出登录。");
    }
    return "login";
  }

  /** Where a locked form login is forwarded, keeping its POST: it answers 429 with the page. */
  @RequestMapping(LOCKED)
  String locked(HttpServletRequest request, HttpServletResponse response, Model model) {
    response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
    String until = "";
    if (request.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION)
        instanceof LoginLockedException locked) {
      Instant end = locked.until();
      response.setHeader(
          HttpHeaders.RETRY_AFTER,
          Long.toString(Math.max(1, Duration.between(Instant.now(), end).toSeconds())));
      until = "（至 " + TIME.format(end.atZone(ZoneId.systemDefault())) + "）";
    }
    model.addAttribute(
        "problem", "登录失败次数过多，已锁定 " + LoginThrottle.LOCK.toMinutes() + " 分钟" + until + "，请稍后再试。");
    return "login";
  }

  static final String LOCKED = "/login/locked";
}
