package org.duban.app.supervision;

import java.util.List;
import java.util.Properties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/** Sends reminder mails through the configured SMTP server, and says when it could not. */
@Component
class Outbox {

  /** Whether a mail went out, and why not when it did not. */
  record Delivery(boolean delivered, String note) {}

  private final JavaMailSender sender;
  private final String from;

  Outbox(SmtpSettings smtp, ObjectProvider<JavaMailSender> configured) {
    this.from = smtp.from();
    if (smtp.configured()) {
      JavaMailSenderImpl mail = new JavaMailSenderImpl();
      mail.setHost(smtp.host());
      mail.setPort(smtp.port());
      mail.setUsername(blankToNull(smtp.username()));
      mail.setPassword(blankToNull(smtp.password()));
      mail.setDefaultEncoding("UTF-8");
      Properties p = mail.getJavaMailProperties();
      p.put("mail.smtp.connectiontimeout", "5000");
      p.put("mail.smtp.timeout", "10000");
      p.put("mail.smtp.writetimeout", "10000");
      p.put(
          "mail.smtp.auth", String.valueOf(smtp.username() != null && !smtp.username().isBlank()));
      this.sender = mail;
    } else {
      // spring.mail.* still works for those who configure Spring Mail directly.
      this.sender = configured.getIfAvailable();
    }
  }

  boolean configured() {
    return sender != null;
  }

  Delivery send(List<String> to, String subject, String body) {
    if (sender == null) {
      return new Delivery(false, "未配置邮件服务器（--smtp-host 或 DUBAN_SMTP_HOST），已记录，未发送");
    }
    if (to.isEmpty()) {
      return new Delivery(false, "没有登记邮箱的收件人，已记录，未发送");
    }
    SimpleMailMessage message = new SimpleMailMessage();
    message.setFrom(from);
    message.setTo(to.toArray(String[]::new));
    message.setSubject(subject);
    message.setText(body);
    try {
      sender.send(message);
      return new Delivery(true, null);
    } catch (MailException e) {
      return new Delivery(false, "发送失败：" + e.getMostSpecificCause().getMessage());
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
