package educheck.checker.load.reach;

import com.github.javaparser.Position;
import com.github.javaparser.ast.Node;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.drools.drl.ast.descr.BaseDescr;

/**
 * The refusals of one rule file, each placed at {@code file:line:column}: from a DRL descriptor's own position, or
 * from a node's position inside the condition or block of code it was parsed from. The same refusal at the same
 * place is kept once.
 */
final class FileRefusals {

    private final String path;
    private final String text;
    private final Set<String> list = new LinkedHashSet<>();

    FileRefusals(String path, String text) {
        this.path = path;
        this.text = text;
    }

    List<String> all() {
        return new ArrayList<>(list);
    }

    /** Where {@code snippet} starts in the file, searching from the descriptor's own position. */
    int offsetOf(String snippet, BaseDescr at) {
        int from = Math.max(0, at.getStartCharacter());
        int found = text.indexOf(snippet, from);
        if (found < 0) {
            found = text.indexOf(snippet);
        }
        return found;
    }

    /** A refusal at {@code node} of a snippet that starts at {@code offset}, parsed with {@code shift} characters before it. */
    void at(Node node, String why, int offset, int shift) {
        Position p = node.getBegin().orElse(null);
        if (offset < 0) {
            list.add(path + ": " + why);
            return;
        }
        if (p == null || p.line < 1) {
            // The engine's parser keeps no positions: the start of the condition or block stands for the place.
            list.add(path + ":" + lineColumn(offset) + ": " + why);
            return;
        }
        int at = offset;
        for (int line = 1; line < p.line && at < text.length(); line++) {
            int nl = text.indexOf('\n', at);
            at = nl < 0 ? text.length() : nl + 1;
        }
        at += p.column - 1 - (p.line == 1 ? shift : 0);
        list.add(path + ":" + lineColumn(at) + ": " + why);
    }

    private String lineColumn(int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < Math.min(offset, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return line + ":" + (offset - lineStart + 1);
    }

    String location(BaseDescr at, String snippet, Node node) {
        int offset = snippet == null ? -1 : offsetOf(snippet, at);
        if (offset >= 0) {
            return path + ":" + lineColumn(offset);
        }
        return path + ":" + Math.max(1, at.getLine()) + (at.getColumn() > 0 ? ":" + (at.getColumn() + 1) : "");
    }

    void refuse(BaseDescr at, String why) {
        if (at == null) {
            list.add(path + ": " + why);
        } else if (at.getStartCharacter() >= 0) {
            list.add(path + ":" + lineColumn(at.getStartCharacter()) + ": " + why);
        } else {
            list.add(path + ":" + Math.max(1, at.getLine()) + ": " + why);
        }
    }

    /** Records {@code why} against {@code at} when it is not null; true when nothing was refused (why is null). */
    boolean allowed(BaseDescr at, String why) {
        if (why != null) {
            refuse(at, why);
            return false;
        }
        return true;
    }
}
