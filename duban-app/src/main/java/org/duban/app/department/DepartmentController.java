package org.duban.app.department;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.List;
import org.duban.app.audit.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Departments, their aliases and the unit names waiting for confirmation. */
@RestController
@RequestMapping("/api/supervision/departments")
@Tag(name = "departments", description = "承办单位: departments, aliases, proposed names")
final class DepartmentController {

  private final DepartmentDirectory directory;

  DepartmentController(DepartmentDirectory directory) {
    this.directory = directory;
  }

  /** A department's name, or one more name for it. */
  record NameRequest(String name) {}

  /** A decision on a proposed name: the department it is another name of, or none for a new one. */
  record ConfirmRequest(Long aliasOf) {}

  @GetMapping
  @Operation(summary = "Every department with its aliases")
  List<DepartmentEntry> all() {
    return directory.all();
  }

  @GetMapping("/proposals")
  @Operation(summary = "Unit names from documents and sheets that are no department yet")
  List<UnitProposal> proposals() {
    return directory.openProposals();
  }

  @PostMapping
  @Operation(summary = "Add a department (督查室)")
  ResponseEntity<DepartmentEntry> create(
      @RequestBody NameRequest body, Principal principal, HttpServletRequest request) {
    Office.require(request);
    Department d = directory.create(body.name(), Actor.of(request, principal));
    return ResponseEntity.status(HttpStatus.CREATED).body(directory.entry(d.id()));
  }

  @PostMapping("/{id}/aliases")
  @Operation(summary = "Give a department another name (区发展改革委 = 区发改委)")
  DepartmentEntry addAlias(
      @PathVariable long id,
      @RequestBody NameRequest body,
      Principal principal,
      HttpServletRequest request) {
    Office.require(request);
    return directory.addAlias(id, body.name(), Actor.of(request, principal));
  }

  @DeleteMapping("/{id}/aliases/{alias}")
  @Operation(summary = "Remove an alias")
  DepartmentEntry removeAlias(
      @PathVariable long id,
      @PathVariable String alias,
      Principal principal,
      HttpServletRequest request) {
    Office.require(request);
    return directory.removeAlias(id, alias, Actor.of(request, principal));
  }

  @PostMapping("/proposals/{id}/confirm")
  @Operation(summary = "Confirm a proposed name as a new department, or as an alias (aliasOf)")
  DepartmentEntry confirm(
      @PathVariable long id,
      @RequestBody(required = false) ConfirmRequest body,
      Principal principal,
      HttpServletRequest request) {
    Office.require(request);
    Department d =
        directory.confirm(id, body == null ? null : body.aliasOf(), Actor.of(request, principal));
    return directory.entry(d.id());
  }

  @PostMapping("/proposals/{id}/reject")
  @Operation(summary = "Set a proposed name aside")
  ResponseEntity<Void> reject(
      @PathVariable long id, Principal principal, HttpServletRequest request) {
    Office.require(request);
    directory.reject(id, Actor.of(request, principal));
    return ResponseEntity.noContent().build();
  }
}
