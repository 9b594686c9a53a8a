package org.duban.core.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResponsibleUnitsTest {

  private static ResponsibleUnits.Units units(List<String> lead, List<String> supporting) {
    return new ResponsibleUnits.Units(lead, supporting);
  }

  @Test
  void readsALeadAndItsSupportersSharingOutTheirDuties() {
    assertThat(ResponsibleUnits.find("完善口岸服务。（南湖海关牵头，市贸促会、市商务局按职责分工配合）"))
        .isEqualTo(units(List.of("南湖海关"), List.of("市贸促会", "市商务局")));
  }

  @Test
  void readsASingleUnitInChargeAsTheLead() {
    assertThat(ResponsibleUnits.find("建立企业服务专员制度。（市商务局负责）"))
        .isEqualTo(units(List.of("市商务局"), List.of()));
  }

  @Test
  void readsUnitsInChargeAfterALeadAsSupporters() {
    assertThat(ResponsibleUnits.find("畅通物流通道。（市交通局牵头，市港务集团、市机场集团按职责分工负责）"))
        .isEqualTo(units(List.of("市交通局"), List.of("市港务集团", "市机场集团")));
  }

  @Test
  void readsALeadInChargeAndTheUnitsTakingPart() {
    assertThat(ResponsibleUnits.find("办好招商推介会。（区投促中心牵头负责，各街道参与）"))
        .isEqualTo(units(List.of("区投促中心"), List.of("各街道")));
  }

  @Test
  void joinsTheUnitsOfEveryParenthesisOfTheTask() {
    assertThat(ResponsibleUnits.find("推动外贸提质。优化出口退税服务。（市税务局负责）扩大机电产品出口。（市商务局牵头，市税务局配合）"))
        .isEqualTo(units(List.of("市税务局", "市商务局"), List.of("市税务局")));
  }

  @Test
  void keepsAndInsideAUnitName() {
    assertThat(ResponsibleUnits.find("发展工业互联网。（省商务厅牵头，省经济和信息化厅、省人力资源和社会保障厅配合）"))
        .isEqualTo(units(List.of("省商务厅"), List.of("省经济和信息化厅", "省人力资源和社会保障厅")));
  }

  @Test
  void splitsAListAtAndBetweenWholeUnitNames() {
    assertThat(ResponsibleUnits.find("做好用地保障。（区规划资源局牵头，区发展改革委和区财政局及各镇配合）"))
        .isEqualTo(units(List.of("区规划资源局"), List.of("区发展改革委", "区财政局", "各镇")));
  }

  @Test
  void readsLabelledLeadAndSupportingUnits() {
    assertThat(ResponsibleUnits.find("推行证照联办。牵头单位：市审批服务局；配合单位：市市场监管局、市税务局。"))
        .isEqualTo(units(List.of("市审批服务局"), List.of("市市场监管局", "市税务局")));
  }

  @Test
  void readsAResponsibleListLeadFirst() {
    assertThat(ResponsibleUnits.find("整治背街小巷。责任单位：区城管局、区建管委、各街道。"))
        .isEqualTo(units(List.of("区城管局"), List.of("区建管委", "各街道")));
  }

  @Test
  void stopsALabelledListAtTheNextLabel() {
    assertThat(ResponsibleUnits.find("建设智慧社区。牵头单位：区民政局 配合单位：区数据局"))
        .isEqualTo(units(List.of("区民政局"), List.of("区数据局")));
  }

  @Test
  void keepsLongUnitNamesWhole() {
    assertThat(ResponsibleUnits.find("深化区域合作。（市推进开放工作领导小组办公室成员单位按职责分工负责）"))
        .isEqualTo(units(List.of("市推进开放工作领导小组办公室成员单位"), List.of()));
  }

  @Test
  void ignoresAParenthesisThatNamesNoUnit() {
    assertThat(ResponsibleUnits.find("落实区域协定（以下简称协定）。（2023—2025年）"))
        .isEqualTo(units(List.of(), List.of()));
  }
}
