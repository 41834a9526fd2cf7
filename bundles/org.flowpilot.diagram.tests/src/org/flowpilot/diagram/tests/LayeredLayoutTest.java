package org.flowpilot.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.flowpilot.diagram.layout.Arrangement;
import org.flowpilot.diagram.layout.Bounds;
import org.flowpilot.diagram.layout.LayeredLayout;
import org.flowpilot.diagram.layout.LayeredLayout.Box;
import org.flowpilot.diagram.layout.LayeredLayout.Connection;
import org.junit.jupiter.api.Test;

class LayeredLayoutTest {

    @Test
    void aChainFlowsDownInLayersWithSizesKept() {
        List<Box> boxes = List.of(new Box("a", 240, 64), new Box("b", 240, 64), new Box("c", 240, 120));
        Map<String, Bounds> placed = LayeredLayout.layout(boxes,
                List.of(new Connection("ab", "a", "b"), new Connection("bc", "b", "c", 120, 20)),
                LayeredLayout.Flow.DOWN).nodes();
        assertEquals(3, placed.size());
        assertTrue(placed.get("a").y() + 64 < placed.get("b").y(), "b below a");
        assertTrue(placed.get("b").y() + 64 < placed.get("c").y(), "c below b");
        assertEquals(120, placed.get("c").height());
        assertEquals(240, placed.get("c").width());
    }

    @Test
    void assignmentsFlowRight() {
        Map<String, Bounds> placed = LayeredLayout.layout(List.of(new Box("profile", 240, 64),
                new Box("group", 240, 64)), List.of(new Connection("pg", "profile", "group")),
                LayeredLayout.Flow.RIGHT).nodes();
        assertTrue(placed.get("profile").x() + 240 < placed.get("group").x());
    }

    @Test
    void aBranchingGraphWithACycleHasNoOverlaps() {
        List<Box> boxes = new ArrayList<>();
        List<Connection> connections = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            boxes.add(new Box("s" + i, 240, 64));
            if (i > 0) {
                connections.add(new Connection("e" + i, "s" + (i / 2), "s" + i, 90, 20));
            }
        }
        connections.add(new Connection("back", "s39", "s0", 90, 20));
        Arrangement arrangement = LayeredLayout.layout(boxes, connections, LayeredLayout.Flow.DOWN);
        Map<String, Bounds> placed = arrangement.nodes();
        List<Bounds> all = new ArrayList<>(placed.values());
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                assertFalse(overlap(all.get(i), all.get(j)), all.get(i) + " overlaps " + all.get(j));
            }
        }
        assertEquals(connections.size(), arrangement.routes().size(), "every connection routed");
        assertEquals(List.of(), Crossings.of(arrangement, connections), "no line or label on a box");
    }

    private static boolean overlap(Bounds a, Bounds b) {
        return a.x() < b.x() + b.width() && b.x() < a.x() + a.width() && a.y() < b.y() + b.height()
                && b.y() < a.y() + a.height();
    }
}
