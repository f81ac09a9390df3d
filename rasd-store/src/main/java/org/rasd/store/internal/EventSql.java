package org.rasd.store.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.rasd.model.EventType;
import org.rasd.store.EventFilter;

/**
 * The WHERE clause of an event query ({@code events e JOIN documents d}) for an {@link EventFilter}, with its
 * parameters. Actor and place words match the canonical name or the surface text, case-insensitively.
 */
final class EventSql {
    final String where;
    final List<Object> params;

    private EventSql(String where, List<Object> params) {
        this.where = where;
        this.params = params;
    }

    /** {@code documentIds} restricts to those documents when not null (full-text matches). */
    static EventSql of(EventFilter f, List<String> documentIds) {
        StringBuilder w = new StringBuilder(" WHERE 1 = 1");
        List<Object> p = new ArrayList<>();
        if (!f.types().isEmpty()) {
            w.append(" AND e.event_type IN (").append("?, ".repeat(f.types().size() - 1)).append("?)");
            for (EventType t : f.types()) {
                p.add(t.name());
            }
        }
        if (f.quad() != null) {
            w.append(" AND e.quad_class = ?");
            p.add(f.quad());
        }
        if (f.country() != null) {
            w.append(" AND EXISTS (SELECT 1 FROM event_actors ea JOIN actors a ON a.actor_key = ea.actor_key "
                    + "WHERE ea.event_key = e.event_key AND a.country = ?)");
            p.add(f.country());
        }
        if (f.actor() != null) {
            w.append(" AND EXISTS (SELECT 1 FROM event_actors ea JOIN actors a ON a.actor_key = ea.actor_key "
                    + "WHERE ea.event_key = e.event_key AND (lower(a.name) LIKE ? ESCAPE '\\' OR ea.text LIKE ? "
                    + "ESCAPE '\\'))");
            p.add(like(f.actor()));
            p.add(like(f.actor()));
        }
        if (f.place() != null) {
            w.append(" AND EXISTS (SELECT 1 FROM event_places pl WHERE pl.event_key = e.event_key AND "
                    + "(lower(pl.name) LIKE ? ESCAPE '\\' OR pl.text LIKE ? ESCAPE '\\' OR pl.country = ?))");
            p.add(like(f.place()));
            p.add(like(f.place()));
            p.add(f.place().toUpperCase(Locale.ROOT));
        }
        if (f.from() != null) {
            w.append(" AND e.date >= ?");
            p.add(f.from().toString());
        }
        if (f.to() != null) {
            w.append(" AND e.date <= ?");
            p.add(f.to().toString());
        }
        if (documentIds != null) {
            if (documentIds.isEmpty()) {
                w.append(" AND 0");
            } else {
                w.append(" AND d.id IN (").append("?, ".repeat(documentIds.size() - 1)).append("?)");
                p.addAll(documentIds);
            }
        }
        return new EventSql(w.toString(), p);
    }

    int bind(PreparedStatement s) throws SQLException {
        int i = 1;
        for (Object o : params) {
            s.setObject(i++, o);
        }
        return i;
    }

    private static String like(String words) {
        String escaped = words.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
