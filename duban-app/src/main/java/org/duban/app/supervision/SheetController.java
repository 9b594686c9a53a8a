package org.duban.app.supervision;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import org.duban.app.audit.Actor;
import org.duban.app.department.DepartmentDirectory;
import org.duban.app.web.InvalidParameterException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The 督办台账 as an Excel sheet, and a 分工方案 sheet read into items. */
@RestController
@RequestMapping("/api/supervision")
@Tag(name = "supervision")
final class SheetController {

  private final ItemService items;
  private final ReportService reports;
  private final ItemViews views;
  private final Viewers viewers;
  private final DepartmentDirectory directory;
  private final SheetImport sheets;

  SheetController(
      ItemService items,
      ReportService reports,
      ItemViews views,
      Viewers viewers,
      DepartmentDirectory directory,
      SheetImport sheets) {
    this.items = items;
    this.reports = reports;
    this.views = views;
    this.viewers = viewers;
    this.directory = directory;
    this.sheets = sheets;
  }

  @GetMapping("/items.xlsx")
  @Operation(summary = "The 督办台账 as Excel, with the same filters as the list")
  void export(
      @RequestParam(required = false) String department,
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String light,
      @RequestParam(required = false) String asOf,
      Principal principal,
      HttpServletResponse response)
      throws IOException {
    Viewer viewer = viewers.of(principal);
    ItemQuery query = ItemQuery.parse(department, status, light, asOf, directory, items.today());
    List<ItemView> found = query.filter(items.visible(viewer), reports.byItem(), views);
    response.setContentType(Workbooks.XLSX);
    response.setHeader(
        HttpHeaders.CONTENT_DISPOSITION,
        ContentDisposition.attachment()
            .filename("督办台账-" + query.asOf() + ".xlsx", StandardCharsets.UTF_8)
            .build()
            .toString());
    Workbooks.items(found, query.asOf().toString(), response.getOutputStream());
  }

  @PostMapping("/items/import")
  @Operation(summary = "Read a 分工方案 sheet (序号, 任务内容, 牵头单位, 配合单位, 完成时限) into items")
  ResponseEntity<List<ItemView>> importSheet(
      @RequestParam("file") MultipartFile file,
      @RequestParam(required = false) Integer year,
      Principal principal,
      HttpServletRequest request)
      throws IOException {
    Offices.require(viewers.of(principal), "导入分工方案");
    if (file.isEmpty()) {
      throw new InvalidParameterException("file", "is empty; send the 分工方案 sheet as field 'file'");
    }
    int y = year != null ? year : items.today().getYear();
    List<Item> created =
        sheets.load(file.getBytes(), file.getOriginalFilename(), y, Actor.of(request, principal));
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(views.list(created, reports.byItem(), items.today()));
  }
}
