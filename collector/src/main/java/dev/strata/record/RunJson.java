package dev.strata.record;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;

/** Reads and writes {@code run.json}. Readers accept unknown fields and older versions. */
public final class RunJson {

    /** Built on first use: writing a record does not need it, and it takes a JVM start a while to build. */
    private static final class Mapper {
        static final ObjectMapper MAPPER = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .enable(DeserializationFeature.USE_LONG_FOR_INTS)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .build();
    }

    private RunJson() {
    }

    /** The mapper configured for records; shared so every part writes the same bytes. */
    public static ObjectMapper mapper() {
        return Mapper.MAPPER;
    }

    /** The record as {@code run.json}: indented, fields in the schema's order, a newline at the end. */
    public static byte[] write(RunRecord record) {
        return RunWriter.write(record);
    }

    /**
     * Parses a record; {@code where} names the source in the error message.
     *
     * @throws RecordFormatException when the bytes are not a run record
     */
    public static RunRecord read(byte[] json, String where) {
        try {
            RunRecord r = Mapper.MAPPER.readValue(json, RunRecord.class);
            if (r == null) {
                throw new RecordFormatException(where + ": empty run record");
            }
            if (r.schema() != null && !r.schema().startsWith("strata.run/")) {
                throw new RecordFormatException(where + ": not a strata run record (schema " + r.schema() + ")");
            }
            if (r.process() == null) {
                throw new RecordFormatException(where + ": run record has no 'process'");
            }
            return r;
        } catch (IOException e) {
            String msg = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
            throw new RecordFormatException(where + ": not a valid run record: " + msg, e);
        }
    }
}
