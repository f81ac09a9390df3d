package org.rasd.store.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

/**
 * Turns a stored document (its row and its contract JSON) into the Lucene document of the full-text index:
 * the text and title for search, and the event facets (types, quad classes, countries, actor and place
 * names) and the date as filters. Built from the stored row so the index can always be rebuilt from SQLite.
 */
public final class IndexDocument {
    static final String ID = "id";
    static final String HASH = "hash";
    /** Title and text, searched as one field ("title\ntext"). */
    static final String BODY = "body";
    /**
     * The body again, as uncompressed doc values: snippets read it by random access, where stored fields would
     * decompress a block per hit (most of a search's cost).
     */
    static final String BODY_DV = "body_dv";
    /**
     * Display fields of a hit, kept in binary doc values (uncompressed: sorted doc values decompress a terms
     * block per lookup) so listing hits never decompresses anything.
     */
    static final String ID_DV = "id_dv";
    static final String TITLE_DV = "title_dv";
    static final String DATE = "date";
    static final String DATE_SORT = "date_sort";
    static final String TYPE = "type";
    static final String QUAD = "quad";
    static final String COUNTRY = "country";
    static final String ACTOR = "actor";
    static final String PLACE = "place";

    /** Text indexed with offsets, so snippets come from the postings without re-analyzing stored text. */
    private static final FieldType TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_NOT_STORED);

    static {
        TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_WITH_OFFSETS.freeze();
    }

    private IndexDocument() {
    }

    /** The row fields the index needs. */
    public record Row(String id, String hash, String title, String text, String date, JsonNode analysis) {
    }

    static Document build(Row row) {
        Document d = new Document();
        d.add(new StringField(ID, row.id(), Field.Store.YES));
        d.add(new StringField(HASH, row.hash(), Field.Store.YES));
        String body = body(row.title(), row.text());
        d.add(new Field(BODY, body, TEXT_WITH_OFFSETS));
        d.add(new BinaryDocValuesField(BODY_DV, Utf16Text.encode(body)));
        d.add(new BinaryDocValuesField(ID_DV, new BytesRef(row.id())));
        d.add(new BinaryDocValuesField(TITLE_DV, new BytesRef(row.title() == null ? "" : row.title())));
        if (row.date() != null) {
            int day = dayNumber(row.date());
            d.add(new IntPoint(DATE, day));
            d.add(new NumericDocValuesField(DATE_SORT, day));
        } else {
            d.add(new NumericDocValuesField(DATE_SORT, 0));
        }
        Set<String> types = new TreeSet<>();
        Set<String> quads = new TreeSet<>();
        Set<String> countries = new TreeSet<>();
        StringBuilder actors = new StringBuilder();
        StringBuilder places = new StringBuilder();
        for (JsonNode e : row.analysis().path("events")) {
            types.add(e.path("event_type").asText());
            quads.add(e.path("quad_class").asText());
            for (String role : new String[] {"actor", "recipient"}) {
                for (JsonNode a : e.path(role)) {
                    if (a.hasNonNull("country")) {
                        countries.add(a.get("country").asText().toUpperCase(Locale.ROOT));
                    }
                    actors.append(a.path("name").asText()).append(" \n ").append(a.path("text").asText())
                            .append(" \n ");
                }
            }
            for (JsonNode p : e.path("location")) {
                places.append(p.path("name").asText()).append(" \n ").append(p.path("text").asText())
                        .append(" \n ");
                if (p.hasNonNull("country")) {
                    places.append(p.get("country").asText()).append(" \n ");
                }
            }
        }
        types.forEach(t -> d.add(new StringField(TYPE, t, Field.Store.NO)));
        quads.forEach(q -> d.add(new StringField(QUAD, q, Field.Store.NO)));
        countries.forEach(c -> d.add(new StringField(COUNTRY, c, Field.Store.NO)));
        if (actors.length() > 0) {
            d.add(new TextField(ACTOR, actors.toString(), Field.Store.NO));
        }
        if (places.length() > 0) {
            d.add(new TextField(PLACE, places.toString(), Field.Store.NO));
        }
        return d;
    }

    /** The searched text: the title (if any) on the first line, then the text. */
    static String body(String title, String text) {
        return title == null || title.isEmpty() ? "\n" + text : title.replace('\n', ' ') + "\n" + text;
    }

    /** YYYYMMDD back to YYYY-MM-DD, or null for 0 (no date). */
    static String isoDate(long day) {
        if (day <= 0) {
            return null;
        }
        long y = day / 10000;
        long m = day / 100 % 100;
        long d = day % 100;
        return (y < 1000 ? String.format(java.util.Locale.ROOT, "%04d", y) : Long.toString(y))
                + (m < 10 ? "-0" : "-") + m + (d < 10 ? "-0" : "-") + d;
    }

    /** YYYY-MM-DD as the number YYYYMMDD, which sorts and ranges like the date. */
    static int dayNumber(String isoDate) {
        return Integer.parseInt(isoDate.substring(0, 4) + isoDate.substring(5, 7) + isoDate.substring(8, 10));
    }
}
