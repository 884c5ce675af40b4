package io.oxlinkit.adapter.http.wire;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The guide's own answers and events, mutated at random (a field dropped, a value swapped for another type, an
 * out-of-range number, a lone surrogate, a deep nesting, the text truncated): every reader either reads the
 * result or refuses it with its anticipated errors ({@link WireFormatException}, a Jackson parse error), which
 * the exchange turns into the typed decoding error. No other exception, no error, no hang.
 */
class MutatedAnswersFuzzTest {

    private static final ObjectMapper MAPPER =
            new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final List<String> FIXTURES = List.of(
            "provider-119.json",
            "connection-18902.json",
            "connection-18903.json",
            "event-14-send-sms.json",
            "event-17-sms-code.json",
            "event-17-wrong-code.json");
    private static final List<Function<JsonNode, Object>> READERS = List.of(
            WireReader::provider,
            WireReader::connection,
            WireReader::event,
            WireReader::account,
            WireReader::key,
            WireReader::widgetSession);

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }

    @Property(tries = 400)
    void everyReaderReadsOrRefusesAMutatedGuideAnswerWithItsOwnErrors(@ForAll("seeds") long seed) throws IOException {
        Random random = new Random(seed);
        String fixture = FIXTURES.get(random.nextInt(FIXTURES.size()));
        JsonNode node;
        try (InputStream in = getClass().getResourceAsStream("/guide/" + fixture)) {
            node = MAPPER.readTree(in);
        }
        for (int i = 0, n = 1 + random.nextInt(4); i < n; i++) {
            node = mutate(node, random);
        }
        String text = MAPPER.writeValueAsString(node);
        if (random.nextInt(8) == 0) {
            text = text.substring(0, random.nextInt(text.length() + 1));
        }
        for (Function<JsonNode, Object> reader : READERS) {
            assertAnticipated(text, json -> reader.apply(MAPPER.readTree(json)));
        }
        String page = "[" + text + "]";
        assertAnticipated(
                page,
                json -> new TransactionReader(MAPPER.getFactory())
                        .page(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), 500));
    }

    @FunctionalInterface
    private interface Read {
        Object apply(String json) throws IOException;
    }

    private static void assertAnticipated(String json, Read read) {
        try {
            read.apply(json);
        } catch (WireFormatException | JsonProcessingException anticipated) {
            assertThat(anticipated.getMessage()).isNotBlank();
        } catch (IOException | RuntimeException other) {
            throw new AssertionError("an unanticipated " + other.getClass().getName() + " on " + cut(json), other);
        }
    }

    private static String cut(String json) {
        return json.length() > 400 ? json.substring(0, 400) + "..." : json;
    }

    private static JsonNode mutate(JsonNode root, Random random) {
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        JsonNode target = containers.get(random.nextInt(containers.size()));
        if (target instanceof ObjectNode object && object.size() > 0) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            String name = names.get(random.nextInt(names.size()));
            if (random.nextInt(4) == 0) {
                object.remove(name);
            } else {
                object.set(name, oddValue(random));
            }
        } else if (target instanceof ArrayNode array && array.size() > 0) {
            array.set(random.nextInt(array.size()), oddValue(random));
        }
        return root;
    }

    private static void collect(JsonNode node, List<JsonNode> containers) {
        if (node.isContainerNode()) {
            containers.add(node);
            node.forEach(child -> collect(child, containers));
        }
    }

    private static JsonNode oddValue(Random random) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        return switch (random.nextInt(14)) {
            case 0 -> f.nullNode();
            case 1 -> f.textNode("");
            case 2 -> f.textNode("\uD800 lone");
            case 3 -> f.numberNode(Long.MAX_VALUE);
            case 4 -> f.numberNode(new BigDecimal("1E+999999999"));
            case 5 -> f.numberNode(-1);
            case 6 -> f.booleanNode(random.nextBoolean());
            case 7 -> f.arrayNode().add(1).add("x");
            case 8 -> f.objectNode().put("id", "x");
            case 9 -> f.textNode("x".repeat(5_000));
            case 10 -> f.textNode("NOT_A_KNOWN_VALUE");
            case 11 -> f.numberNode(new BigDecimal("0.000000000000000000000000001"));
            case 12 -> f.textNode("2026-13-45T99:99:99Z");
            default -> {
                ObjectNode deep = f.objectNode();
                ObjectNode cursor = deep;
                for (int i = 0; i < 200; i++) {
                    cursor = cursor.putObject("a");
                }
                yield deep;
            }
        };
    }
}
