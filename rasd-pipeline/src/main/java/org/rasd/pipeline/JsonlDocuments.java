package org.rasd.pipeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.rasd.model.Document;

/** Parses one line of the {@code --jsonl} input format into a document, or says why it cannot. */
public final class JsonlDocuments {
    private JsonlDocuments() {
    }

    /** A parsed line: a document, or an error with the id when one could be read. */
    public record Parsed(Document document, String id, String error) {
        public boolean ok() {
            return error == null;
        }
    }

    public static Parsed parse(String line, long lineNumber) {
        JsonNode node;
        try {
            node = ContractJson.mapper().readTree(line);
        } catch (JsonProcessingException e) {
            return new Parsed(null, null, "line " + lineNumber + ": malformed JSON: "
                    + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            return new Parsed(null, null, "line " + lineNumber + ": expected a JSON object");
        }
        JsonNode idNode = node.get("id");
        String id = idNode == null || idNode.isNull() ? null : idNode.asText();
        JsonNode textNode = node.get("text");
        if (textNode == null || !textNode.isTextual()) {
            return new Parsed(null, id, "line " + lineNumber + ": missing string field \"text\"");
        }
        LocalDate date = null;
        JsonNode dateNode = node.get("date");
        if (dateNode != null && !dateNode.isNull()) {
            try {
                date = LocalDate.parse(dateNode.asText());
            } catch (DateTimeParseException e) {
                return new Parsed(null, id, "line " + lineNumber + ": bad date \"" + dateNode.asText()
                        + "\", expected YYYY-MM-DD");
            }
        }
        String docId = id != null ? id : "line-" + lineNumber;
        return new Parsed(new Document(docId, textNode.asText(), date, text(node, "title"), text(node, "url"),
                text(node, "source")), docId, null);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
