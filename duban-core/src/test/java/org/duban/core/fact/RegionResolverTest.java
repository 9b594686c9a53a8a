package org.duban.core.fact;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegionResolverTest {

  @Test
  void keepsTheDocumentsJurisdictionByDefault() {
    assertThat(Extraction.of("全年地区生产总值增长6%。").fact("6%").region()).isEqualTo("东湖区");
  }

  @Test
  void movesAFigureToAZoneItsClauseOpensWith() {
    Extraction e = Extraction.of("长宁片区完成综合税收190亿元，同比增长18%。").jurisdiction("长宁区");
    assertThat(e.fact("190亿元").region()).isEqualTo("长宁片区");
    assertThat(e.fact("18%").region()).isEqualTo("长宁片区");
  }

  @Test
  void readsProvincesInANationalStoryInTheirFullName() {
    Extraction e = Extraction.of("其中，湖北为18.7%；山东、浙江、河南分别达到6万亿元、5万亿元和4万亿元。").jurisdiction("全国");
    assertThat(e.fact("18.7%").region()).isEqualTo("湖北省");
    assertThat(e.fact("6万亿元").region()).isEqualTo("山东省");
    assertThat(e.fact("5万亿元").region()).isEqualTo("浙江省");
    assertThat(e.fact("4万亿元").region()).isEqualTo("河南省");
  }

  @Test
  void namesTheDivisionAParentIsFollowedBy() {
    Extraction e = Extraction.of("北京市海淀区新增高新技术企业120家。").jurisdiction("全国");
    assertThat(e.fact("120家").region()).isEqualTo("海淀区");
  }

  @Test
  void neverMakesAListOfPlacesOneRegion() {
    Extraction e = Extraction.of("北京、上海、广东等地研发投入增长超过10%。江苏和浙江合计完成投资3万亿元。").jurisdiction("全国");
    assertThat(e.fact("10%").region()).isEqualTo("全国");
    assertThat(e.fact("3万亿元").region()).isEqualTo("全国");
  }

  @Test
  void doesNotTakeOnePlaceOfAnOpenListForTheRegion() {
    Extraction e = Extraction.of("广东等省份出口增长8%。").jurisdiction("全国");
    assertThat(e.fact("8%").region()).isEqualTo("全国");
  }

  @Test
  void readsAShortDistrictNameInsideTheDocumentsProvince() {
    Extraction e = Extraction.of("闵行完成工业总产值3000亿元。").jurisdiction("长宁区");
    assertThat(e.fact("3000亿元").region()).isEqualTo("闵行区");
  }

  @Test
  void leavesAProjectInsideTheJurisdictionWithIt() {
    Extraction e = Extraction.of("宁波舟山港集装箱吞吐量4387万标箱。").jurisdiction("浙江省");
    assertThat(e.fact("4387万标箱").region()).isEqualTo("浙江省");
  }

  @Test
  void doesNotTakeAScopeWordForASubject() {
    Extraction e = Extraction.of("全国重点实验室从15家跃升到38家。").jurisdiction("浙江省");
    assertThat(e.fact("15家").region()).isEqualTo("浙江省");
  }

  @Test
  void givesTheFiguresAfterAClauseOfPlacesThosePlaces() {
    // issue 8: 其次为…，分别…
    Extraction e = Extraction.of("湖南的增速比目标高出3个百分点。其次为江西和安徽，分别高出2个、1个百分点。").jurisdiction("全国");
    assertThat(e.fact("2个").region()).isEqualTo("江西省");
    assertThat(e.fact("1个百分点").region()).isEqualTo("安徽省");
    assertThat(e.fact("2个").indicator()).isEqualTo(e.fact("3个百分点").indicator());
  }
}
