package org.rasd.store.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Versioned schema migrations: the ordered scripts named in {@code migrations/migrations.list}, each applied
 * exactly once, in its own transaction, and recorded in {@code schema_version}. A database newer than this
 * code is refused rather than guessed at.
 */
public final class SchemaMigrations {
    private static final String BASE = "/org/rasd/store/migrations/";

    /** One migration script: its version (its position in the list, from 1) and its file name. */
    public record Migration(int version, String name) {
    }

    private SchemaMigrations() {
    }

    /** The migrations this code knows, in order. */
    public static List<Migration> known() {
        List<Migration> out = new ArrayList<>();
        for (String line : readResource("migrations.list").split("\n")) {
            String name = line.strip();
            if (name.isEmpty() || name.startsWith("#")) {
                continue;
            }
            int version = out.size() + 1;
            if (!name.startsWith("V" + version + "__")) {
                throw new IllegalStateException("migration " + name + " is listed at position " + version);
            }
            out.add(new Migration(version, name));
        }
        return out;
    }

    /** Brings the database up to {@code upTo} (use {@link #latest()} normally); returns the versions applied. */
    public static List<Integer> migrate(Connection c, int upTo) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
                    + "name TEXT NOT NULL, applied_at TEXT NOT NULL)");
        }
        int current = currentVersion(c);
        List<Migration> known = known();
        if (current > known.size()) {
            throw new SQLException("the store has schema version " + current + " but this rasd knows only "
                    + known.size() + "; use a newer rasd");
        }
        List<Integer> applied = new ArrayList<>();
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            for (Migration m : known) {
                if (m.version() <= current || m.version() > upTo) {
                    continue;
                }
                try (Statement s = c.createStatement()) {
                    for (String sql : statements(readResource(m.name()))) {
                        s.executeUpdate(sql);
                    }
                }
                try (PreparedStatement p = c.prepareStatement(
                        "INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)")) {
                    p.setInt(1, m.version());
                    p.setString(2, m.name());
                    p.setString(3, Instant.now().toString());
                    p.executeUpdate();
                }
                c.commit();
                applied.add(m.version());
            }
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
        return applied;
    }

    public static int latest() {
        return known().size();
    }

    public static int currentVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
            return r.next() ? r.getInt(1) : 0;
        }
    }

    /** Splits a script into statements: our scripts end every statement with ';' at the end of a line. */
    static List<String> statements(String script) {
        String noComments = script.lines().map(l -> {
            int dash = l.indexOf("--");
            return dash >= 0 ? l.substring(0, dash) : l;
        }).collect(Collectors.joining("\n"));
        List<String> out = new ArrayList<>();
        for (String part : noComments.split(";\\s*(\n|$)")) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }

    private static String readResource(String name) {
        try (InputStream in = SchemaMigrations.class.getResourceAsStream(BASE + name)) {
            if (in == null) {
                throw new IllegalStateException("missing migration resource " + BASE + name);
            }
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return r.lines().collect(Collectors.joining("\n"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
