package org.flowpilot.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.flowpilot.diagram.layout.Bounds;
import org.flowpilot.diagram.layout.ChangeLayoutCommand;
import org.flowpilot.diagram.layout.DiagramLayout;
import org.flowpilot.diagram.layout.Point;
import org.flowpilot.diagram.layout.Route;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiagramLayoutTest {

    @TempDir
    Path folder;

    @Test
    void theSidecarSitsBesideTheModel() {
        assertEquals(folder.resolve("contoso.autopilot.layout"),
                DiagramLayout.sidecarOf(folder.resolve("contoso.autopilot")));
    }

    @Test
    void aWrittenLayoutReadsBackTheSame() throws IOException {
        DiagramLayout layout = new DiagramLayout();
        layout.apply("flow:_a", Map.of("_s1", new Bounds(10, 20, 240, 64), "_s2", new Bounds(300.4, 20, 240, 64)));
        layout.apply("assignments", Map.of("_p", new Bounds(0, 0, 240, 64)));
        Path file = folder.resolve("m.autopilot.layout");
        layout.write(file);

        DiagramLayout read = DiagramLayout.read(file);
        assertEquals(Optional.of(new Bounds(10, 20, 240, 64)), read.get("flow:_a", "_s1"));
        assertEquals(Optional.of(new Bounds(300, 20, 240, 64)), read.get("flow:_a", "_s2"), "whole pixels");
        assertEquals(Optional.of(new Bounds(0, 0, 240, 64)), read.get("assignments", "_p"));
        assertEquals(Files.readString(file), Files.readString(file), "stable text");
        assertFalse(Files.list(folder).anyMatch(p -> p.getFileName().toString().endsWith(".tmp")),
                "no temporary file left behind");
    }

    @Test
    void routesAreWrittenReadBackAndUndoneWithTheBounds() throws IOException {
        DiagramLayout layout = new DiagramLayout();
        Route route = new Route(List.of(new Point(10, 84), new Point(10, 120.4), new Point(300, 120)),
                new Point(100, 110));
        ChangeLayoutCommand command = new ChangeLayoutCommand("Move", layout, "flow:_a", new DiagramLayout.Change(
                Map.of("_s1", new Bounds(10, 20, 240, 64)), Map.of("_t1", route)));
        assertTrue(command.canExecute());
        command.execute();
        Path file = folder.resolve("m.autopilot.layout");
        layout.write(file);
        DiagramLayout read = DiagramLayout.read(file);
        assertEquals(List.of(new Point(10, 84), new Point(10, 120), new Point(300, 120)),
                read.route("flow:_a", "_t1").orElseThrow().points(), "whole pixels");
        assertEquals(new Point(100, 110), read.route("flow:_a", "_t1").orElseThrow().label());

        command.undo();
        assertTrue(layout.isEmpty());
    }

    @Test
    void aVersionOneSidecarReadsItsBoundsWithoutRoutes() throws IOException {
        Path file = folder.resolve("old.autopilot.layout");
        Files.writeString(file, """
                {"format": "flowpilot-diagram-layout", "version": 1,
                 "diagrams": {"assignments": {"_p": {"x": 1, "y": 2, "width": 240, "height": 64}}}}
                """);
        DiagramLayout read = DiagramLayout.read(file);
        assertEquals(Optional.of(new Bounds(1, 2, 240, 64)), read.get("assignments", "_p"));
        assertTrue(read.routes("assignments").isEmpty());
    }

    @Test
    void aMissingSidecarIsAnEmptyLayout() throws IOException {
        DiagramLayout layout = DiagramLayout.read(folder.resolve("none.autopilot.layout"));
        assertTrue(layout.isEmpty());
        assertFalse(layout.hasLayout("assignments"));
    }

    @Test
    void aBrokenSidecarIsRefusedNamingTheFile() throws IOException {
        Path file = folder.resolve("broken.autopilot.layout");
        Files.writeString(file, "{ \"diagrams\": [");
        IOException error = assertThrows(IOException.class, () -> DiagramLayout.read(file));
        assertTrue(error.getMessage().startsWith(file.toString()), error.getMessage());
    }

    @Test
    void aLayoutCommandUndoesAndRedoesExactly() {
        DiagramLayout layout = new DiagramLayout();
        layout.apply("d", Map.of("_moved", new Bounds(0, 0, 100, 50), "_removed", new Bounds(5, 5, 100, 50)));
        Map<String, Bounds> change = new HashMap<>();
        change.put("_moved", new Bounds(40, 60, 100, 50));
        change.put("_removed", null);
        change.put("_added", new Bounds(1, 2, 3, 4));
        ChangeLayoutCommand command = new ChangeLayoutCommand("Move", layout, "d", change);
        assertTrue(command.canExecute());

        command.execute();
        assertEquals(Optional.of(new Bounds(40, 60, 100, 50)), layout.get("d", "_moved"));
        assertEquals(Optional.empty(), layout.get("d", "_removed"));
        assertEquals(Optional.of(new Bounds(1, 2, 3, 4)), layout.get("d", "_added"));

        command.undo();
        assertEquals(Optional.of(new Bounds(0, 0, 100, 50)), layout.get("d", "_moved"));
        assertEquals(Optional.of(new Bounds(5, 5, 100, 50)), layout.get("d", "_removed"));
        assertEquals(Optional.empty(), layout.get("d", "_added"));

        command.redo();
        assertEquals(List.of("_added", "_moved"), layout.diagram("d").keySet().stream().sorted().toList());
    }
}
