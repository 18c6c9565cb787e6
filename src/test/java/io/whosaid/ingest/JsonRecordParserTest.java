package io.whosaid.ingest;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonRecordParserTest {
    private final JsonRecordParser parser = new JsonRecordParser(FieldMapping.identity());

    @Test
    void readsTheContractFields() {
        JsonRecordParser.Parsed p = parser.parse("{\"id\":\"a1\",\"published_at\":1747044000,\"source\":\"X\",\"text\":\"Hello.\",\"extra\":[1]}");
        assertNull(p.rejectReason());
        assertEquals("a1", p.id());
        assertEquals("1747044000", p.publishedAt());
        assertEquals("Hello.", p.text());
    }

    @Test
    void saysWhyARecordIsRejected() {
        assertTrue(parser.parse("{\"id\":\"a1\", \"text\": \"cut off").rejectReason().startsWith("not valid JSON"));
        assertEquals("not a JSON object", parser.parse("[1,2]").rejectReason());
        assertEquals("no text field ('text')", parser.parse("{\"id\":\"a1\"}").rejectReason());
        assertEquals("text field ('text') is not a string", parser.parse("{\"text\":{\"a\":1}}").rejectReason());
    }

    @Test
    void deepNestingIsARejectNotACrash() {
        String deep = "{\"a\":" + "[".repeat(5000) + "]".repeat(5000) + ",\"text\":\"x\"}";
        assertTrue(parser.parse(deep).rejectReason().startsWith("not valid JSON"));
    }

    @Test
    void fieldMappingReadsOtherNames() {
        JsonRecordParser mapped = new JsonRecordParser(FieldMapping.parse("text=body,published_at=date"));
        JsonRecordParser.Parsed p = mapped.parse("{\"body\":\"Hi.\",\"date\":\"2025-01-02\"}");
        assertEquals("Hi.", p.text());
        assertEquals("2025-01-02", p.publishedAt());
        assertThrows(IllegalArgumentException.class, () -> FieldMapping.parse("body=text"));
        assertThrows(IllegalArgumentException.class, () -> FieldMapping.parse("text"));
    }
}
