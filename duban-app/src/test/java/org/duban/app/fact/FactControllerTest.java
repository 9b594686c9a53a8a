package org.duban.app.fact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.duban.app.label.Labels;
import org.duban.app.security.SecurityConfig;
import org.duban.core.fact.Modality;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(FactController.class)
@Import({SecurityConfig.class, Labels.class})
class FactControllerTest {

  @Autowired MockMvc mvc;
  @MockitoBean FactRepository facts;

  private static final FactFilter ACTUAL_2023 =
      new FactFilter("长宁区", null, "2023", Modality.ACTUAL, null, null);

  private static final StoredFact GDP =
      new StoredFact(
          1,
          3,
          "报告.txt",
          1042,
          1051,
          "2286.2亿元",
          new BigDecimal("2286.2"),
          "亿元",
          new BigDecimal("228620000000").stripTrailingZeros(),
          "CNY",
          null,
          "exact",
          "VALUE",
          null,
          "地区生产总值",
          "gdp",
          "ACTUAL",
          "2023",
          "长宁区",
          1030,
          1060);

  @Test
  void listsFactsInTheSpecsFieldNamesWithTheirDocument() throws Exception {
    when(facts.find(eq(ACTUAL_2023), anyInt(), eq(0))).thenReturn(List.of(GDP));
    when(facts.count(ACTUAL_2023)).thenReturn(1L);

    mvc.perform(
            get("/api/facts")
                .param("region", "长宁区")
                .param("period", "2023")
                .param("modality", "actual"))
        .andExpect(status().isOk())
        .andExpect(header().string("X-Total-Count", "1"))
        .andExpect(jsonPath("$[0].documentId").value(3))
        .andExpect(jsonPath("$[0].start").value(1042))
        .andExpect(jsonPath("$[0].end").value(1051))
        .andExpect(jsonPath("$[0].text").value("2286.2亿元"))
        .andExpect(jsonPath("$[0].norm_unit").value("CNY"))
        .andExpect(jsonPath("$[0].norm_high").doesNotExist())
        .andExpect(jsonPath("$[0].indicator").value("地区生产总值"))
        .andExpect(jsonPath("$[0].indicatorId").value("gdp"))
        .andExpect(jsonPath("$[0].modality").value("ACTUAL"));
  }

  @Test
  void writesLargeNumbersAsWritten() throws Exception {
    when(facts.find(eq(FactFilter.ALL), anyInt(), eq(0))).thenReturn(List.of(GDP));

    String body = mvc.perform(get("/api/facts")).andReturn().getResponse().getContentAsString();

    assertThat(body).contains("\"norm_value\":228620000000,").contains("\"value\":2286.2,");
  }

  @ParameterizedTest
  @CsvSource({
    "modality, PLAN",
    "measure, SIZE",
    "period, 去年",
    "document, 三",
    "limit, 0",
    "offset, -1"
  })
  void badFilterValuesAre400sNamingTheParameter(String parameter, String value) throws Exception {
    mvc.perform(get("/api/facts").param(parameter, value))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.status").value(400))
        .andExpect(jsonPath("$.message").value(containsString("'" + parameter + "'")));
  }

  private void stored(StoredFact... found) {
    when(facts.count(FactFilter.ALL)).thenReturn((long) found.length);
    doAnswer(
        call -> {
          Consumer<StoredFact> sink = call.getArgument(1);
          for (StoredFact f : found) {
            sink.accept(f);
          }
          return null;
        })
        .when(facts)
        .stream(eq(FactFilter.ALL), any());
  }

  @Test
  void exportsCsvWithChineseHeaders() throws Exception {
    stored(GDP);

    byte[] body =
        mvc.perform(get("/api/facts.csv"))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Disposition", containsString("facts.csv")))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();

    String[] lines = new String(body, StandardCharsets.UTF_8).split("\r\n");
    assertThat(lines[0]).startsWith("\uFEFF文档编号,文件,起点,终点,数量表述,数值,单位,标准值");
    assertThat(lines[1]).startsWith("3,报告.txt,1042,1051,2286.2亿元,2286.2,亿元,228620000000,CNY");
    assertThat(lines[1]).endsWith(",精确,数值,,地区生产总值,gdp,实际,2023,长宁区");
  }

  @Test
  void defaultPageKeepsTheAnswerSmall() throws Exception {
    when(facts.find(eq(FactFilter.ALL), eq(50), eq(0))).thenReturn(List.of(GDP));
    when(facts.count(FactFilter.ALL)).thenReturn(500L);

    mvc.perform(get("/api/facts"))
        .andExpect(status().isOk())
        .andExpect(header().string("X-Total-Count", "500"))
        .andExpect(jsonPath("$.length()").value(1));
  }

  @Test
  void neutralisesCsvCellsASpreadsheetWouldTakeForFormulas() throws Exception {
    // issue 12: a file named =HYPERLINK(1).txt went into a cell as is
    stored(
        withFile(GDP, "=HYPERLINK(1).txt"),
        withFile(GDP, "+1.txt"),
        withFile(GDP, "-x.txt"),
        withFile(GDP, "@SUM(1).txt"),
        withFile(GDP, "\tx.txt"),
        withFile(GDP, "报告.txt"));

    String body =
        new String(
            mvc.perform(get("/api/facts.csv")).andReturn().getResponse().getContentAsByteArray(),
            StandardCharsets.UTF_8);

    List<String> files = body.lines().skip(1).map(l -> l.split(",")[1].replace("\"", "")).toList();
    assertThat(files)
        .containsExactly(
            "'=HYPERLINK(1).txt", "'+1.txt", "'-x.txt", "'@SUM(1).txt", "'\tx.txt", "报告.txt");
    assertThat(body.lines().skip(1)).allSatisfy(l -> assertThat(l).contains(",2286.2,"));
  }

  @Test
  void refusesAnExportLargerThanItsLimitNamingTheLimit() throws Exception {
    when(facts.count(FactFilter.ALL)).thenReturn(FactController.MAX_XLSX + 1);

    mvc.perform(get("/api/facts.xlsx"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.message").value(containsString("1,000,000")))
        .andExpect(jsonPath("$.message").value(containsString("narrow the filter")));
    verify(facts, never()).stream(any(), any());
  }

  private static StoredFact withFile(StoredFact f, String file) {
    return new StoredFact(
        f.id(),
        f.documentId(),
        file,
        f.start(),
        f.end(),
        f.text(),
        f.value(),
        f.unit(),
        f.normValue(),
        f.normUnit(),
        f.normHigh(),
        f.qualifier(),
        f.measure(),
        f.direction(),
        f.indicator(),
        f.indicatorId(),
        f.modality(),
        f.period(),
        f.region(),
        f.sentenceStart(),
        f.sentenceEnd());
  }

  @Test
  void exportsAnExcelSheetWithChineseHeaders() throws Exception {
    stored(GDP);

    byte[] body =
        mvc.perform(get("/api/facts.xlsx"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();

    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(body))) {
      Sheet sheet = book.getSheetAt(0);
      assertThat(sheet.getRow(0).getCell(13).getStringCellValue()).isEqualTo("指标");
      assertThat(sheet.getRow(1).getCell(13).getStringCellValue()).isEqualTo("地区生产总值");
      assertThat(sheet.getRow(1).getCell(7).getNumericCellValue()).isEqualTo(228620000000d);
      assertThat(sheet.getRow(0).getCell(11).getStringCellValue()).isEqualTo("度量");
      assertThat(sheet.getRow(1).getCell(11).getStringCellValue()).isEqualTo("数值");
      assertThat(sheet.getRow(0).getCell(14).getStringCellValue()).isEqualTo("指标编号");
      assertThat(sheet.getRow(1).getCell(14).getStringCellValue()).isEqualTo("gdp");
      assertThat(sheet.getRow(1).getCell(15).getStringCellValue()).isEqualTo("实际");
    }
  }

  @Test
  void listsRegionsAndIndicatorsWithCounts() throws Exception {
    when(facts.regions()).thenReturn(List.of(new ValueCount("长宁区", 40)));
    when(facts.indicators()).thenReturn(List.of(new ValueCount("地区生产总值", 5)));

    mvc.perform(get("/api/regions"))
        .andExpect(jsonPath("$[0].value").value("长宁区"))
        .andExpect(jsonPath("$[0].count").value(40));
    mvc.perform(get("/api/indicators")).andExpect(jsonPath("$[0].value").value("地区生产总值"));
  }
}
