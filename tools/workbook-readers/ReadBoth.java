// Run with run.sh beside it; not part of the build.
import java.io.*; import java.nio.file.*; import java.util.*; import java.lang.management.*;
import org.apache.poi.openxml4j.opc.*; import org.apache.poi.xssf.eventusermodel.*; import org.apache.poi.util.XMLHelper;
import org.xml.sax.*; import org.xml.sax.helpers.DefaultHandler;
import org.dhatim.fastexcel.reader.*;

/** Every cell's stored value of every sheet, once with POI's SAX event API, once with fastexcel-reader. */
public class ReadBoth {
  static long poi(Path f) throws Exception {
    long[] n = {0};
    try (OPCPackage p = OPCPackage.open(f.toFile(), PackageAccess.READ)) {
      XSSFReader r = new XSSFReader(p); ReadOnlySharedStringsTable sst = new ReadOnlySharedStringsTable(p, false);
      Iterator<InputStream> it = r.getSheetsData();
      while (it.hasNext()) try (InputStream in = it.next()) {
        XMLReader x = XMLHelper.newXMLReader();
        x.setContentHandler(new DefaultHandler() {
          StringBuilder v = new StringBuilder(); boolean on; String t;
          public void startElement(String u, String l, String q, Attributes a) { if (l.equals("c")) { t = a.getValue("t"); v.setLength(0);} else if (l.equals("v") || l.equals("t")) on = true; }
          public void characters(char[] c, int s, int len) { if (on) v.append(c, s, len); }
          public void endElement(String u, String l, String q) { if (l.equals("v") || l.equals("t")) on = false; else if (l.equals("c")) { String s = "s".equals(t) ? sst.getItemAt(Integer.parseInt(v.toString())).getString() : v.toString(); n[0] += s.length(); } }
        });
        x.parse(new InputSource(in));
      }
    }
    return n[0];
  }
  static long fast(Path f) throws Exception {
    long n = 0;
    try (ReadableWorkbook wb = new ReadableWorkbook(f.toFile())) {
      for (Sheet s : (Iterable<Sheet>) wb.getSheets()::iterator) try (var rows = s.openStream()) {
        for (Row row : (Iterable<Row>) rows::iterator) for (Cell c : row) if (c != null) { String v = c.getRawValue(); n += v == null ? 0 : v.length(); }
      }
    }
    return n;
  }
  public static void main(String[] a) throws Exception {
    List<Path> files; try (var l = Files.list(Path.of(a[0]))) { files = l.sorted().toList(); }
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    for (int round = 0; round < 3; round++) for (String which : new String[] {"poi", "fastexcel"}) {
      long cpu = mx.getCurrentThreadCpuTime(), wall = System.nanoTime(), chars = 0;
      for (Path f : files) chars += which.equals("poi") ? poi(f) : fast(f);
      System.out.printf("round %d %-9s %.1f s CPU %.1f s wall, %d chars%n", round, which, (mx.getCurrentThreadCpuTime() - cpu) / 1e9, (System.nanoTime() - wall) / 1e9, chars);
    }
  }
}
