package org.flowpilot.diagram.internal.server;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.util.EMap;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.glsp.graph.GDimension;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GModelRoot;
import org.eclipse.glsp.graph.GPoint;
import org.eclipse.glsp.graph.gson.EObjectExclusionStrategy;
import org.flowpilot.diagram.internal.common.Timings;

import com.google.gson.Gson;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;

/**
 * Writes graph elements as GLSP's own type adapter does (the same properties, names and values), without looking up
 * each element's fields again by reflection: GLSP asks every element's class and superclasses for their declared
 * fields, which made writing a diagram of 500 steps (about 285 KB) most of the server's work for an edit. Each class's
 * properties are found once here; points, sizes, strings and lists of them are written directly (whole numbers
 * without a decimal point), everything else through Gson as GLSP writes it. Reading stays GLSP's.
 */
public final class GModelJson implements TypeAdapterFactory {

    private record Property(String name, Field field, EStructuralFeature feature) {
    }

    private final Map<Class<?>, List<Property>> propertiesByClass = new ConcurrentHashMap<>();

    @Override
    @SuppressWarnings("unchecked")
    public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
        if (!GModelElement.class.isAssignableFrom(type.getRawType())) {
            return null;
        }
        TypeAdapter<GModelElement> glsp = (TypeAdapter<GModelElement>) gson.getDelegateAdapter(this, type);
        return (TypeAdapter<T>) new Adapter(gson, glsp);
    }

    private final class Adapter extends TypeAdapter<GModelElement> {

        private final Gson gson;
        private final TypeAdapter<GModelElement> glsp;

        Adapter(Gson gson, TypeAdapter<GModelElement> glsp) {
            this.gson = gson;
            this.glsp = glsp;
        }

        @Override
        public GModelElement read(JsonReader in) throws IOException {
            return glsp.read(in);
        }

        @Override
        public void write(JsonWriter out, GModelElement element) throws IOException {
            if (element == null) {
                out.nullValue();
                return;
            }
            long start = element instanceof GModelRoot ? System.nanoTime() : 0;
            long cpu = element instanceof GModelRoot ? Timings.cpu() : 0;
            out.beginObject();
            for (Property property : properties(element)) {
                if (element.eIsSet(property.feature())) {
                    out.name(property.name());
                    writeValue(out, element, property);
                }
            }
            out.endObject();
            if (start != 0) {
                Timings.report("JSON of the graph %s, %.1f ms, CPU %.1f ms", element.getId(), Timings.since(start),
                        (Timings.cpu() - cpu) / 1e6);
            }
        }

        private void writeValue(JsonWriter out, GModelElement element, Property property) throws IOException {
            Object value;
            try {
                value = property.field().get(element);
            } catch (IllegalAccessException e) {
                throw new IOException("Cannot read " + property.name() + " of " + element.getId(), e);
            }
            if (value == null) {
                out.nullValue();
            } else if (value == element) {
                throw new IOException("The graph element " + element.getId() + " refers to itself");
            } else {
                writeObject(out, value);
            }
        }

        private void writeObject(JsonWriter out, Object value) throws IOException {
            switch (value) {
                case String text -> out.value(text);
                case GModelElement child -> write(out, child);
                case GPoint point -> {
                    out.beginObject().name("x");
                    number(out, point.getX()).name("y");
                    number(out, point.getY()).endObject();
                }
                case GDimension size -> {
                    out.beginObject().name("width");
                    number(out, size.getWidth()).name("height");
                    number(out, size.getHeight()).endObject();
                }
                // An EMap (the arguments) is a list too, which GLSP writes as an object.
                case List<?> list when !(list instanceof EMap) && list.stream().allMatch(GModelJson::direct) -> {
                    out.beginArray();
                    for (Object item : list) {
                        writeObject(out, item);
                    }
                    out.endArray();
                }
                default -> gson.toJson(value, value.getClass(), out);
            }
        }
    }

    // Whole numbers, most coordinates and sizes, without Gson's ".0": shorter and quicker to write.
    private static JsonWriter number(JsonWriter out, double value) throws IOException {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? out.value((long) value) : out.value(value);
    }

    // What writeObject writes itself: the rest goes through Gson, as GLSP's adapter sends it.
    private static boolean direct(Object value) {
        return value instanceof String || value instanceof GModelElement || value instanceof GPoint
                || value instanceof GDimension;
    }

    // GLSP's choice of properties: the declared fields of the class and its superclasses, first come first, minus
    // those its exclusion strategy, static or transient modifiers leave out; each written when its feature is set.
    private List<Property> properties(GModelElement element) {
        return propertiesByClass.computeIfAbsent(element.getClass(), type -> {
            EClass eClass = element.eClass();
            List<Property> properties = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (Class<?> current = type; current != null; current = current.getSuperclass()) {
                for (Field field : current.getDeclaredFields()) {
                    int modifiers = field.getModifiers();
                    if (EObjectExclusionStrategy.excludeField(field) || Modifier.isTransient(modifiers)
                            || Modifier.isStatic(modifiers)) {
                        continue;
                    }
                    EStructuralFeature feature = eClass.getEStructuralFeature(field.getName());
                    if (feature != null && seen.add(field.getName())) {
                        field.setAccessible(true);
                        properties.add(new Property(field.getName(), field, feature));
                    }
                }
            }
            return List.copyOf(properties);
        });
    }
}
