package org.duban.app.fact;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;

/**
 * A fact as the ledger holds it: the fields of {@code shared/spec/facts.md} (same names, same
 * values) plus the document it belongs to, the sentence around it and the catalogue id of its
 * indicator ({@code indicatorId}, null when the catalogue does not know the label). Offsets are
 * code points into the document's file.
 */
@JsonPropertyOrder({
  "id",
  "documentId",
  "doc",
  "start",
  "end",
  "text",
  "value",
  "unit",
  "norm_value",
  "norm_unit",
  "norm_high",
  "qualifier",
  "measure",
  "direction",
  "indicator",
  "indicatorId",
  "modality",
  "period",
  "region",
  "sentence_start",
  "sentence_end"
})
public record StoredFact(
    long id,
    long documentId,
    String doc,
    int start,
    int end,
    String text,
    BigDecimal value,
    String unit,
    @JsonProperty("norm_value") BigDecimal normValue,
    @JsonProperty("norm_unit") String normUnit,
    @JsonProperty("norm_high") BigDecimal normHigh,
    String qualifier,
    String measure,
    String direction,
    String indicator,
    String indicatorId,
    String modality,
    String period,
    String region,
    @JsonProperty("sentence_start") int sentenceStart,
    @JsonProperty("sentence_end") int sentenceEnd) {}
