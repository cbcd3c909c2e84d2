package org.paniercommun.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every address parameter of every resource names a known kind of object, so the scope filter checks it. */
class ParameterKindsTest {

    @Test
    void everyPathParameterOfEveryOperationHasAKind() throws Exception {
        List<String> unclassified = new ArrayList<>();
        int operations = 0;
        for (Class<?> type : resourceClasses()) {
            for (Method method : type.getDeclaredMethods()) {
                if (!isOperation(method)) {
                    continue;
                }
                operations++;
                try {
                    ScopeFilter.checksOf(type, method);
                } catch (IllegalStateException e) {
                    unclassified.add(e.getMessage());
                }
            }
        }
        assertTrue(operations > 300, "found only " + operations + " operations");
        assertEquals(List.of(), unclassified);
    }

    @Test
    void idTakesTheKindOfTheSegmentBeforeIt() {
        assertEquals(ObjectKind.HOUSEHOLD, ParameterKinds.ofPath("/foyers/{id}/effacer", "id"));
        assertEquals(ObjectKind.PRODUCT, ParameterKinds.ofPath("/api/products/{id: \\d+}", "id"));
        assertEquals(ObjectKind.ROUND_OFFER, ParameterKinds.ofPath("/api/rounds/{roundId}/offers/{id}", "id"));
        assertEquals(ObjectKind.BASKET_OFFER, ParameterKinds.ofPath("/api/baskets/offers/{id}", "id"));
        assertEquals(ObjectKind.SLOT, ParameterKinds.ofPath("/tournees/{roundId}/distribution/{slotId}", "slotId"));
        assertEquals(null, ParameterKinds.ofPath("/api/antennas/{antennaId}/books/{year}", "year"));
        assertThrows(IllegalStateException.class, () -> ParameterKinds.ofPath("/api/things/{id}", "id"));
    }

    static boolean isOperation(Method method) {
        return Stream.of(method.getAnnotations()).anyMatch(a -> a.annotationType().isAnnotationPresent(
                jakarta.ws.rs.HttpMethod.class));
    }

    /** The compiled classes of the app that carry {@code @Path}. */
    static List<Class<?>> resourceClasses() throws IOException {
        java.nio.file.Path root = java.nio.file.Path.of("target/classes");
        List<Class<?>> types = new ArrayList<>();
        try (Stream<java.nio.file.Path> files = Files.walk(root.resolve("org/paniercommun"))) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                try {
                    Class<?> type = Class.forName(name, false, ParameterKindsTest.class.getClassLoader());
                    if (type.isAnnotationPresent(Path.class)) {
                        types.add(type);
                    }
                } catch (ClassNotFoundException | NoClassDefFoundError e) {
                    // generated or optional classes: not resources
                }
            }
        }
        return types;
    }
}
