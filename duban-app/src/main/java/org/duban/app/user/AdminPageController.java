package org.duban.app.user;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import org.duban.app.audit.Actor;
import org.duban.app.department.DepartmentRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's page of users (the security configuration lets only ADMIN in). */
@Controller
final class AdminPageController {

  private final UserRepository users;
  private final UserService service;
  private final DepartmentRepository departments;

  AdminPageController(UserRepository users, UserService service, DepartmentRepository departments) {
    this.users = users;
    this.service = service;
    this.departments = departments;
  }

  @GetMapping("/admin/users")
  String list(Principal principal, Model model) {
    model.addAttribute("users", users.all());
    model.addAttribute("roles", Role.values());
    model.addAttribute("departments", departments.all());
    model.addAttribute("member", users.findByName(principal.getName()).orElse(null));
    return "admin/users";
  }

  @PostMapping("/admin/users")
  String add(
      @RequestParam String username,
      @RequestParam Role role,
      @RequestParam(required = false) String department,
      @RequestParam(required = false) String email,
      @RequestParam String password,
      Principal principal,
      HttpServletRequest request,
      RedirectAttributes flash) {
    try {
      String dept = role == Role.DEPARTMENT ? department : null;
      UserAccount added =
          service.add(
              new NewUser(username, role, dept, email, password), Actor.of(request, principal));
      flash.addFlashAttribute(
          "message", "已添加用户 " + added.username() + "（" + added.role().label() + "）");
    } catch (InvalidUserException e) {
      flash.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:/admin/users";
  }
}
