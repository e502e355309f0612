package educheck.model.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a file's bytes into characters in the encoding it declares (UTF-8 when it declares none), refusing bytes
 * that are not of that encoding and saying on which line. Chinese text saved by a spreadsheet is often GBK while
 * the file says, or is assumed to be, UTF-8; the XML parser's own report of that has no line and goes to stderr.
 */
final class StrictDecoder extends Reader {

    private static final Pattern DECLARED = Pattern.compile("^<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._\\-]+)[\"']");

    private final InputStream in;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(8192);
    private final CharBuffer chars = CharBuffer.allocate(8192);
    private boolean endOfInput;
    private boolean malformed;
    private int line = 1;

    private StrictDecoder(InputStream in, Charset charset) {
        this.in = in;
        this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        bytes.flip();
        chars.flip();
    }

    /** The charset a file's byte-order mark or XML declaration names; UTF-8 otherwise. */
    static Charset charsetOf(byte[] head, int length) throws IOException {
        if (length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (length >= 2 && ((head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF || (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE)) {
            return StandardCharsets.UTF_16;
        }
        Matcher m = DECLARED.matcher(new String(head, 0, length, StandardCharsets.ISO_8859_1));
        if (!m.find()) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(m.group(1));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new UnknownEncoding(m.group(1));
        }
    }

    /** Reads {@code in} in the encoding its start declares; {@code in} must support mark and reset. */
    static StrictDecoder of(InputStream in) throws IOException {
        byte[] head = new byte[256];
        in.mark(head.length);
        int n = in.readNBytes(head, 0, head.length);
        in.reset();
        return new StrictDecoder(in, charsetOf(head, n));
    }

    String charset() {
        return decoder.charset().name();
    }

    /** Whether reading stopped at bytes not of the encoding; {@link #line()} is where. */
    boolean malformed() {
        return malformed;
    }

    /** The line of the last character handed out, which is the line of the bad bytes once {@link #malformed()}. */
    int line() {
        return line;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (!chars.hasRemaining()) {
            if (malformed) {
                throw new IOException("bytes that are not " + charset() + " on line " + line);
            }
            if (endOfInput && !bytes.hasRemaining()) {
                return -1;
            }
            fill();
        }
        int n = Math.min(length, chars.remaining());
        chars.get(buffer, offset, n);
        for (int i = offset; i < offset + n; i++) {
            if (buffer[i] == '\n') {
                line++;
            }
        }
        return n;
    }

    private void fill() throws IOException {
        bytes.compact();
        if (!endOfInput) {
            int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (n < 0) {
                endOfInput = true;
            } else {
                bytes.position(bytes.position() + n);
            }
        }
        bytes.flip();
        chars.clear();
        CoderResult result = decoder.decode(bytes, chars, endOfInput);
        if (endOfInput && !result.isError()) {
            result = decoder.flush(chars);
        }
        if (result.isError()) {
            malformed = true;
        }
        chars.flip();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** An encoding name Java does not know. */
    static final class UnknownEncoding extends IOException {
        final String name;

        UnknownEncoding(String name) {
            super("unknown encoding " + name);
            this.name = name;
        }
    }
}
