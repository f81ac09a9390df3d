package org.rasd.store.internal;

import java.io.Closeable;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The SQLite connections of one store: one writer and a small pool of read-only readers. WAL mode lets the
 * readers see the last committed state while the writer writes; synchronous=NORMAL in WAL mode keeps every
 * committed transaction across a killed process (only a power cut can lose the last ones).
 */
public final class SqliteConnections implements Closeable {
    private final String url;
    private final Connection writer;
    private final BlockingQueue<Connection> readers;
    private final int maxReaders;
    private final List<Connection> all = new ArrayList<>();

    /** A borrowed reader; return it by closing this. */
    public interface Lease extends AutoCloseable {
        Connection connection();

        @Override
        void close();
    }

    public SqliteConnections(Path file, int readerCount) throws SQLException {
        url = "jdbc:sqlite:" + file.toAbsolutePath();
        writer = open(false);
        maxReaders = readerCount;
        readers = new ArrayBlockingQueue<>(readerCount);
    }

    private synchronized Connection open(boolean readOnly) throws SQLException {
        Connection c = DriverManager.getConnection(url);
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA busy_timeout = 10000");
            if (!readOnly) {
                s.execute("PRAGMA journal_mode = WAL");
            }
            s.execute("PRAGMA synchronous = NORMAL");
            s.execute("PRAGMA foreign_keys = ON");
            if (readOnly) {
                s.execute("PRAGMA query_only = ON");
            }
        }
        all.add(c);
        return c;
    }

    /** Readers are opened on first need (a short command uses one), up to the pool size. */
    private synchronized Connection newReaderIfRoom() {
        if (all.size() - 1 >= maxReaders) {
            return null;
        }
        try {
            return open(true);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open a database connection: " + e.getMessage(), e);
        }
    }

    public Connection writer() {
        return writer;
    }

    public Lease reader() {
        Connection c = readers.poll();
        if (c == null) {
            c = newReaderIfRoom();
        }
        try {
            if (c == null) {
                c = readers.poll(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted waiting for a database connection", e);
        }
        if (c == null) {
            throw new IllegalStateException("no database connection free after 30 s");
        }
        Connection leased = c;
        return new Lease() {
            @Override
            public Connection connection() {
                return leased;
            }

            @Override
            public void close() {
                readers.add(leased);
            }
        };
    }

    @Override
    public synchronized void close() {
        for (Connection c : all) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing anyway
            }
        }
    }
}
