package dev.strata.suite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The schema shipped for editors says what the reader accepts: same keys, same verdict on the examples. */
class SuiteSchemaTest {

    private static JsonNode schemaJson() throws Exception {
        try (InputStream in = SuiteReader.class.getResourceAsStream("/strata.suite-1.schema.json")) {
            return new ObjectMapper().readTree(in);
        }
    }

    private static JsonSchema schema() throws Exception {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaJson());
    }

    private static List<String> names(JsonNode properties) {
        List<String> out = new ArrayList<>();
        properties.fieldNames().forEachRemaining(out::add);
        return out;
    }

    @Test
    void schemaKeysAreTheRecordsKeys() throws Exception {
        JsonNode s = schemaJson();
        assertThat(names(s.get("properties"))).containsExactlyInAnyOrderElementsOf(SuiteReader.keysOf(Suite.class));
        assertThat(names(s.at("/$defs/settings/properties"))).containsExactlyInAnyOrderElementsOf(SuiteReader.keysOf(Settings.class));
        assertThat(names(s.at("/$defs/process/properties"))).containsExactlyInAnyOrderElementsOf(SuiteReader.keysOf(SuiteProcess.class));
    }

    @Test
    void theGoodSuiteAndTheBundledOnesPass() throws Exception {
        JsonSchema schema = schema();
        List<Path> suites = new ArrayList<>(List.of(SuiteReaderTest.resource("good.yaml")));
        Path examples = Path.of(System.getProperty("strata.root", "..")).resolve("examples");
        try (var s = Files.walk(examples)) {
            s.filter(p -> p.toString().endsWith(".suite.yaml")).forEach(suites::add);
        }
        for (Path p : suites) {
            JsonNode doc = new YAMLMapper().readTree(p.toFile());
            assertThat(schema.validate(doc)).as(p.toString()).isEmpty();
            assertThat(SuiteReader.read(p, ProfilerNames.KNOWN).problems()).as(p.toString()).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"unknown-key.yaml", "wrong-type.yaml", "wrong-type-list.yaml", "missing-command.yaml"})
    void theSchemaRejectsWhatTheReaderRejects(String file) throws Exception {
        JsonNode doc = new YAMLMapper().readTree(SuiteReaderTest.resource("bad/" + file).toFile());
        assertThat(schema().validate(doc)).isNotEmpty();
    }
}
