package educheck.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * China's county-level districts as the generator lays them out: the 31 provinces with their real GB/T 2260
 * province and prefecture prefixes and about as many county-level units as each has (2,843 in all). Where a
 * real table is supplied (the rule sets' counties.csv, Shanghai and Zhejiang today) its codes and names are
 * used as they are; elsewhere the last two digits follow the standard's pattern (01–20 city districts, 21–80
 * counties, 81–99 county-level cities) and the names are invented.
 */
public final class Country {

    /** One province: code, pinyin (for file names), name, prefecture prefixes (two digits) and county count. */
    record Province(String code, String pinyin, String name, List<String> cities, int counties) {
    }

    /** A county-level district to generate. */
    public record DistrictId(String code, String name, String province, Kind kind) {
    }

    /** What the last two digits of a GB/T 2260 code say the district is. */
    public enum Kind {
        /** 市辖区: mostly urban. */
        CITY_DISTRICT,
        /** 县: mostly rural. */
        COUNTY,
        /** 县级市: a town centre with rural townships. */
        COUNTY_CITY;

        static Kind of(String code) {
            int suffix = Integer.parseInt(code.substring(4));
            return suffix <= 20 ? CITY_DISTRICT : suffix <= 80 ? COUNTY : COUNTY_CITY;
        }
    }

    static final List<Province> PROVINCES = List.of(
            p("11", "beijing", "北京市", "01", 16),
            p("12", "tianjin", "天津市", "01", 16),
            p("13", "hebei", "河北省", "01-11", 167),
            p("14", "shanxi", "山西省", "01-11", 117),
            p("15", "neimenggu", "内蒙古自治区", "01-09,22,25,29", 103),
            p("21", "liaoning", "辽宁省", "01-14", 100),
            p("22", "jilin", "吉林省", "01-08,24", 60),
            p("23", "heilongjiang", "黑龙江省", "01-12,27", 121),
            p("31", "shanghai", "上海市", "01", 16),
            p("32", "jiangsu", "江苏省", "01-13", 95),
            p("33", "zhejiang", "浙江省", "01-11", 90),
            p("34", "anhui", "安徽省", "01-08,10-13,15-18", 104),
            p("35", "fujian", "福建省", "01-09", 84),
            p("36", "jiangxi", "江西省", "01-11", 100),
            p("37", "shandong", "山东省", "01-11,13-17", 136),
            p("41", "henan", "河南省", "01-17,90", 157),
            p("42", "hubei", "湖北省", "01-03,05-13,28,90", 103),
            p("43", "hunan", "湖南省", "01-13,31", 122),
            p("44", "guangdong", "广东省", "01-09,12-20,51-53", 122),
            p("45", "guangxi", "广西壮族自治区", "01-14", 111),
            p("46", "hainan", "海南省", "01-04,90", 25),
            p("50", "chongqing", "重庆市", "01-02", 38),
            p("51", "sichuan", "四川省", "01,03-11,13-20,32-34", 183),
            p("52", "guizhou", "贵州省", "01-06,23,26-27", 88),
            p("53", "yunnan", "云南省", "01,03-09,23,25-26,28-29,31,33-34", 129),
            p("54", "xizang", "西藏自治区", "01-06,25", 74),
            p("61", "shaanxi", "陕西省", "01-10", 107),
            p("62", "gansu", "甘肃省", "01-12,29-30", 86),
            p("63", "qinghai", "青海省", "01-02,22-23,25-28", 44),
            p("64", "ningxia", "宁夏回族自治区", "01-05", 22),
            p("65", "xinjiang", "新疆维吾尔自治区", "01-02,04-05,23,27-32,40,42-43,90", 107));

    private static final String PLACE = "安平江山阳河宁城新清长丰兴和华云龙泉武文德乐永昌林石台宝嘉福丹临金明梅桃青白松柳"
            + "桂溪湖海峰岭川原田庄广远通吉祥泰康盛隆秀庆汉沙兰湘黎洛宜崇昭宣怀";

    private Country() {
    }

    /** Every county-level district, in code order: the real tables where given, otherwise generated codes. */
    public static List<DistrictId> all(Map<String, String> realCounties) {
        List<DistrictId> all = new ArrayList<>();
        for (Province p : PROVINCES) {
            Map<String, String> real = new TreeMap<>();
            realCounties.forEach((code, name) -> {
                if (code.startsWith(p.code())) {
                    real.put(code, name);
                }
            });
            if (!real.isEmpty()) {
                real.forEach((code, name) -> all.add(new DistrictId(code, name, p.code(), Kind.of(code))));
            } else {
                generated(p, all);
            }
        }
        return all;
    }

    /**
     * {@code n} districts spread evenly over the country (every province keeps its share), in code order. The
     * whole country when {@code n} is its size.
     */
    public static List<DistrictId> sample(int n, Map<String, String> realCounties) {
        List<DistrictId> all = all(realCounties);
        if (n < 1 || n > all.size()) {
            throw new IllegalArgumentException("the country has " + all.size() + " county-level districts; ask for 1 to " + all.size());
        }
        List<DistrictId> picked = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            picked.add(all.get((int) ((long) i * all.size() / n)));
        }
        return picked;
    }

    /** The province's name, e.g. 浙江省, and its pinyin for file names. */
    static Province province(String code) {
        return PROVINCES.stream().filter(p -> p.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no province " + code));
    }

    private static void generated(Province p, List<DistrictId> out) {
        int cities = p.cities().size();
        for (int c = 0; c < cities; c++) {
            int inCity = p.counties() / cities + (c < p.counties() % cities ? 1 : 0);
            String prefix = p.code() + p.cities().get(c);
            boolean municipality = cities <= 2 && p.counties() > 12;
            int districts = municipality ? inCity : Math.max(1, Math.round(inCity * 0.3f));
            int countyCities = municipality ? 0 : Math.round(inCity * 0.15f);
            for (int i = 0; i < inCity; i++) {
                int suffix = i < districts ? (municipality ? 1 : 2) + i
                        : i < inCity - countyCities ? 21 + (i - districts) : 81 + (i - (inCity - countyCities));
                String code = prefix + String.format("%02d", suffix);
                out.add(new DistrictId(code, name(code), p.code(), Kind.of(code)));
            }
        }
    }

    /** An invented two-character place name with the suffix its kind takes (区, 县 or 市). */
    private static String name(String code) {
        SplittableRandom r = new SplittableRandom(Long.parseLong(code) * 7919L);
        char a = PLACE.charAt(r.nextInt(PLACE.length()));
        char b = PLACE.charAt(r.nextInt(PLACE.length()));
        return "" + a + b + switch (Kind.of(code)) {
            case CITY_DISTRICT -> "区";
            case COUNTY -> "县";
            case COUNTY_CITY -> "市";
        };
    }

    private static Province p(String code, String pinyin, String name, String cityRanges, int counties) {
        List<String> cities = new ArrayList<>();
        for (String range : cityRanges.split(",")) {
            String[] ends = range.split("-");
            int from = Integer.parseInt(ends[0]);
            int to = Integer.parseInt(ends[ends.length - 1]);
            for (int c = from; c <= to; c++) {
                cities.add(String.format("%02d", c));
            }
        }
        return new Province(code, pinyin, name, List.copyOf(cities), counties);
    }
}
