package org.rasd.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An input document.
 *
 * @param id     identifier (from the input, or derived from the content)
 * @param text   the untouched text all offsets refer to
 * @param date   publication date, or {@code null}
 * @param title  title, or {@code null}
 * @param url    where it came from, or {@code null}
 * @param source outlet or file name, or {@code null}
 */
public record Document(String id, String text, LocalDate date, String title, String url, String source) {
    public Document {
        Objects.requireNonNull(text, "text");
    }

    public Document(String id, String text, LocalDate date) {
        this(id, text, date, null, null, null);
    }
}
