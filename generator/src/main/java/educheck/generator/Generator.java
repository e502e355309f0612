package educheck.generator;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes synthetic submissions for {@code n} districts spread over China: into one file, or into a folder with
 * one file per province ({@code 33-zhejiang.xml}), as a ministry would receive them. Deterministic: the same
 * seed, year and count give byte-identical files. Each file is written whole or not at all.
 */
public final class Generator {

    /** What was written. */
    public record Summary(int districts, int schools, int sections, int kindergartens, List<Path> files, long bytes) {
    }

    private final long seed;
    private final int year;
    private final Map<String, String> realCounties;

    /**
     * @param realCounties real GB/T 2260 code → name tables to draw codes from where they exist (the rule sets'
     *                     counties.csv); other provinces get generated codes under their real prefixes
     */
    public Generator(long seed, int year, Map<String, String> realCounties) {
        if (year < 2000 || year > 2100) {
            throw new IllegalArgumentException("year " + year + " is outside 2000–2100");
        }
        this.seed = seed;
        this.year = year;
        this.realCounties = Map.copyOf(realCounties);
    }

    /** How many districts the whole country has: the most {@link #write} accepts. */
    public int countryDistricts() {
        return Country.all(realCounties).size();
    }

    /** One file when {@code out} ends in .xml, otherwise a folder (created if missing) of one file per province. */
    public Summary write(int districts, Path out) throws IOException {
        List<Country.DistrictId> ids = Country.sample(districts, realCounties);
        if (isFile(out)) {
            return write(ids, out, "all provinces");
        }
        Files.createDirectories(out);
        Map<String, List<Country.DistrictId>> byProvince = new LinkedHashMap<>();
        ids.forEach(id -> byProvince.computeIfAbsent(id.province(), k -> new ArrayList<>()).add(id));
        Summary total = new Summary(0, 0, 0, 0, List.of(), 0);
        for (Map.Entry<String, List<Country.DistrictId>> e : byProvince.entrySet()) {
            Country.Province p = Country.province(e.getKey());
            Summary s = write(e.getValue(), out.resolve(p.code() + "-" + p.pinyin() + ".xml"), p.name());
            List<Path> files = new ArrayList<>(total.files());
            files.addAll(s.files());
            total = new Summary(total.districts() + s.districts(), total.schools() + s.schools(),
                    total.sections() + s.sections(), total.kindergartens() + s.kindergartens(), files, total.bytes() + s.bytes());
        }
        return total;
    }

    public static boolean isFile(Path out) {
        return out.getFileName() != null && out.getFileName().toString().endsWith(".xml") && !Files.isDirectory(out);
    }

    Summary write(List<Country.DistrictId> ids, Path file, String what) throws IOException {
        Path target = file.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
        readableByAll(temporary);
        int schools = 0;
        int sections = 0;
        int kindergartens = 0;
        try {
            try (Writer w = new BufferedWriter(Files.newBufferedWriter(temporary, StandardCharsets.UTF_8), 1 << 16)) {
                w.write(header(ids.size(), what));
                DistrictGenerator generator = new DistrictGenerator(seed, year);
                StringBuilder district = new StringBuilder(1 << 17);
                for (Country.DistrictId id : ids) {
                    district.setLength(0);
                    DistrictGenerator.Counts c = generator.write(id, district);
                    schools += c.schools();
                    sections += c.sections();
                    kindergartens += c.kindergartens();
                    w.append(district);
                }
                w.write("</submission>\n");
            }
            move(temporary, target);
        } finally {
            Files.deleteIfExists(temporary);
        }
        return new Summary(ids.size(), schools, sections, kindergartens, List.of(target), Files.size(target));
    }

    private String header(int districts, String what) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<!--\n"
                + "  SYNTHETIC DATA made by `educheck generate` (seed " + seed + ", year " + year + "): " + districts
                + " county-level districts, " + what + ".\n"
                + "  District codes use real GB/T 2260 province and prefecture prefixes (real codes and names for the\n"
                + "  provinces whose rule sets list their counties); every name, school and figure is invented.\n"
                + "-->\n"
                + "<submission xmlns=\"urn:educheck:submission:1\" year=\"" + year + "\">\n";
    }

    /** Temporary files are private to their owner; the finished submission is an ordinary file. */
    private static void readableByAll(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the default permissions stand
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
