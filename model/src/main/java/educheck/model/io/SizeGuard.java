package educheck.model.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes the XML parser reads between two of its events. The parser holds a whole attribute, tag or
 * comment in memory before it reports it, so a single one of a gigabyte would exhaust the heap before any check
 * could see it; the guard stops reading first.
 */
final class SizeGuard extends FilterInputStream {

    /** No event of a real submission comes near this: a school's start tag with every attribute is under 1 KiB. */
    static final long MAX_BYTES_PER_EVENT = 1 << 20;

    private long sinceEvent;
    private boolean tripped;

    SizeGuard(InputStream in) {
        super(in);
    }

    /** The parser has reported an event: the next one starts counting afresh. */
    void event() {
        sinceEvent = 0;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(int bytes) throws Oversized {
        sinceEvent += bytes;
        if (sinceEvent > MAX_BYTES_PER_EVENT) {
            tripped = true;
            throw new Oversized();
        }
    }

    /** Whether reading was stopped; the parser reports it as its own exception, without this one as cause. */
    boolean tripped() {
        return tripped;
    }

    static final class Oversized extends IOException {
        Oversized() {
            super("more than " + MAX_BYTES_PER_EVENT + " bytes without a complete tag or text");
        }
    }
}
