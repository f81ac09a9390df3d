package org.rasd.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonStringsTest {
    @Test
    void readsStringFieldWithEscapes() {
        String line = "{\"id\": \"a1\", \"title\": \"\\u0633\\u0648\\u0631\\u064a\\u0627 \\\"x\\\"\\n\", \"text\": \"t\"}";
        assertThat(JsonStrings.field(line, "title")).isEqualTo("سوريا \"x\"\n");
        assertThat(JsonStrings.field(line, "text")).isEqualTo("t");
    }

    @Test
    void returnsNullForMissingOrNonStringField() {
        assertThat(JsonStrings.field("{\"n\": 3}", "n")).isNull();
        assertThat(JsonStrings.field("{\"n\": \"3\"}", "text")).isNull();
    }
}
