package educheck.web;

import java.nio.charset.StandardCharsets;

/** Submissions made from the failing sample (430626 平江县, 2024) for tests: another year, name, or several districts. */
final class Submissions {

    private Submissions() {
    }

    static String failing() throws java.io.IOException {
        return new String(TestServer.bytes(TestServer.FAILING), StandardCharsets.UTF_8);
    }

    /** The sample as another year's submission under another name. */
    static byte[] asYear(int year, String name) throws java.io.IOException {
        return failing().replace("year=\"2024\"", "year=\"" + year + "\"").replace("name=\"平江县\"", "name=\"" + name + "\"")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** One file of several districts: the sample's district again under each code given. */
    static byte[] districts(String... codes) throws java.io.IOException {
        String xml = failing();
        int start = xml.indexOf("  <district code=\"430626\"");
        int end = xml.indexOf("</district>", start) + "</district>".length();
        String district = xml.substring(start, end);
        StringBuilder all = new StringBuilder();
        for (String code : codes) {
            all.append(district.replace("code=\"430626\" name=\"平江县\"", "code=\"" + code + "\" name=\"区县" + code + "\"")).append('\n');
        }
        return (xml.substring(0, start) + all + xml.substring(end)).getBytes(StandardCharsets.UTF_8);
    }
}
