package educheck.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The input files a run checked, as the archive kept them (table run_input_files, V3). */
final class StoredInputs {

    private StoredInputs() {
    }

    static List<Path> write(Archive archive, long id, Path dir) throws IOException {
        List<Path> written = new ArrayList<>();
        try (Connection c = archive.connection();
             PreparedStatement s = c.prepareStatement("SELECT i.position, i.name, f.content FROM run_inputs i"
                     + " JOIN run_input_files f ON f.run_id = i.run_id AND f.position = i.position"
                     + " WHERE i.run_id = ? ORDER BY i.position")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    // Only the file's own name, so a recorded path can never place it outside dir.
                    Path name = Path.of(r.getString("name")).getFileName();
                    Path target = dir.resolve(r.getInt("position") + "-" + (name == null ? "input" : name.toString()));
                    try (InputStream in = r.getBinaryStream("content")) {
                        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                    written.add(target);
                }
            }
        } catch (SQLException e) {
            throw archive.failure("the input files of run " + id + " cannot be read", e);
        }
        return written;
    }
}
