package org.duban.app.scalebench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.duban.core.text.SourceText;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * A corpus of any size made from the shipped demo texts: document {@code i} is one of them moved to
 * a real place and a year between 2005 and 2024 (every year the text names shifts with it), its
 * dates moved by a few days so that no two documents are the same file.
 */
final class ScaleCorpus {

  /** Real district- and county-level places of China, as their governments name themselves. */
  static final List<String> PLACES =
      List.of(
          "东城区", "西城区", "朝阳区", "海淀区", "丰台区", "石景山区", "门头沟区", "房山区", "通州区", "顺义区", "昌平区", "大兴区",
          "怀柔区", "平谷区", "密云区", "延庆区", "黄浦区", "徐汇区", "长宁区", "静安区", "普陀区", "虹口区", "杨浦区", "闵行区", "宝山区",
          "嘉定区", "浦东新区", "金山区", "松江区", "青浦区", "奉贤区", "崇明区", "和平区", "河西区", "南开区", "河北区", "红桥区",
          "滨海新区", "渝中区", "江北区", "沙坪坝区", "九龙坡区", "南岸区", "渝北区", "越秀区", "海珠区", "天河区", "白云区", "黄埔区",
          "番禺区", "花都区", "南沙区", "从化区", "增城区", "福田区", "罗湖区", "南山区", "宝安区", "龙岗区", "盐田区", "龙华区", "坪山区",
          "光明区", "玄武区", "秦淮区", "建邺区", "鼓楼区", "栖霞区", "雨花台区", "江宁区", "上城区", "拱墅区", "西湖区", "滨江区",
          "萧山区", "余杭区", "富阳区", "临安区", "锦江区", "青羊区", "金牛区", "武侯区", "成华区", "龙泉驿区", "双流区", "郫都区",
          "雁塔区", "碑林区", "莲湖区", "未央区", "灞桥区", "长安区", "历下区", "市中区", "槐荫区", "天桥区", "历城区", "市南区", "市北区",
          "崂山区", "思明区", "湖里区", "集美区", "海沧区", "芙蓉区", "天心区", "岳麓区", "开福区", "雨花区", "江岸区", "江汉区", "硚口区",
          "汉阳区", "武昌区", "洪山区", "南岗区", "道里区", "香坊区", "沈河区", "铁西区", "皇姑区", "大东区", "昆山市", "江阴市", "常熟市",
          "张家港市", "太仓市", "宜兴市", "义乌市", "慈溪市", "余姚市", "晋江市", "石狮市", "南安市", "桐庐县", "淳安县", "德清县",
          "长兴县", "安吉县", "嘉善县");

  private static final int FIRST_YEAR = 2005;
  private static final int YEARS = 20;
  private static final Pattern YEAR = Pattern.compile("(20\\d\\d)(?=年)");
  private static final Pattern DAY = Pattern.compile("(\\d{1,2})月(\\d{1,2})日");
  private static final Pattern SAMPLE_PLACE = Pattern.compile("临江区|清河区");

  private final List<SourceText> samples;

  ScaleCorpus(List<SourceText> samples) {
    if (samples.isEmpty()) {
      throw new IllegalArgumentException("no sample texts to build a corpus from");
    }
    for (SourceText sample : samples) {
      // Its date is what keeps two documents of the same place, year and text apart.
      if (!DAY.matcher(sample.text()).find()) {
        throw new IllegalArgumentException(sample.name() + " has no date (月…日) to vary");
      }
    }
    this.samples = List.copyOf(samples);
  }

  /** The demo's texts shipped in {@code samples/}. */
  static ScaleCorpus shipped() {
    try {
      Resource[] resources =
          new PathMatchingResourcePatternResolver().getResources("classpath*:samples/*.txt");
      Arrays.sort(resources, Comparator.comparing(Resource::getFilename));
      List<SourceText> texts = new ArrayList<>();
      for (Resource r : resources) {
        texts.add(
            new SourceText(
                r.getFilename(), new String(r.getContentAsByteArray(), StandardCharsets.UTF_8)));
      }
      return new ScaleCorpus(texts);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** How many distinct documents this corpus can make. */
  long capacity() {
    return (long) samples.size() * PLACES.size() * YEARS * 28;
  }

  String place(long i) {
    return PLACES.get((int) ((i / samples.size()) % PLACES.size()));
  }

  int year(long i) {
    return FIRST_YEAR + (int) ((i / ((long) samples.size() * PLACES.size())) % YEARS);
  }

  /** Document {@code i}, for 0 ≤ i < {@link #capacity()}. */
  SourceText document(long i) {
    if (i < 0 || i >= capacity()) {
      throw new IllegalArgumentException("document " + i + " is beyond " + capacity());
    }
    SourceText sample = samples.get((int) (i % samples.size()));
    int shift = year(i) - 2024;
    int variant = (int) (i / ((long) samples.size() * PLACES.size() * YEARS));
    String text = SAMPLE_PLACE.matcher(sample.text()).replaceAll(place(i));
    text = replace(YEAR, text, m -> String.valueOf(Integer.parseInt(m.group(1)) + shift));
    text =
        replace(
            DAY,
            text,
            m -> m.group(1) + "月" + ((Integer.parseInt(m.group(2)) - 1 + variant) % 28 + 1) + "日");
    return new SourceText("scale-" + i + "-" + sample.name(), text);
  }

  private static String replace(Pattern pattern, String text, Function<MatchResult, String> with) {
    return pattern.matcher(text).replaceAll(m -> Matcher.quoteReplacement(with.apply(m)));
  }
}
