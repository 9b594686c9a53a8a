package org.duban.app.department;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import org.duban.app.audit.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The 承办单位 page: departments, their aliases, and the unit names waiting for the office. */
@Controller
final class DepartmentPageController {

  private final DepartmentDirectory directory;

  DepartmentPageController(DepartmentDirectory directory) {
    this.directory = directory;
  }

  @GetMapping("/supervision/departments")
  String list(Principal principal, HttpServletRequest request, Model model) {
    model.addAttribute("departments", directory.all());
    model.addAttribute("proposals", directory.openProposals());
    model.addAttribute("office", Office.is(request));
    model.addAttribute(
        "member",
        new Me(
            principal.getName(),
            request.isUserInRole("ADMIN"),
            request.isUserInRole("DEPARTMENT")));
    return "supervision/departments";
  }

  /** The logged-in user for the page's header. */
  record Me(String username, boolean admin, boolean department) {
    public String roleLabel() {
      return null;
    }

    public String departmentName() {
      return null;
    }
  }

  @PostMapping("/supervision/departments")
  String create(
      @RequestParam String name,
      Principal principal,
      HttpServletRequest request,
      RedirectAttributes flash) {
    return attempt(
        request,
        flash,
        () -> "已添加单位：" + directory.create(name, Actor.of(request, principal)).name());
  }

  @PostMapping("/supervision/departments/{id}/aliases")
  String alias(
      @PathVariable long id,
      @RequestParam String alias,
      Principal principal,
      HttpServletRequest request,
      RedirectAttributes flash) {
    return attempt(
        request,
        flash,
        () ->
            "已添加别名："
                + alias
                + " → "
                + directory.addAlias(id, alias, Actor.of(request, principal)).name());
  }

  @PostMapping("/supervision/departments/proposals/{id}/confirm")
  String confirm(
      @PathVariable long id,
      @RequestParam(required = false) Long aliasOf,
      Principal principal,
      HttpServletRequest request,
      RedirectAttributes flash) {
    return attempt(
        request,
        flash,
        () -> "已确认，归入单位：" + directory.confirm(id, aliasOf, Actor.of(request, principal)).name());
  }

  @PostMapping("/supervision/departments/proposals/{id}/reject")
  String reject(
      @PathVariable long id,
      Principal principal,
      HttpServletRequest request,
      RedirectAttributes flash) {
    return attempt(
        request,
        flash,
        () -> {
          directory.reject(id, Actor.of(request, principal));
          return "已忽略该名称";
        });
  }

  private static String attempt(
      HttpServletRequest request,
      RedirectAttributes flash,
      java.util.function.Supplier<String> change) {
    try {
      Office.require(request);
      flash.addFlashAttribute("message", change.get());
    } catch (InvalidDepartmentException | Office.DepartmentChangeForbidden e) {
      flash.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:/supervision/departments";
  }
}
