// Run with run.sh beside it; not part of the build.
import java.io.*; import java.nio.file.*; import java.util.*; import java.lang.management.*;
import javax.xml.stream.*;
import org.apache.poi.openxml4j.opc.*; import org.apache.poi.xssf.eventusermodel.*; import org.apache.poi.util.XMLHelper;
import org.xml.sax.*; import org.xml.sax.helpers.DefaultHandler;
import org.dhatim.fastexcel.reader.ReadableWorkbook;

/**
 * Every cell's stored value of every sheet (the r, t and s attributes read, shared strings looked up once each), in
 * turn with: POI's package and the JDK's SAX parser (educheck until 2026-12-04 evening), POI's package with a StAX
 * pull loop on Woodstox, Aalto and the JDK's StAX, and fastexcel-reader (its own package layer, Aalto underneath).
 */
public class ReadSheets {
  interface Sheet { void read(InputStream in, Map<Integer, String> cache, ReadOnlySharedStringsTable sst, long[] n) throws Exception; }

  static String shared(Map<Integer, String> cache, ReadOnlySharedStringsTable sst, String v) {
    return cache.computeIfAbsent(Integer.parseInt(v), i -> sst.getItemAt(i).getString());
  }

  static long poi(Path f, Sheet sheet) throws Exception {
    long[] n = {0};
    try (OPCPackage p = OPCPackage.open(f.toFile(), PackageAccess.READ)) {
      XSSFReader r = new XSSFReader(p); ReadOnlySharedStringsTable sst = new ReadOnlySharedStringsTable(p, false);
      Map<Integer, String> cache = new HashMap<>();
      Iterator<InputStream> it = r.getSheetsData();
      while (it.hasNext()) try (InputStream in = it.next()) { sheet.read(in, cache, sst, n); }
    }
    return n[0];
  }

  static void sax(InputStream in, Map<Integer, String> cache, ReadOnlySharedStringsTable sst, long[] n) throws Exception {
    XMLReader x = XMLHelper.newXMLReader();
    x.setContentHandler(new DefaultHandler() {
      StringBuilder v = new StringBuilder(); boolean on; String t, ref, s;
      public void startElement(String u, String l, String q, Attributes a) { if (l.equals("c")) { t = a.getValue("t"); ref = a.getValue("r"); s = a.getValue("s"); v.setLength(0); } else if (l.equals("v") || l.equals("t")) on = true; }
      public void characters(char[] c, int st, int len) { if (on) v.append(c, st, len); }
      public void endElement(String u, String l, String q) { if (l.equals("v") || l.equals("t")) on = false; else if (l.equals("c")) n[0] += ("s".equals(t) ? shared(cache, sst, v.toString()) : v.toString()).length(); }
    });
    x.parse(new InputSource(in));
  }

  static Sheet stax(XMLInputFactory xf) {
    xf.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    xf.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    xf.setProperty(XMLInputFactory.IS_COALESCING, false);
    return (in, cache, sst, n) -> {
      XMLStreamReader x = xf.createXMLStreamReader(in);
      StringBuilder v = new StringBuilder(); boolean on = false; String t = null, ref, s;
      while (x.hasNext()) {
        int e = x.next();
        if (e == XMLStreamConstants.START_ELEMENT) { String l = x.getLocalName();
          if (l.equals("c")) { t = x.getAttributeValue(null, "t"); ref = x.getAttributeValue(null, "r"); s = x.getAttributeValue(null, "s"); v.setLength(0); }
          else if (l.equals("v") || l.equals("t")) on = true; }
        else if (e == XMLStreamConstants.CHARACTERS) { if (on) v.append(x.getTextCharacters(), x.getTextStart(), x.getTextLength()); }
        else if (e == XMLStreamConstants.END_ELEMENT) { String l = x.getLocalName();
          if (l.equals("v") || l.equals("t")) on = false; else if (l.equals("c")) n[0] += ("s".equals(t) ? shared(cache, sst, v.toString()) : v.toString()).length(); }
      }
      x.close();
    };
  }

  static long fastexcel(Path f) throws Exception {
    long n = 0;
    try (ReadableWorkbook wb = new ReadableWorkbook(f.toFile())) {
      for (org.dhatim.fastexcel.reader.Sheet s : (Iterable<org.dhatim.fastexcel.reader.Sheet>) wb.getSheets()::iterator) try (var rows = s.openStream()) {
        for (org.dhatim.fastexcel.reader.Row row : (Iterable<org.dhatim.fastexcel.reader.Row>) rows::iterator)
          for (org.dhatim.fastexcel.reader.Cell c : row) if (c != null) { String v = c.getRawValue(); n += v == null ? 0 : v.length(); }
      }
    }
    return n;
  }

  public static void main(String[] a) throws Exception {
    List<Path> files; try (var l = Files.list(Path.of(a[0]))) { files = l.sorted().toList(); }
    Map<String, Sheet> readers = new LinkedHashMap<>();
    readers.put("poi+jdk-sax", ReadSheets::sax);
    readers.put("poi+woodstox-stax", stax(new com.ctc.wstx.stax.WstxInputFactory()));
    readers.put("poi+aalto-stax", stax(new com.fasterxml.aalto.stax.InputFactoryImpl()));
    readers.put("poi+jdk-stax", stax(XMLInputFactory.newDefaultFactory()));
    readers.put("fastexcel", null);
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    for (int round = 0; round < 3; round++) for (var reader : readers.entrySet()) {
      long cpu = mx.getCurrentThreadCpuTime(), wall = System.nanoTime(), chars = 0;
      for (Path f : files) chars += reader.getValue() == null ? fastexcel(f) : poi(f, reader.getValue());
      System.out.printf("| %d | %s | %.1f s CPU | %.1f s wall | %d characters |%n", round + 1, reader.getKey(),
          (mx.getCurrentThreadCpuTime() - cpu) / 1e9, (System.nanoTime() - wall) / 1e9, chars);
    }
  }
}
